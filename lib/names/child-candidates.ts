// Who the general child-reference step considers (child-context.ts decides): a capitalised
// word the lexicon knows only as a given name ("Mia"), a word no list knows ("Kayden"), or a
// rare noun that is also a name ("Sonny"); not a place after "in" or "at", not a word of
// another language, not a word inside a run of capitals ("Holy Martyrs") unless a given name
// ends a place's name ("Welcome to Elm Lodge Tadhg"). Also the token navigation both use:
// sentences (a header's colon joins), phrases a few words before or after a name, lists.
import { isKnownWord, posOf } from '../text/part-of-speech';
import { isEverydayWord } from '../text/everyday';
import { isEnglishWord } from '../text/english';
import { tagsOf } from '../text/word-tags';
import type { Token } from './tokens';
import type { ChildContext } from './child-context-lists';
import { NOT_A_CHILD_NAME } from './child-cues';
import { PRONOUNS } from './rule-words';

/** Phrases of the team cue that name a shirt number only with a digit after them. */
const SHIRT_NUMBER_WORDS: ReadonlySet<string> = new Set(['no', 'number']);

const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);

/** How the lexicon reads the word: only as a given name ("Mia"), not at all (a name it
 * lacks: "Kayden", "Tyrese"), or as a rare noun that is also a name ("Sonny", "Leo"). */
export function givenNameEvidence(key: string): 'given' | 'unknown' | 'rare' | null {
  if (key.length < 2 || NOT_A_CHILD_NAME.has(key) || PRONOUNS.has(key)) return null;
  const tags = tagsOf(key);
  if (tags) {
    const pos = posOf(key);
    if (pos === 'name') return tags.some((t) => GIVEN_NAME_TAGS.has(t)) ? 'given' : null;
    return pos === 'noun' && !isEverydayWord(key) ? 'rare' : null;
  }
  if (isKnownWord(key) || isEverydayWord(key) || isEnglishWord(key)) return null;
  return key.length >= 3 ? 'unknown' : null;
}

/** A sentence break before tokens[i]; "their no.9 Frankie" breaks nothing, nor a colon. */
export function breaksBefore(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  // A header's colon or dash joins it to what follows: "Holiday club: Kacey and Jude built …".
  return (
    t.sentenceStart && !/^\.\d/.test(t.gapBefore) && !/^\s*[:\u2013\u2014-]\s*$/.test(t.gapBefore)
  );
}

export interface Candidate {
  evidence: 'given' | 'unknown' | 'rare';
  /** Index of the name's first token, and its last (a double-barrelled "Alfie-Jay"). */
  from: number;
  to: number;
}

export function sentenceOf(tokens: Token[], i: number): [number, number] {
  let a = i;
  while (a > 0 && !breaksBefore(tokens, a)) a--;
  let b = i + 1;
  while (b < tokens.length && !breaksBefore(tokens, b)) b++;
  return [a, b];
}

/** Whether the phrase's words stand at tokens[at…]. */
function phraseAt(tokens: Token[], at: number, words: string[], end: number): boolean {
  if (at < 0 || at + words.length > end) return false;
  for (let k = 0; k < words.length; k++) if (tokens[at + k]!.key !== words[k]) return false;
  return true;
}

const splitCache = new Map<string, string[]>();
const wordsOf = (phrase: string): string[] => {
  let w = splitCache.get(phrase);
  if (!w) splitCache.set(phrase, (w = phrase.split(' ')));
  return w;
};

/** A phrase ending within `reach` words before tokens[from]. */
export function phraseBefore(
  tokens: Token[],
  from: number,
  phrases: readonly string[],
  reach: number,
  lo: number,
): number {
  for (const p of phrases) {
    const w = wordsOf(p);
    for (let end = from - 1; end >= Math.max(lo, from - reach); end--) {
      if (!phraseAt(tokens, end - w.length + 1, w, from) || end - w.length + 1 < lo) continue;
      // "no" and "number" name a shirt only with its digit: "their no.9 Frankie".
      if (SHIRT_NUMBER_WORDS.has(p) && !/\d/.test(tokens[end + 1]!.gapBefore)) continue;
      return end;
    }
  }
  return -1;
}

/** A phrase starting within `reach` words after tokens[to]. */
export function phraseAfter(
  tokens: Token[],
  to: number,
  phrases: readonly string[],
  reach: number,
  hi: number,
): number {
  for (const p of phrases) {
    const w = wordsOf(p);
    for (let at = to + 1; at <= Math.min(hi - 1, to + reach); at++)
      if (phraseAt(tokens, at, w, hi)) return at;
  }
  return -1;
}

/** A lower-case word no word list knows: "adar", "theke". */
function foreign(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.shape === 'lower' &&
    t.key.length > 2 &&
    !isKnownWord(t.key) &&
    !isEnglishWord(t.key) &&
    !isEverydayWord(t.key)
  );
}

