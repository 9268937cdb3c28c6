// Two shapes of real replies and remarks, each a named rule of the disparaging check:
// a line quoted from the post being answered is someone else's words (disparaging/quoted-reply),
// and a sentence naming its target followed by a comment pointing back at it is one remark,
// warned as one (disparaging/setup-and-comment). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { createChecker, SHIPPED_DATA } from '../engine';
import type { Decision } from '../engine/trace';
import sample from '../sample/sample-settings.json';
import { validateSettings } from '../settings';
import { RULES } from './disparaging';

const validated = validateSettings(sample);
if (!validated.ok) throw new Error('sample settings invalid');
const settings = validated.settings;

const disparagingOf = (text: string, data = SHIPPED_DATA) =>
  createChecker(settings, { data })
    .check(text)
    .filter((f) => f.kind === 'disparaging');

const ATTACK = 'The deputy head is a useless, spineless clown who has never taught a lesson.';

describe('disparaging/quoted-reply: the lines a reply quotes are not the writer’s words', () => {
  it('warns on the sentence when the writer says it, and not when they quote it to answer it', () => {
    expect(disparagingOf(ATTACK)).toHaveLength(1);
    const reply = `> ${ATTACK}\nI don't agree at all, she has been brilliant with our families.`;
    expect(disparagingOf(reply)).toEqual([]);
  });

  it('shows the quiet decision and its rule in the trace', () => {
    const trace: Decision[] = [];
    createChecker(settings).check(`> ${ATTACK}\nNot my experience.`, { trace });
    const quiet = trace.filter((d) => d.detector === 'disparaging');
    expect(quiet.map((d) => [d.verdict, d.rule])).toContainEqual(['quiet', RULES.quoted]);
  });

  it('still lets a quoted line say who the reply’s "she" is', () => {
    const reply =
      '> Our trust CEO visited the school today.\nShe is a useless, spineless clown who has never taught a lesson.';
    const found = disparagingOf(reply);
    expect(found).toHaveLength(1);
    expect(reply.slice(found[0]!.start, found[0]!.end)).toMatch(/^She is/);
    expect(found[0]!.reason).toContain("the school's leaders");
  });
});

describe('disparaging/setup-and-comment: a remark over two sentences is warned as one', () => {
  // Without the tone model the rules alone decide, so which sentence is flagged is certain.
  const rulesOnly = { ...SHIPPED_DATA, toneModel: undefined };
  const setup = 'The new deputy is a useless clown.';
  const comment = 'He has never planned a single trip himself and it shows.';

  it('covers the comment that points back as well as the sentence that named the target', () => {
    const text = `${setup} ${comment}`;
    const found = disparagingOf(text, rulesOnly);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe(text.replace(/\.$/, ''));
    expect(found[0]!.rule).toBe(RULES.setup);
  });

  it('stops at a sentence that does not point back', () => {
    const text = `${setup} The trip to the farm is on Friday.`;
    const found = disparagingOf(text, rulesOnly);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe(setup.replace(/\.$/, ''));
    expect(found[0]!.rule).toBe(RULES.rules);
  });
});
