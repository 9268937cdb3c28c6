// What a keystroke costs, counted rather than timed: the pieces a check hands its detectors.
// A keystroke re-checks only the piece it changed; a piece the person keeps passing (the
// paragraph above the one being typed) stays cached however many new pieces go through; and
// the same piece found under new settings is a new checker's, checked afresh.
import { describe, expect, it } from 'vitest';
import { createChecker, MAX_CACHED_UNITS } from './index';
import type { Detector } from './detector';
import { validateSettings } from '../settings';
import sample from '../sample/sample-settings.json';

const parsed = validateSettings(sample);
if (!parsed.ok) throw new Error('sample settings invalid');
const settings = parsed.settings;

/** A detector that flags "Amelia" and counts the pieces it is shown, by their text. */
function counting(): { registry: Detector<null>[]; seen: Map<string, number> } {
  const seen = new Map<string, number>();
  const detector: Detector<null> = {
    id: 'pupil-name',
    description: 'counts',
    raises: ['pupil-name'],
    compile: () => null,
    detect: (text) => {
      seen.set(text, (seen.get(text) ?? 0) + 1);
      const at = text.indexOf('Amelia');
      return at < 0 ? [] : [{ kind: 'pupil-name', start: at, end: at + 6, reason: 'listed' }];
    },
  };
  return { registry: [detector], seen };
}

const ABOVE = 'Well done to Amelia for a brilliant assembly this morning.';

describe('the checker’s cache of pieces', () => {
  it('re-checks only the line a keystroke changed', () => {
    const { registry, seen } = counting();
    const checker = createChecker(settings, { registry });
    const typed = 'See you all tomorrow at 8:45.';
    for (let n = 1; n <= typed.length; n++) checker.check(`${ABOVE}\n${typed.slice(0, n)}`);
    expect(seen.get(ABOVE)).toBe(1);
    // Every other piece shown was one keystroke's new line, each once.
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
    expect(seen.size).toBe(1 + typed.length);
  });

  it('keeps a piece in use however many new pieces pass through it', () => {
    const { registry, seen } = counting();
    const checker = createChecker(settings, { registry });
    for (let n = 0; n < MAX_CACHED_UNITS * 3; n++) {
      const findings = checker.check(`${ABOVE}\nNote ${n}`);
      // The cached piece's finding, at its place, every time.
      expect(findings.map((f) => [f.text, f.start])).toEqual([['Amelia', 13]]);
    }
    expect(seen.get(ABOVE)).toBe(1);
  });

  it('forgets the oldest pieces once full, and checks them again when they come back', () => {
    const { registry, seen } = counting();
    const checker = createChecker(settings, { registry });
    checker.check(ABOVE);
    for (let n = 0; n < MAX_CACHED_UNITS; n++) checker.check(`Note ${n}`);
    checker.check(ABOVE);
    expect(seen.get(ABOVE)).toBe(2);
  });

  it('is a checker’s own: a checker for new settings checks every piece afresh', () => {
    const { registry, seen } = counting();
    createChecker(settings, { registry }).check(ABOVE);
    createChecker({ ...settings, checks: { ...settings.checks } }, { registry }).check(ABOVE);
    expect(seen.get(ABOVE)).toBe(2);
  });
});

describe("a kind's citations", () => {
  it('are worked out once a checker, not once a finding: findings of a kind share them', () => {
    const checker = createChecker(settings);
    const [a, b] = checker.check('Ring me on 07700 900123 or 07700 900456 tonight.');
    const later = checker.check('Or try 07700 900789.')[0]!;
    expect([a!.kind, b!.kind, later.kind]).toEqual([
      'phone-number',
      'phone-number',
      'phone-number',
    ]);
    expect(a!.clauses.length).toBeGreaterThan(0);
    expect(b!.clauses).toBe(a!.clauses);
    expect(later.citations).toBe(a!.citations);
    // Another checker works them out again (another school's policy may cite other clauses).
    const other = createChecker(settings).check('Or try 07700 900789.')[0]!;
    expect(other.clauses).toEqual(a!.clauses);
    expect(other.clauses).not.toBe(a!.clauses);
  });
});
