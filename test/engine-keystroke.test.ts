// What re-checking a whole line costs, counted, never timed (issue 15). A post of up to 300
// characters is one piece (lib/engine/units.ts), so about one keystroke in eight re-checks
// all of it, and those keystrokes set the p95.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../lib/engine';
import sample from '../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../lib/settings/types';

/** Sources of the expressions `String.prototype.matchAll` copied while `run` ran. */
function copiedBy(run: () => void): string[] {
  const copied: string[] = [];
  const own = Object.getOwnPropertyDescriptor(RegExp, Symbol.species)!;
  class Counted extends RegExp {
    constructor(pattern: string | RegExp, flags?: string) {
      super(pattern, flags);
      copied.push(this.source);
    }
  }
  Object.defineProperty(RegExp, Symbol.species, { configurable: true, get: () => Counted });
  try {
    run();
  } finally {
    Object.defineProperty(RegExp, Symbol.species, own);
  }
  return copied;
}

// Invites parents onto a personal channel, names a child by a cue ("a little boy called"),
// and has the words that open the disparaging lists: every long expression runs.
const LINE =
  'Parents, a little boy called Sam in Year 4 Oak found my glasses, so message me on Facebook ' +
  'if you need me. The head says the trip is on, but honestly the office lot are useless.';

describe('re-checking a whole line', () => {
  it('copies no long expression', () => {
    const checker = createChecker(sample as SchoolSettings);
    checker.check(LINE);
    // Something was seen: the count is in the path of what the checks copy.
    const copied = copiedBy(() => checker.check(`${LINE} Thanks`));
    expect(copied.length).toBeGreaterThan(0);
    // matchAll copies its expression each call, and a copy of a long one cost more than the
    // match: parent-contact's invitations (6,000 characters) and the child cues.
    expect(copied.filter((source) => source.length > 200)).toEqual([]);
  });
});
