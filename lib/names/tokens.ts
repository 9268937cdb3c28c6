// One linear pass that turns a piece of text into word tokens with what the name
// rules need: folded key, letter case, possessive, sentence start, and whether the
// word sits inside a #hashtag, @handle or URL (split at camel-case humps there).
import { foldName } from '../text/fold';
import { gapEndsSentence } from '../text/sentences';

export type Shape = 'lower' | 'title' | 'upper';
export type Where = 'text' | 'tag' | 'url';

export interface Token {
  start: number;
  /** End of the name part: a possessive ’s is left out. */
  end: number;
  raw: string;
  key: string;
  shape: Shape;
  possessive: boolean;
  sentenceStart: boolean;
  where: Where;
  /** A lower- or upper-case run inside a tag, where names may be squashed together. */
  squashed: boolean;
  /** Characters between the previous token and this one. */
  gapBefore: string;
}

const MAX_NAME_LENGTH = 40;
// Letters with inner apostrophes; linear (each group starts with a distinct class).
const WORD = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*['’ʼ]?/gu;
const CHUNK = /\S+/g;
// Links, and file names people attach or paste ("kacper_nowicki_report.pdf").
const URL_LIKE =
  /^(?:[a-z]+:\/\/|www\.)|\.(?:com|org|net|uk|io|co|edu|gov|sch|me|ly)(?:[/.?#:]|$)|\.(?:jpe?g|png|gif|heic|webp|pdf|docx?|xlsx?|pptx?|mp4|mov|txt)$/i;
const EMAIL_LIKE = /[^@\s]@[^@\s]*\.[a-z]/i;

function shapeOf(raw: string): Shape {
  const ascii = asciiShape(raw);
  if (ascii !== undefined) return ascii;
  const lower = raw.toLowerCase();
  if (raw === lower) return 'lower';
  const upper = raw.toUpperCase();
  if (raw === upper) return raw.length === 1 ? 'title' : 'upper';
  return raw[0] !== lower[0] ? 'title' : 'lower';
}

/**
 * shapeOf for a word of ASCII letters (almost every word typed), from its character codes
 * rather than two case-changed copies: the same answer ("Millie" title, "SLT" upper, "a"
 * lower); undefined for any other word.
 */
function asciiShape(raw: string): Shape | undefined {
  let upper = false;
  let lower = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 128) return undefined;
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
  }
  if (!upper) return 'lower';
  if (!lower) return raw.length === 1 ? 'title' : 'upper';
  const first = raw.charCodeAt(0);
  return first >= 65 && first <= 90 ? 'title' : 'lower';
}

const isDigitAt = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
};

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
function isLower(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** Splits "WellDoneMillie" into Well/Done/Millie and "OPPSFamily" into OPPS/Family. */
function camelPieces(word: string): [number, number][] {
  const pieces: [number, number][] = [];
  let from = 0;
  for (let i = 1; i < word.length; i++) {
    const c = word[i]!;
    if (!isUpper(c)) continue;
    const prev = word[i - 1]!;
    const next = word[i + 1];
    if (isLower(prev) || (isUpper(prev) && next !== undefined && isLower(next))) {
      pieces.push([from, i]);
      from = i;
    }
  }
  pieces.push([from, word.length]);
  return pieces;
}

/** A lower-case letter followed by a capital, checked without a Unicode regular expression
 * for plain ASCII words (almost every word typed). */
function hasHump(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const p = word.charCodeAt(i - 1);
    if (c > 127 || p > 127) return /\p{Ll}\p{Lu}/u.test(word);
    if (c >= 65 && c <= 90 && p >= 97 && p <= 122) return true;
  }
  return false;
}

/** Camel-case pieces of a word of text when the whole is no listed name and a piece is. */
function gluedPieces(
  word: string,
  knows: (key: string) => boolean,
): [number, number][] | undefined {
  if (word.length < 5 || !hasHump(word) || knows(foldName(word))) return undefined;
  const pieces = camelPieces(word);
  if (pieces.length < 2) return undefined;
  return pieces.some(([a, b]) => b - a >= 3 && knows(foldName(word.slice(a, b))))
    ? pieces
    : undefined;
}

