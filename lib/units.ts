// Splits a post into the pieces the engine checks and caches one at a time:
// lines, and sentences within very long lines. A keystroke changes one piece,
// so only that piece is checked again.

export interface Unit {
  start: number;
  text: string;
}

/** Lines longer than this are split further at sentence ends. */
const LONG_LINE = 600;
// A sentence end: terminal punctuation, optional closing quotes or brackets,
// then white space. Linear: each class is distinct from the next.
const SENTENCE_END = /[.!?\u2026]+["'\u2019\u201d)\]]*\s+/g;

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
    const to = m.index + m[0].length;
    if (to - from >= 80 || to === line.length) {
      units.push({ start: offset + from, text: line.slice(from, to) });
      from = to;
    }
  }
  if (from < line.length) units.push({ start: offset + from, text: line.slice(from) });
}
