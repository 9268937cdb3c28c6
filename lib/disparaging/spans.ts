// Where one span lies relative to another (judge.ts).
import type { Span } from './lexicon';

/** `x` lies between the target and the act. */
export const between = (x: Span, target: Span, act: Span) =>
  target.start < act.start
    ? x.start >= target.end && x.end <= act.start
    : x.start >= act.end && x.end <= target.start;
export const within = (inner: Span, outer: Span) =>
  inner.start >= outer.start && inner.end <= outer.end;
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
