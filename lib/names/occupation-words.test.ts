// Each occupation group's own example must make the listed name an adult's, by
// names/adult-occupation, and the ids must be unique.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../engine';
import type { Decision } from '../engine/trace';
import { ruleSchool } from '../../test/fixtures/rule-school';
import { OCCUPATIONS } from './occupation-words';

const checker = createChecker(ruleSchool);

describe('occupations no pupil holds', () => {
  it('have unique ids and words', () => {
    const ids = OCCUPATIONS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const words = OCCUPATIONS.flatMap((o) => o.words);
    expect(new Set(words).size).toBe(words.length);
  });
  it.each(OCCUPATIONS.map((o) => [o.id, o.example]))('%s: %s', (_id, example) => {
    const trace: Decision[] = [];
    const found = checker.check(example, { trace }).filter((f) => f.kind === 'pupil-name');
    expect(found).toEqual([]);
    expect(trace.some((d) => d.rule === 'names/adult-occupation')).toBe(true);
  });
});
