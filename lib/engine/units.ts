// Splits a post into the pieces the engine checks and caches one at a time. A
// short line (most posts) is one piece, so detectors see the whole of it; a
// long line is split into sentences, and a very long sentence at spaces, so a
// keystroke re-checks a few hundred characters at most. A sentence boundary
// depends only on the characters around it, so an edit does not move the
// boundaries of the sentences before or after the one it touches.

export interface Unit {
  start: number;
  text: string;
}

/** Lines up to this long are one unit: a tweet and its context stay together. */
export const LONG_LINE = 300;
/** No unit is longer than this; longer sentences are cut at a space. */
export const MAX_UNIT = 600;

// A sentence end: terminal punctuation, optional closing quotes or brackets,
// white space, then something that can start a sentence. Linear: the
// lookbehind makes a match start only at the first mark of a run, so a run of
// 100,000 full stops is scanned once, not once from each of its characters.
const SENTENCE_END = /(?<![.!?\u2026])[.!?\u2026]+["'\u2019\u201d)\]]*\s+(?=[^\s\p{Ll}])/gu;
// Words whose full stop does not end a sentence ("Mrs. Hughes", "14 St. John's Road").
const ABBREVIATION =
  /(?:^|[\s(])(?:mr|mrs|ms|mx|dr|st|rd|ave|no|nos|prof|rev|revd|cllr|fr|sr|jr|mt|vs|etc|e\.g|i\.e|approx|tel|flat|[a-z])\.$/i;

export function splitIntoUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd > lineStart) pushLine(units, text.slice(lineStart, lineEnd), lineStart);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return units;
}

function pushLine(units: Unit[], line: string, offset: number): void {
  if (line.length <= LONG_LINE) {
    units.push({ start: offset, text: line });
    return;
  }
  let from = 0;
  for (const m of line.matchAll(SENTENCE_END)) {
    const stop = m.index + m[0].search(/[!?.\u2026]/) + 1;
    if (ABBREVIATION.test(line.slice(Math.max(from, stop - 8), stop))) continue;
    const to = m.index + m[0].length;
    pushSentence(units, line.slice(from, to), offset + from);
    from = to;
  }
  if (from < line.length) pushSentence(units, line.slice(from), offset + from);
}

/** Cuts a run-on sentence at the last space before MAX_UNIT, or hard at MAX_UNIT if it has none. */
function pushSentence(units: Unit[], sentence: string, offset: number): void {
  let from = 0;
  while (sentence.length - from > MAX_UNIT) {
    const space = sentence.lastIndexOf(' ', from + MAX_UNIT);
    let to = space > from + MAX_UNIT / 2 ? space + 1 : from + MAX_UNIT;
    // Never split a surrogate pair.
    if (isHighSurrogate(sentence.charCodeAt(to - 1))) to--;
    units.push({ start: offset + from, text: sentence.slice(from, to) });
    from = to;
  }
  units.push({ start: offset + from, text: sentence.slice(from) });
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
