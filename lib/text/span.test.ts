import { describe, expect, it } from 'vitest';
import { between, joinRuns, keepStrongest, overlaps, within } from './span';

const s = (start: number, end: number) => ({ start, end });

describe('span relations', () => {
  it('overlap needs a shared character', () => {
    expect(overlaps(s(3, 8), s(7, 9))).toBe(true);
    expect(overlaps(s(3, 8), s(8, 9))).toBe(false);
    expect(overlaps(s(0, 10), s(4, 5))).toBe(true);
  });
  it('within includes the span itself and nothing that sticks out', () => {
    expect(within(s(4, 5), s(0, 10))).toBe(true);
    expect(within(s(0, 10), s(0, 10))).toBe(true);
    expect(within(s(9, 11), s(0, 10))).toBe(false);
  });
  it('between looks at the gap whichever span comes first', () => {
    expect(between(s(5, 7), s(0, 4), s(8, 12))).toBe(true);
    expect(between(s(5, 7), s(8, 12), s(0, 4))).toBe(true);
    expect(between(s(3, 7), s(0, 4), s(8, 12))).toBe(false);
  });
});

describe('keepStrongest', () => {
  it('keeps the stronger of two overlapping spans and returns text order', () => {
    const long = { ...s(10, 20), id: 'long' };
    const short = { ...s(12, 15), id: 'short' };
    const apart = { ...s(0, 5), id: 'apart' };
    const longestFirst = (a: typeof long, b: typeof long) => b.end - b.start - (a.end - a.start);
    expect(keepStrongest([short, apart, long], longestFirst).map((x) => x.id)).toEqual([
      'apart',
      'long',
    ]);
  });
  it('keeps both when the caller says they do not clash', () => {
    const kept = keepStrongest(
      [s(0, 5), s(3, 8)],
      () => 0,
      () => false,
    );
    expect(kept).toEqual([s(0, 5), s(3, 8)]);
  });
});

describe('joinRuns', () => {
  it('stretches the span before over each that joins it', () => {
    const text = 'text me. call me anytime';
    const joined = joinRuns([s(17, 24), s(0, 7), s(9, 16)], (prev, next) => {
      return !/[.]/.test(text.slice(prev.end, next.start));
    });
    expect(joined).toEqual([s(0, 7), s(9, 24)]);
  });
});
