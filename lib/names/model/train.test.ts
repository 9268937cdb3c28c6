// The names trainer and the choice of thresholds, on small made-up candidates: what is
// learned, that it is the same every time, and that a threshold never costs a name.
import { describe, expect, it } from 'vitest';
import {
  chooseThresholds,
  OFF,
  probabilityOf,
  trainNames,
  type NameExample,
  type Scored,
} from './train';

const example = (
  features: string[],
  label: 0 | 1,
  flagged = true,
  quietable = true,
): NameExample => ({ features: ['bias', ...features], label, flagged, quietable });

describe('trainNames', () => {
  const examples = [
    ...Array.from({ length: 30 }, () => example(['w-1:done', 'w-2:well'], 1)),
    ...Array.from({ length: 30 }, () => example(['w-1:reading', 'w+1:and'], 0)),
  ];

  it('learns which neighbour words go with names, the same weights every time', () => {
    const weights = trainNames(examples);
    expect(probabilityOf(weights, ['bias', 'w-1:done'])).toBeGreaterThan(0.8);
    expect(probabilityOf(weights, ['bias', 'w-1:reading'])).toBeLessThan(0.2);
    expect(trainNames(examples)).toEqual(weights);
  });
});

const scored = (p: number, label: 0 | 1, flagged = true, quietable = true): Scored => ({
  p,
  example: example([], label, flagged, quietable),
});

describe('chooseThresholds', () => {
  it('quiets below the lowest name, with a margin, and never raises without a net gain', () => {
    const chosen = chooseThresholds([
      scored(0.03, 0),
      scored(0.06, 0),
      scored(0.3, 1),
      scored(0.1, 1, true, false), // a name the model may not quiet: does not cap the threshold
      scored(0.95, 0, false), // a quiet word with a high probability: raising it would be wrong
      scored(0.9, 1, false),
    ]);
    expect(chosen.raise).toBe(OFF.raise);
    expect(chosen.quiet).toBeGreaterThan(0.06);
    expect(chosen.quiet).toBeLessThan(0.3);
  });

  it('is off when the lowest candidate is a name', () => {
    expect(chooseThresholds([scored(0.01, 1), scored(0.2, 0)]).quiet).toBe(OFF.quiet);
  });

  it('raises where more names than words lie above the threshold, only when asked to', () => {
    const high = [scored(0.97, 1, false), scored(0.96, 1, false), scored(0.85, 0, false)];
    expect(chooseThresholds(high).raise).toBe(OFF.raise);
    const chosen = chooseThresholds(high, { mayRaise: true });
    expect(chosen.raise).toBeGreaterThan(0.85);
    expect(chosen.raise).toBeLessThanOrEqual(0.96);
  });
});
