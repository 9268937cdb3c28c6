// The disparaging check's category tables: in each category, attacks that should warn and
// name their target, beside near misses that should stay quiet, checked by the sample
// school's whole checker (so the other detectors' names count as targets, as in the product).
// Whether a sentence is an attack is decided by a learned model (lib/disparaging/tone/), which
// is right most of the time, not every time: so each table is held to a rate, and a failure
// lists every sentence it got wrong. Who is attacked is decided by rules, and held exactly.
import { describe, expect, it } from 'vitest';
import disparaging from '../lib/detectors/disparaging';
import { createChecker } from '../lib/engine';
import sample from '../lib/sample/sample-settings.json';
import { validateSettings } from '../lib/settings';

/** Per category: [attack, the target its reason names] pairs, and texts that must stay quiet. */
export type DisparagingCategories = Record<
  string,
  { attacks: [string, string][]; quiet: string[] }
>;

/** The share of a table's attacks the check must catch, and of its near misses it must leave. */
export interface TableRates {
  caught: number;
  quiet: number;
}
export const DEFAULT_RATES: TableRates = { caught: 0.6, quiet: 0.8 };

const validated = validateSettings(sample);
if (!validated.ok) throw new Error('sample settings invalid');
const checker = createChecker(validated.settings);

export const disparagingReasons = (text: string) =>
  checker
    .check(text)
    .filter((f) => f.detector === disparaging.id)
    .map((f) => f.reason);

export function describeCategories(
  title: string,
  categories: DisparagingCategories,
  rates: TableRates = DEFAULT_RATES,
): void {
  const all = Object.values(categories);
  const attacks = all.flatMap((c) => c.attacks);
  const quiet = all.flatMap((c) => c.quiet);
  describe(title, () => {
    it(`catches at least ${rates.caught * 100}% of ${attacks.length} attacks`, () => {
      const missed = attacks.filter(([text]) => disparagingReasons(text).length === 0);
      const rate = 1 - missed.length / attacks.length;
      expect(rate, `missed:\n${missed.map(([t]) => t).join('\n')}`).toBeGreaterThanOrEqual(
        rates.caught,
      );
    });
    it(`leaves at least ${rates.quiet * 100}% of ${quiet.length} near misses quiet`, () => {
      const warned = quiet.filter((text) => disparagingReasons(text).length > 0);
      const rate = 1 - warned.length / quiet.length;
      expect(rate, `warned:\n${warned.join('\n')}`).toBeGreaterThanOrEqual(rates.quiet);
    });
    it('names the right target in every attack it catches', () => {
      const wrong = attacks.flatMap(([text, target]) => {
        const reasons = disparagingReasons(text);
        return reasons.length && !reasons.some((r) => r?.includes(` ${target}.`))
          ? [`${text} → ${reasons.join(' | ')} (expected ${target})`]
          : [];
      });
      expect(wrong).toEqual([]);
    });
  });
}
