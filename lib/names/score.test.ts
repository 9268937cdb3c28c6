// The score terms added for word names given as people by their context (Amber, Summer):
// each must fire where the words make a person and stay out where they do not.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../engine';
import type { Decision } from '../engine/trace';
import { ruleSchool } from '../../test/fixtures/rule-school';

const checker = createChecker(ruleSchool);

function decided(text: string, word: string) {
  const trace: Decision[] = [];
  checker.check(text, { trace });
  const d = trace.find((x) => x.text === word)!;
  return { verdict: d.verdict, terms: d.fired.map((f) => f.rule) };
}

describe('names/score/own-pronoun-after', () => {
  it('counts a word with a "her" or "his" of its own', () => {
    const d = decided('Amber and her little sister baked scones for the fair.', 'Amber');
    expect(d.terms).toContain('names/score/own-pronoun-after');
    expect(d.verdict).toBe('flagged');
    expect(decided('Summer finding his feet in goal was lovely to see.', 'Summer').terms).toContain(
      'names/score/own-pronoun-after',
    );
  });
  it('does not count a preposition between ("Amber in her lights")', () => {
    expect(decided('Amber in her lights means slow down.', 'Amber').terms).not.toContain(
      'names/score/own-pronoun-after',
    );
  });
});

describe('names/score/award-for', () => {
  it('counts an award and what it was for', () => {
    const d = decided('Kindness cup: Amber for sharing the glue sticks.', 'Amber');
    expect(d.terms).toContain('names/score/award-for');
    expect(d.verdict).toBe('flagged');
  });
  it('needs a verb in -ing after "for"', () => {
    expect(decided('Amber for the traffic light display.', 'Amber').terms).not.toContain(
      'names/score/award-for',
    );
  });
});

describe('names/score/season-as-topic', () => {
  it('counts a season after "about", "until" or a topic', () => {
    for (const text of [
      'Reception are finding out about Summer: shells, sandcastles and sun cream.',
      'This half term our topic is Summer! Bring a photo from the beach.',
      'Three weeks until Summer and the sunflowers are already taller than me.',
    ]) {
      const d = decided(text, 'Summer');
      expect(d.terms, text).toContain('names/score/season-as-topic');
      expect(d.verdict, text).toBe('quiet');
    }
  });
  it('leaves a child with her own things, or beside another name', () => {
    for (const text of [
      'Show and tell was all about Summer and her new kitten.',
      'We talked about Summer and Kevin at the review.',
      'Well done Summer for a super effort.',
    ]) {
      const d = decided(text, 'Summer');
      expect(d.terms, text).not.toContain('names/score/season-as-topic');
      expect(d.verdict, text).toBe('flagged');
    }
  });
});
