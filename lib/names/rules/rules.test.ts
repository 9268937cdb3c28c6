// Each name rule's own examples are its tests: a quiet rule must be the one that
// leaves its quiet examples quiet and must not silence anything in its flagged ones;
// a flagging rule must raise its flagged examples and nothing in its quiet ones.
import { describe, expect, it } from 'vitest';
import { createChecker, SHIPPED_DATA } from '../../engine';
import type { Decision } from '../../engine/trace';
import { ruleSchool } from '../../../test/fixtures/rule-school';
import { ALL_NAME_RULES } from '.';
import { ATTRIBUTION_RULES } from './attribution';

const checker = createChecker(ruleSchool);
// The names model's own quiet rule is shown at a stated threshold on the shipped weights: the
// shipped threshold, chosen by cross-validation (0.06 on session 9's 30 schools), quiets little.
const stated = createChecker(ruleSchool, {
  data: { ...SHIPPED_DATA, namesModel: { ...SHIPPED_DATA.namesModel!, quiet: 0.3 } },
});
const NAME_KINDS = new Set(['pupil-name', 'staff-name']);

function run(text: string, by = checker) {
  const trace: Decision[] = [];
  const findings = by.check(text, { trace }).filter((f) => NAME_KINDS.has(f.kind));
  const quietBy = (id: string) => trace.filter((d) => d.verdict === 'quiet' && d.rule === id);
  return { findings, quietBy, show: () => JSON.stringify(trace, null, 1) };
}

const rules = [
  ...ALL_NAME_RULES.map((r) => ({
    id: r.id,
    why: r.why,
    says: r.says,
    quiet: r.quiet,
    flagged: r.flagged,
  })),
  ...ATTRIBUTION_RULES.map((r) => ({
    id: r.id,
    why: r.why,
    says: 'quiet' as const,
    quiet: r.quiet,
    flagged: r.flagged,
  })),
];

describe('name rules', () => {
  it('have unique ids under names/, a one-line why and examples of both kinds', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^names\/[a-z-]+(?:\/[a-z-]+)?$/);
      expect(r.why).not.toMatch(/\n/);
      expect(r.quiet.length, r.id).toBeGreaterThan(0);
      expect(r.flagged.length, r.id).toBeGreaterThan(0);
    }
  });

  for (const r of rules) {
    describe(r.id, () => {
      const by = r.id === 'names/model-not-pupil' ? stated : checker;
      it.each(r.quiet.map((t) => [t]))('quiet: %s', (text) => {
        const { findings, quietBy, show } = run(text, by);
        expect(findings.map((f) => `${f.text} (${f.rule})`)).toEqual([]);
        if (r.says === 'quiet') expect(quietBy(r.id).length, show()).toBeGreaterThan(0);
      });
      it.each(r.flagged.map((t) => [t]))('flagged: %s', (text) => {
        const { findings, quietBy, show } = run(text, by);
        expect(findings.length, show()).toBeGreaterThan(0);
        if (r.says === 'quiet')
          expect(
            quietBy(r.id).map((d) => d.text),
            show(),
          ).toEqual([]);
        else
          expect(
            findings.map((f) => f.rule),
            show(),
          ).toContain(r.id);
      });
    });
  }
});
