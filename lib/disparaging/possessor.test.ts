// Which group the reason names when a pronoun or a possessed child stands for the person
// attacked (issue 18, point 1: attacks on a parent or a head were described as on pupils).
// Only the reason is asserted here; whether each sentence warns is the tone model's call,
// and these were chosen as sentences it warns on. Every case is in words of its own.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../engine';
import { validateSettings } from '../settings';
import sample from '../sample/sample-settings.json';
import { aboutTheParent } from './possessor';
import { antecedentOf } from './thread';
import type { TargetHit } from './lexicon';

const parsed = validateSettings(sample);
if (!parsed.ok) throw new Error('sample settings invalid');
const checker = createChecker(parsed.settings);
const reasons = (text: string) =>
  checker
    .check(text)
    .filter((f) => f.kind === 'disparaging')
    .map((f) => f.reason);

/** The target `phrase` in `text`. */
const hit = (text: string, phrase: string, label = 'a pupil'): TargetHit => ({
  start: text.indexOf(phrase),
  end: text.indexOf(phrase) + phrase.length,
  label,
});

/** A target at these offsets. */
const at = (start: number, end: number, label: string, owner = false): TargetHit => ({
  start,
  end,
  label,
  owner,
});

describe('a possessed child stands for its parent', () => {
  it.each([
    ['their kid is never on time but they find time for the gym', 'their kid', true],
    ['her son skipped the trip and she blamed the coach firm', 'her son', true],
    ['his daughter was sent home and he shouted at reception', 'his daughter', true],
    // Not the subject's own child: he is not her.
    ['he pushed her son off the climbing frame', 'her son', false],
    // No subject but the child: about the child.
    ['her son is a menace on the field', 'her son', false],
  ])('%s → %s', (text, phrase, expected) => {
    expect(aboutTheParent(text, text, [hit(text, phrase)])).toBe(expected);
  });

  it('names parents, not a pupil, in the reason', () => {
    const [reason] = reasons(
      'Their boy turns up without a coat every single day and they are too lazy and selfish to care.',
    );
    expect(reason).toBeDefined();
    expect(reason).not.toMatch(/pupil/);
  });
});

describe('what a she or he points back to', () => {
  it('a group one person can be, though a class was named first', () => {
    expect(antecedentOf([at(4, 10, 'pupils'), at(30, 38, "the school's leaders")])).toEqual({
      group: 'pupils',
      person: "the school's leaders",
    });
  });

  it("the possessed, not the possessor: Oliver's dad is the dad", () => {
    expect(antecedentOf([at(0, 6, 'a pupil', true), at(9, 12, 'parents')])).toEqual({
      group: 'a pupil',
      person: 'parents',
    });
  });

  it("an organisation's officer is the organisation's", () => {
    expect(
      antecedentOf([at(4, 11, 'the council', true), at(14, 22, "the school's leaders")]),
    ).toEqual({ group: 'the council', person: 'the council' });
  });

  it('in a post: "a Year 9 dad … He …" is about parents', () => {
    const [reason] = reasons(
      'Spoke to a Year 9 dad after school. He is a nasty bully who shouted at my colleague like a spoilt toddler.',
    );
    expect(reason).toBeDefined();
    expect(reason).toContain('parents');
  });
});
