// The two built-in sample schools: the seed school, citing its own policy's numbers, and a
// trust academy whose policy is numbered differently (sections 1–6, personal accounts 4.x).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/parse';
import { validateSettings } from '../settings';
import sample from './sample-settings.json';
import trustSample from './trust-sample-settings.json';

describe('built-in samples', () => {
  it.each([
    ['seed school', sample],
    ['trust academy', trustSample],
  ])('the %s is a valid settings file', (_name, json) => {
    expect(validateSettings(json).ok).toBe(true);
  });

  it('carries the trust policy exactly as the parser reads it, with no mapping', () => {
    const text = readFileSync(
      new URL('../../test/fixtures/policies/trust-hillside.txt', import.meta.url),
      'utf8',
    );
    expect(trustSample.policy).toEqual(parsePolicy(text));
    expect(trustSample.policy).not.toHaveProperty('kindClauses');
  });

  it('uses none of the seed school’s names, so tests cannot pass on the wrong one', () => {
    const seedNames = sample.classes.flatMap((c) => c.pupils.map((p) => p.first));
    const trustNames = trustSample.classes.flatMap((c) => c.pupils.map((p) => p.first));
    expect(trustNames.filter((n) => seedNames.includes(n))).toEqual([]);
  });
});