function possessiveSplit(raw: string): [string, boolean] {
  // Only a word ending in an apostrophe or "s" can be one: most words skip the expression.
  const last = raw.charCodeAt(raw.length - 1);
  if (last !== 39 && last !== 0x2019 && last !== 0x2bc && last !== 115) return [raw, false];
  const m = /['’ʼ]s?$/.exec(raw);
  if (!m) return [raw, false];
  if (m[0].length === 1 && !/s$/i.test(raw.slice(0, -1))) return [raw.slice(0, -1), false];
  return [raw.slice(0, raw.length - m[0].length), true];
}

/** E-mail addresses are skipped (other detectors own them); tags and URLs are split. */
function chunkKind(chunk: string): Where | 'skip' {
  if (EMAIL_LIKE.test(chunk)) return 'skip';
  // A tag may open after a bracket or a quote: "(@missstoneteaches)".
  return /^[(["“‘']?[#@]/.test(chunk) ? 'tag' : URL_LIKE.test(chunk) ? 'url' : 'text';
}

/** True when the word has a letter beyond Latin Extended-B (apostrophes and combining
 * accents aside: "Zoe\u0308" is Zoë typed as two characters). */
export function beyondLatin(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x250 && c !== 0x2019 && c !== 0x2bc && (c < 0x300 || c > 0x36f)) return true;
  }
  return false;
}

/** "JACOOOOB", "Oscaaaar": a run of three or more of one letter, squeezed to one or two
 * ("jacob", "jacoob"); the first that `knows` is the word meant. No English word has
 * three of a letter in a row. */
function destretched(key: string, knows: (key: string) => boolean): string | undefined {
  let run = false;
  for (let i = 2; i < key.length && !run; i++) run = key[i] === key[i - 1] && key[i] === key[i - 2];
  if (!run) return undefined;
  for (const keep of ['$1', '$1$1']) {
    const k = key.replace(/(.)\1{2,}/g, keep);
    if (knows(k)) return k;
  }
  return undefined;
}

/**
 * `latinOnly`: every listed name is written in Latin letters, so a word with other
 * letters can be no name and skips the folding work (its key stays empty).
 */
export function tokenize(
  text: string,
  latinOnly = false,
  knows: (key: string) => boolean = () => false,
): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  const push = (
    start: number,
    raw: string,
    where: Where,
    squashed: boolean,
    possessive: boolean,
    code = false,
  ) => {
    const prev = tokens[tokens.length - 1];
    const gapBefore = text.slice(lastEnd, start);
    // No name is this long: skip the folding work on runs of random letters.
    const plausible = raw.length <= MAX_NAME_LENGTH && !(latinOnly && beyondLatin(raw));
    let key = plausible && !code ? foldName(raw) : '';
    if (key.length > 3 && !knows(key)) key = destretched(key, knows) ?? key;
    tokens.push({
      start,
      end: start + raw.length,
      raw,
      key,
      shape: plausible ? shapeOf(raw) : 'lower',
      possessive,
      sentenceStart: gapEndsSentence(gapBefore, prev),
      where,
      squashed,
      gapBefore,
    });
    lastEnd = start + raw.length;
  };
  // Words and white-space-delimited chunks both move left to right: one pass.
  const words = new RegExp(WORD.source, 'gu');
  const chunks = new RegExp(CHUNK.source, 'g');
  let chunkEnd = -1;
  let where: Where | 'skip' = 'text';
  for (let w = words.exec(text); w; w = words.exec(text)) {
    if (w.index >= chunkEnd) {
      chunks.lastIndex = w.index;
      const chunk = chunks.exec(text)!;
      // The chunk holding this word starts at or before it: find its start.
      let from = w.index;
      while (from > 0 && !/\s/.test(text[from - 1]!) && w.index - from < 200) from--;
      chunkEnd = chunk.index + chunk[0].length;
      where = chunkKind(text.slice(from, chunkEnd));
    }
    if (where === 'skip') continue;
    const [word, possessive] = possessiveSplit(w[0]);
    if (word.length === 0) continue;
    if (where === 'text') {
      // Letters glued to digits belong to a code ("7A1", "11O3", "10am"), never a word.
      const code = isDigitAt(text, w.index - 1) || isDigitAt(text, w.index + w[0].length);
      const glued = code ? undefined : gluedPieces(word, knows);
      if (!glued) {
        push(w.index, word, where, false, possessive, code);
        continue;
      }
      // "CongratsBethany", "WellDoneAva": a name glued to the word before it.
      glued.forEach(([a, b], i) =>
        push(w.index + a, word.slice(a, b), 'text', false, i === glued.length - 1 && possessive),
      );
      continue;
    }
    const pieces = camelPieces(word);
    for (let i = 0; i < pieces.length; i++) {
      const [a, b] = pieces[i]!;
      const last = i === pieces.length - 1;
      push(w.index + a, word.slice(a, b), where, pieces.length === 1, last && possessive);
    }
  }
  return tokens;
}

export type CaseStyle = 'normal' | 'lower' | 'upper' | 'title';

/** How the writer uses capitals in this piece: only in 'normal' text is case evidence. */
export function caseStyle(tokens: readonly Token[]): CaseStyle {
  let n = 0;
  let upper = 0;
  let title = 0;
  let starts = 0;
  let lowerStarts = 0;
  for (const t of tokens) {
    if (t.where !== 'text' || t.raw.length < 2) continue;
    n++;
    if (t.shape === 'upper') upper++;
    else if (t.shape === 'title') title++;
    if (t.sentenceStart) {
      starts++;
      if (t.shape === 'lower') lowerStarts++;
    }
  }
  if (n === 0) return 'normal';
  if (upper >= 0.6 * n && upper >= 2) return 'upper';
  if (title === 0 && upper === 0) return 'lower';
  if (starts > 0 && lowerStarts * 2 > starts) return 'lower';
  if (n >= 4 && title >= 0.7 * n) return 'title';
  return 'normal';
}