/** "Welcome to Larch Lodge Tobiah!": a given name after a place's ordinary word ("House",
 * "Lodge") ends a run of capitalised words, at least two words in. */
function endsPlaceRun(
  tokens: Token[],
  i: number,
  evidence: Candidate['evidence'],
  to: number,
): boolean {
  const prev = tokens[i - 1];
  const next = tokens[to + 1];
  return (
    evidence !== 'rare' &&
    !/['’ʼ]/.test(tokens[i]!.raw) &&
    prev !== undefined &&
    tokens[i - 2]?.shape === 'title' &&
    isEnglishWord(prev.key) &&
    posOf(prev.key) !== 'name' &&
    !(
      next &&
      next.shape === 'title' &&
      /^\s+$/.test(next.gapBefore) &&
      !breaksBefore(tokens, to + 1)
    )
  );
}

/** The step's word sets (child-context-lists.ts): the links that make a word a place, the
 * words for "little" in other languages. */
type Sets = ChildContext['sets'];

export function candidates(tokens: Token[], famous: Uint8Array, sets: Sets): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.where !== 'text' || t.shape !== 'title' || famous[i]) continue;
    if (!/^\p{Lu}[\p{Ll}\p{M}]/u.test(t.raw)) continue;
    let to = i;
    // "Alfie-Jay", "Niamh-Rose": one name.
    while (tokens[to + 1]?.gapBefore === '-' && tokens[to + 1]!.shape === 'title') to++;
    // "We've", "She's": a contraction is no name (the key drops the apostrophe).
    const evidence = /['’ʼ]/.test(t.raw) ? null : givenNameEvidence(t.key);
    const next = tokens[to + 1];
    const prev = tokens[i - 1];
    const skip = () => (i = to);
    if (!evidence) {
      skip();
      continue;
    }
    // Inside a run of capitalised words: a place, a school, a team or someone's full name
    // ("Holy Martyrs", "Rainworth Rangers", "Clive House").
    if (
      next &&
      !breaksBefore(tokens, to + 1) &&
      next.shape === 'title' &&
      /^\s+$/.test(next.gapBefore)
    ) {
      while (
        tokens[to + 1]?.shape === 'title' &&
        !breaksBefore(tokens, to + 1) &&
        /^\s+$/.test(tokens[to + 1]!.gapBefore)
      )
        to++;
      const lastEvidence = givenNameEvidence(tokens[to]!.key);
      if (to - i >= 2 && lastEvidence && endsPlaceRun(tokens, to, lastEvidence, to))
        out.push({ from: to, to, evidence: lastEvidence });
      skip();
      continue;
    }
    if (
      prev &&
      !breaksBefore(tokens, i) &&
      !breaksBefore(tokens, i - 1) &&
      prev.shape === 'title' &&
      /^\s+$/.test(t.gapBefore) &&
      !endsPlaceRun(tokens, i, evidence, to)
    ) {
      skip();
      continue;
    }
    // After "in", "at", "near", even a given name is a place ("on my placement in Kent"); a
    // possessive is someone's ("at Kayden's party").
    if (
      prev &&
      sets.placeOnlyLinks.has(prev.key) &&
      !t.possessive &&
      !tokens[to]!.possessive &&
      !breaksBefore(tokens, i)
    ) {
      skip();
      continue;
    }
    // A word the lexicon lacks after "in" or "from" is a place more often ("in Crieff").
    if (
      evidence === 'unknown' &&
      prev &&
      (sets.placeLinks.has(prev.key) ||
        (prev.key === 'to' && sets.movingTo.has(tokens[i - 2]?.key ?? ''))) &&
      !breaksBefore(tokens, i) &&
      !sets.personBeforeLink.has(tokens[i - 2]?.key ?? '')
    ) {
      skip();
      continue;
    }
    // A word the lexicon lacks beside another one it lacks is another language: "Clwb adar".
    const little = sets.littleElsewhere.has(prev?.key ?? '');
    if (evidence === 'unknown' && ((!little && foreign(prev)) || foreign(tokens[to + 1]))) {
      skip();
      continue;
    }
    out.push({ from: i, to, evidence });
    skip();
  }
  return out;
}

/** Joined to a raised name by ",", "and", "&": "Goals Tyrese, Kobe, Alfie-Jay". */
const gap = (t: Token) => t.gapBefore.trim();
export function joined(tokens: Token[], a: Candidate, b: Candidate): boolean {
  if (b.from === a.to + 1) return /^(?:,|&|\/)$/.test(gap(tokens[b.from]!));
  const and = tokens[a.to + 1]!;
  return (
    b.from === a.to + 2 && and.key === 'and' && /^,?$/.test(gap(and)) && gap(tokens[b.from]!) === ''
  );
}
