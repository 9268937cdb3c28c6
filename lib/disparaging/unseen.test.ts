// Generalising to other schools' posts (issue 9): each category of how people
// write attacks, with attacks in new words and near misses that must stay quiet.
import { describe, expect, it } from 'vitest';
import disparaging from '../detectors/disparaging';
import { createChecker } from '../engine';
import sample from '../sample/sample-settings.json';
import { validateSettings } from '../settings';

const validated = validateSettings(sample);
if (!validated.ok) throw new Error('sample settings invalid');
const checker = createChecker(validated.settings);
const reasons = (text: string) =>
  checker
    .check(text)
    .filter((f) => f.detector === disparaging.id)
    .map((f) => f.reason);

const CATEGORIES: Record<string, { attacks: [string, string][]; quiet: string[] }> = {
  'targets by department, role, group or "whoever"': {
    attacks: [
      ['The geography department are a pack of idiots.', 'colleagues'],
      ['Our admissions team is completely useless.', 'colleagues'],
      ['Our cover supervisor is an absolute muppet.', 'a colleague'],
      ['The new data manager is a total jobsworth.', 'a colleague'],
      ['Whoever planned this week\u2019s duty rota is a clown.', 'a colleague'],
      ['My top set are so lazy this term it is unreal.', 'pupils'],
      ['Set 3 are the laziest lot I have ever taught.', 'pupils'],
      ['This year\u2019s intake are feral.', 'pupils'],
      ['Brook Lane Juniors is a dump.', 'another school'],
      ['My \u2018mentor\u2019 is a total snake.', 'a colleague'],
    ],
    quiet: [
      'The geography department ran a brilliant field trip.',
      'Our admissions team sorted every place by Friday, thank you!',
      'My set of highlighters is useless, every one has dried up.',
      'The set for the panto is a disaster, the paint is still wet.',
      'Whoever planned the staff party did an amazing job.',
      'My partner is an idiot, he washed my lanyard.',
      'Brook Lane Juniors were brilliant hosts for the cross-country.',
    ],
  },
};

describe.each(Object.entries(CATEGORIES))('disparaging, unseen: %s', (_, { attacks, quiet }) => {
  it.each(attacks)('warns: %s', (text, target) => {
    expect(reasons(text)).toEqual([expect.stringContaining(` ${target}.`)]);
  });
  it.each(quiet)('stays quiet: %s', (text) => {
    expect(reasons(text)).toEqual([]);
  });
});
