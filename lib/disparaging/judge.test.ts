// The rules' guards one by one (findAttacks, which the tone model reads as one of its
// signals and which names the target). Whether the detector finally warns is the model's
// call: test/disparaging-table.ts holds the detector to rates on the category tables.
import { SHIPPED_ACTS } from './acts';
import { describe, expect, it } from 'vitest';
import { findAttacks } from './judge';
import { buildLexicon } from './lexicon';

const lexicon = buildLexicon(
  ['Old Park Primary School and Nursery', 'Old Park Primary'],
  [],
  SHIPPED_ACTS,
);
const flagged = (text: string) =>
  findAttacks(text, lexicon, []).map((a) => text.slice(a.start, a.end));

describe('disparaging guards (the rules)', () => {
  it.each([
    [
      'a school hashtag after a moan about traffic',
      'The traffic was a nightmare today #OldParkPrimary',
    ],
    ['things named after a target', 'The council tax bill is a joke this year.'],
    ['a class pet', 'The class guinea pig is a menace, it escaped twice today.'],
    ['pupils reporting their own view', 'The kids said the dinners were disgusting today.'],
    ['a thing between target and act', 'The parents’ evening booking system is a shambles.'],
    [
      'an insult inside a long quote',
      'Year 4 told me my jokes are "the worst in the whole world" 😂',
    ],
    ['a past job', 'In my old job in logistics the managers were clueless.'],
    ['a harsh word before a noun', 'The kids need thick coats and one of mine had a nasty fall.'],
    ['a day named with a harsh word', 'It’s ugly Christmas jumper day for Year 4 on Friday.'],
    ['a literal snake', 'The kids held a snake at the zoo today.'],
    [
      'pupils who dislike a smell',
      'My class can’t stand the smell of the school dinners on fish day.',
    ],
    ['a skill rated', 'The dads were useless at the tug of war, the mums won easily 😂'],
    [
      'a playful hint about pupils',
      'Funny how my class remember every song but none of the times tables 😂',
    ],
    ['a news story', 'A man was jailed for stealing from a school in the next town.'],
    ['a sincere disclaimer', 'Not a dig at anyone, the caseworkers are clearly swamped.'],
  ])('stays quiet for %s', (_why, text) => {
    expect(flagged(text)).toEqual([]);
  });

  it.each([
    ['texting shorthand', 'tbh the y5 parents r a nightmare', 'tbh the y5 parents r a nightmare'],
    [
      'a short scare quote',
      'Half of 8B came as "chavs" to the disco',
      'Half of 8B came as "chavs" to the disco',
    ],
    [
      'a pointer to the sentence before',
      'Spoke to the receptionist. She is a miserable cow.',
      'She is a miserable cow',
    ],
    [
      'a target after the act',
      'Can’t stand half the parents in this class.',
      'Can’t stand half the parents in this class',
    ],
  ])('flags %s', (_why, text, span) => {
    expect(flagged(text)).toEqual([span]);
  });

  it('flags two attacks in two sentences separately', () => {
    expect(flagged('Our head is a bully. The governors are spineless.')).toEqual([
      'Our head is a bully',
      'The governors are spineless',
    ]);
  });

  it('reads the text as typed: capitals and curly apostrophes change nothing', () => {
    expect(flagged('OUR HEAD IS A BULLY. The Governors’ lot are SPINELESS.')).toEqual([
      'OUR HEAD IS A BULLY',
      'The Governors’ lot are SPINELESS',
    ]);
  });
});
