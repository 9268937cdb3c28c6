// Where sentences end: the one splitter the engine, the disparaging check, the child-reference
// cues and the name tokens share. A sentence ends at a run of terminal punctuation ("."
// "?!" "…"), with any closing quotes or brackets, before white space.
//
// Two strengths, chosen by the caller, because a wrong cut costs different things:
// - 'safe' (the engine's units): a cut must never split a name or an address, since a unit
//   is checked alone. So the next sentence must open with something other than a lower-case
//   letter, and a full stop after an abbreviation ends nothing: "Mrs. Hughes" and
//   "14 St. John's Road" stay whole.
// - 'loose' (reading a line): every full stop before a space ends a sentence, and so does an
//   emoji before a capital ("…the sun came out ☀️ Shame the…"), since a post's sentences
//   often end with one.
// Each character class differs from the next, so the scan is linear.
import type { Span } from './span';

/** Titles whose full stop ends no sentence: "Mrs. Hughes", "Dr. Khan" (data: the token
 * reader and the safe splitter both read it). */
export const TITLES: readonly string[] = ['mr', 'mrs', 'ms', 'mx', 'dr', 'st'];
/** Other words whose full stop ends no sentence: "14 St. John's Rd. North", "e.g. Year 4". */
export const ABBREVIATIONS: readonly string[] = [
  ...TITLES,
  ...'rd ave no nos prof rev revd cllr fr sr jr mt vs etc e.g i.e approx tel flat'.split(' '),
];

const MARKS = '[.!?\\u2026]';
const CLOSERS = '["\'\\u2019\\u201d)\\]]*';
// The lookbehind makes a match start only at the first mark of a run, so a run of 100,000
// full stops is scanned once, not once from each of its characters.
const SAFE_END = new RegExp(`(?<!${MARKS})${MARKS}+${CLOSERS}\\s+(?=[^\\s\\p{Ll}])`, 'gu');
const LOOSE_END = new RegExp(
  `${MARKS}+${CLOSERS}(?=\\s|$)|\\p{Extended_Pictographic}(?:\\p{Extended_Pictographic}|\\p{Emoji_Modifier}|\\u200d|\\ufe0f)*(?=\\s+\\p{Lu})`,
  'gu',
);
const AFTER_ABBREVIATION = new RegExp(
  `(?:^|[\\s(])(?:${ABBREVIATIONS.map((w) => w.replace('.', '\\.')).join('|')}|[a-z])\\.$`,
  'i',
);

export type SentenceCut = 'safe' | 'loose';

/** Where one sentence stops and the next may start: "Great day. Thanks" → { stop: 9, next: 11 }. */
export interface SentenceBreak {
  /** Where the punctuation (or emoji) that ends the sentence starts. */
  stop: number;
  /** Just after that punctuation and the white space after it ('safe'), or just after the
   * punctuation ('loose': the white space is left to the caller, which trims). */
  next: number;
}

/** The sentence breaks in `text` from `from` on, in order. */
export function sentenceBreaks(text: string, cut: SentenceCut, from = 0): SentenceBreak[] {
  const re = cut === 'safe' ? SAFE_END : LOOSE_END;
  re.lastIndex = from;
  const breaks: SentenceBreak[] = [];
  let prev = from;
  for (const m of text.matchAll(re)) {
    if (m.index < from) continue;
    if (
      cut === 'safe' &&
      AFTER_ABBREVIATION.test(text.slice(Math.max(prev, m.index - 7), m.index + 1))
    )
      continue;
    breaks.push({ stop: m.index, next: m.index + m[0].length });
    prev = m.index + m[0].length;
  }
  re.lastIndex = 0;
  return breaks;
}

/** The sentences of a line from `from` on, trimmed of white space, empty ones left out:
 * "Great day!  Thanks all." → "Great day!" is [0, 9), "Thanks all." is [12, 22). The end
 * punctuation is left out of each span. */
export function sentenceSpans(line: string, from = 0): Span[] {
  const spans: Span[] = [];
  let start = from;
  for (const b of sentenceBreaks(line, 'loose', from)) {
    pushTrimmed(spans, line, start, b.stop);
    start = b.next;
  }
  pushTrimmed(spans, line, start, line.length);
  return spans;
}

function pushTrimmed(spans: Span[], line: string, start: number, end: number): void {
  while (start < end && /\s/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

/** Where the sentence holding `at` starts, looking back at most `reach` characters:
 * "Fun day. My nephew Sam" with `at` on "Sam" → the offset of "My". */
export function sentenceStart(text: string, at: number, reach: number): number {
  const from = Math.max(0, at - reach);
  const window = text.slice(from, at);
  const last = sentenceBreaks(window, 'loose').at(-1);
  return last ? from + last.next : from;
}

const GAP_BREAK = /[.!?:;\n|•·]/;
// The gap may hold the whole aside or, when a word or a number sits inside, only its end:
// " (2nd!!), " or "!!), ".
const ASIDE_THEN_COMMA = /^\s*\(?[^()\n]{0,40}\)\s*,\s*$/;
const TITLE_WORD = new RegExp(`^(?:${TITLES.join('|')})$`);

/**
 * Whether the characters between two words part sentences, so the word after opens one
 * (the name tokens: a capital there is no sign of a name). Broader than the splitters, as
 * a capital after a colon, a bullet or a new line is no sign either; an emoji parts
 * sentences in posts ("today 🚌 Will was sick"). A full stop after an initial or a title
 * does not: "C.S. Lewis", "Mrs. Hughes". `prev` is the word before as typed (`raw`) and
 * folded (`key`), absent at the start of the text.
 */
export function gapEndsSentence(
  gap: string,
  prev: { raw: string; key: string } | undefined,
): boolean {
  if (!prev) return true;
  // An aside in brackets closed by a comma goes on with the sentence, whatever it holds:
  // "Ilze (3rd!!), Lincoln (11th) and Evie", "Sam (our star 🌟), Ava".
  if (ASIDE_THEN_COMMA.test(gap)) return false;
  if (gap.includes('.') && !GAP_BREAK.test(gap.replace('.', ''))) {
    if (prev.raw.length === 1 || TITLE_WORD.test(prev.key)) return false;
  }
  if (GAP_BREAK.test(gap)) return true;
  for (let i = 0; i < gap.length; i++) if (gap.charCodeAt(i) >= 0x2190) return true;
  return false;
}
