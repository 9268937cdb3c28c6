// Each occupation group's own example must make the listed name an adult's, by
// names/adult-occupation, and the ids must be unique.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../engine';
import type { Decision } from '../engine/trace';
import { ruleSchool } from '../../test/fixtures/rule-school';
import { OCCUPATION_EXAMPLES, OCCUPATION_WORDS } from './occupation-words';

const checker = createChecker(ruleSchool);

describe('occupations no pupil holds', () => {
  it('have an example for each group id and no word twice', () => {
    expect(Object.keys(OCCUPATION_EXAMPLES)).toEqual(Object.keys(OCCUPATION_WORDS));
    for (const id of Object.keys(OCCUPATION_WORDS)) expect(id).toMatch(/^occupation\/[a-z]+$/);
    const words = Object.values(OCCUPATION_WORDS).flat();
    expect(new Set(words).size).toBe(words.length);
  });
  it.each(Object.entries(OCCUPATION_EXAMPLES))('%s: %s', (_id, example) => {
    const trace: Decision[] = [];
    const found = checker.check(example, { trace }).filter((f) => f.kind === 'pupil-name');
    expect(found).toEqual([]);
    expect(trace.some((d) => d.rule === 'names/adult-occupation')).toBe(true);
  });
});
