// A stretch of text by UTF-16 offsets, end exclusive, and how two of them lie: the one
// definition every check, the engine and the page's highlighter share. "Amelia" in
// "Well done Amelia" is { start: 10, end: 16 }.

export interface Span {
  start: number;
  end: number;
}

/** The two share at least one character: [3, 8) and [7, 9) do, [3, 8) and [8, 9) do not. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** `inner` lies wholly inside `outer` (or is it). */
export const within = (inner: Span, outer: Span): boolean =>
  inner.start >= outer.start && inner.end <= outer.end;

/** `x` lies in the gap between two spans, whichever comes first: "the" between "mum" and
 * "useless" in "mum is the most useless". */
export const between = (x: Span, a: Span, b: Span): boolean =>
  a.start < b.start ? x.start >= a.end && x.end <= b.start : x.start >= b.end && x.end <= a.start;

/** Text order: earlier first, then the shorter of two that start together. */
export const byPosition = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/**
 * Chooses among clashing spans: takes them strongest first (`stronger`, a sort comparator)
 * and keeps each that clashes with none already kept; returns the kept in text order.
 * The engine ranks by kind ("Amelia Smith" as a pupil's name beats a staff name there);
 * school-identifier by earliest, then longest (one hit a mention). Clashing is overlapping
 * unless the caller says otherwise.
 */
export function keepStrongest<T extends Span>(
  spans: readonly T[],
  stronger: (a: T, b: T) => number,
  clashes: (kept: T, next: T) => boolean = overlaps,
): T[] {
  const kept: T[] = [];
  for (const s of [...spans].sort(stronger)) {
    if (!kept.some((k) => clashes(k, s))) kept.push(s);
  }
  return kept.sort(byPosition);
}

/**
 * Joins spans that belong together into one: in text order, each that `joins` the one
 * before (overlapping it, or near enough, as the caller decides) stretches that one
 * instead of standing alone. "if you need me over the holidays my number is …" is one
 * invitation, not two (parent-contact). The spans are changed in place.
 */
export function joinRuns<T extends Span>(spans: T[], joins: (prev: T, next: T) => boolean): T[] {
  const out: T[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const prev = out.at(-1);
    if (prev && joins(prev, s)) prev.end = Math.max(prev.end, s.end);
    else out.push(s);
  }
  return out;
}
