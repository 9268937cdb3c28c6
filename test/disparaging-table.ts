// The disparaging check's category tables: in each category, attacks that must warn and name
// their target, beside near misses that must stay quiet, checked by the sample school's
// whole checker (so the other detectors' names count as targets, as in the product).
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

const validated = validateSettings(sample);
if (!validated.ok) throw new Error('sample settings invalid');
const checker = createChecker(validated.settings);

export const disparagingReasons = (text: string) =>
  checker
    .check(text)
    .filter((f) => f.detector === disparaging.id)
    .map((f) => f.reason);

export function describeCategories(title: string, categories: DisparagingCategories): void {
  describe.each(Object.entries(categories))(`${title}: %s`, (_, { attacks, quiet }) => {
    if (attacks.length) {
      it.each(attacks)('warns: %s', (text, target) => {
        expect(disparagingReasons(text)).toEqual([expect.stringContaining(` ${target}.`)]);
      });
    }
    it.each(quiet)('stays quiet: %s', (text) => {
      expect(disparagingReasons(text)).toEqual([]);
    });
  });
}
