// The names trainer and the choice of thresholds, on small made-up candidates: what is
// learned, that it is the same every time, and that a threshold never costs a name.
import { describe, expect, it } from 'vitest';
import {
  chooseThresholds,
  OFF,
  probabilityOf,
  type NamesPolicy,
  trainNames,
  type NameExample,
  type Scored,
} from './train';

const example = (
  features: string[],
  label: 0 | 1,
  flagged = true,
  quietable = true,
  raisable = !flagged,
): NameExample => ({
  features: ['bias', ...features],
  label,
  flagged,
  quietable,
  single: true,
  raisable,
});

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

const scored = (
  p: number,
  label: 0 | 1,
  flagged = true,
  quietable = true,
  raisable = !flagged,
): Scored => ({ p, example: example([], label, flagged, quietable, raisable) });

/** Many names the model is sure of, so that the loss budget (0.1 % of names) allows `n`. */
const sureNames = (count: number) => Array.from({ length: count }, () => scored(0.97, 1));

const QUIET_WORDS: NamesPolicy = { quietNames: false, raise: false };
const ALL: NamesPolicy = { quietNames: true, raise: true };

describe('chooseThresholds', () => {
  it('quiets ordinary words below the lowest name when the budget allows no name lost', () => {
    const chosen = chooseThresholds(
      [
        scored(0.03, 0),
        scored(0.06, 0),
        scored(0.3, 1),
        scored(0.1, 1, true, false), // a name that is no word: not in the ordinary words' count
        scored(0.95, 0, false), // a quiet word with a high probability: raising it would be wrong
        scored(0.9, 1, false),
      ],
      QUIET_WORDS,
    );
    expect(chosen.raise).toBe(OFF.raise);
    expect(chosen.quietName).toBe(OFF.quietName);
    expect(chosen.quiet).toBeGreaterThan(0.06);
    expect(chosen.quiet).toBeLessThanOrEqual(0.3);
  });

  it('is off when the lowest candidate is a name', () => {
    expect(chooseThresholds([scored(0.01, 1), scored(0.2, 0)]).quiet).toBe(OFF.quiet);
  });

  it('spends at most one name in a thousand, and only where more words than names go', () => {
    const low = [scored(0.02, 0), scored(0.03, 0), scored(0.04, 1), scored(0.05, 0)];
    // 999 names: no name may be lost, so the threshold stops at the name.
    const strict = chooseThresholds([...low, ...sureNames(995)], QUIET_WORDS);
    expect(strict.quiet).toBeGreaterThan(0.03);
    expect(strict.quiet).toBeLessThanOrEqual(0.04);
    // 1,000 names: one may be lost, for the word beyond it.
    const spent = chooseThresholds([...low, ...sureNames(999)], QUIET_WORDS);
    expect(spent.quiet).toBeGreaterThan(0.05);
  });

  it('quiets names that are no word only when the policy lets it, below their own threshold', () => {
    const candidates = [
      scored(0.02, 0, true, false),
      scored(0.03, 0, true, false),
      scored(0.2, 1, true, false),
      scored(0.01, 0),
      scored(0.5, 1),
    ];
    expect(chooseThresholds(candidates, QUIET_WORDS).quietName).toBe(OFF.quietName);
    const chosen = chooseThresholds(candidates, ALL);
    expect(chosen.quietName).toBeGreaterThan(0.03);
    expect(chosen.quietName).toBeLessThanOrEqual(0.2);
  });

  it("raises weak rules' candidates only at a precision no lower than the rules' flags", () => {
    const rules = [...sureNames(19), scored(0.97, 0)]; // the rules' flags: 95 % precise
    const high = [scored(0.97, 1, false), scored(0.96, 1, false), scored(0.85, 0, false)];
    expect(chooseThresholds([...rules, ...high], QUIET_WORDS).raise).toBe(OFF.raise);
    const chosen = chooseThresholds([...rules, ...high], ALL);
    expect(chosen.raise).toBeGreaterThan(0.85);
    expect(chosen.raise).toBeLessThanOrEqual(0.96);
    // The same probabilities from a strong quiet rule (a house, a full name): never raised.
    const strong = high.map((s) => ({ ...s, example: { ...s.example, raisable: false } }));
    expect(chooseThresholds([...rules, ...strong], ALL).raise).toBe(OFF.raise);
  });
});
