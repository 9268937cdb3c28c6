// Children on no list beside a work relationship (issue 12), in new words: a year
// before a work role, a former pupil, a year in brackets, a new starter, a child from
// another school, a year group's children named after it.
import childReference from './child-reference';
import { childFlagged, detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';

detectorTable(childReference, {
  settings: namesSettings,
  valid: [
    'Happy retirement to Marjorie from reception, thirty years of smiles.',
    'My year 10 plan is finally done.',
    'Our Year 6 leavers assembly is on Friday.',
    // A list after a year group whose items open with something other than a child.
    'Our Year 11s did us proud! Maths → 92% passes, English → 88%.',
    // The writer's own partner is family, and a colleague covering is an adult.
    'Our partner school day out was great, then my partner Dominic cooked.',
    // A class named after a thing is no child ("Year 3 Willow" is a class on the list).
    'Our Year 3 Willow sang at the summer fair.',
    // A child noun met outside school talk, and a colleague met through work, stay quiet.
    'A lad I met at the gym, Terence, spotted me on the bench.',
    'Ran into Priya at the station, one of the best colleagues I ever had.',
  ],
  invalid: [
    // A child named beside one a cue found is a child too.
    {
      text: 'Our Y12 debaters Soraya and Heather won the regional round.',
      findings: [
        childFlagged('Soraya', 'child-reference/year-group-named'),
        childFlagged('Heather', 'child-reference/year-group-named'),
      ],
    },
    // Names opening a list of results after the writer's year group.
    {
      text: 'so proud of our year 11s!! Kezia → sixth form, Dov → engineering, Fen → college',
      findings: [
        childFlagged('Kezia', 'child-reference/group-list'),
        childFlagged('Dov', 'child-reference/group-list'),
        childFlagged('Fen', 'child-reference/group-list'),
      ],
    },
    // A class covered, a key group, a partner school, a former class, then a name at work.
    {
      text: 'Covered 3W this afternoon and Elodie asked the best question.',
      findings: [childFlagged('Elodie', 'child-reference/work-group-then-name')],
    },
    {
      text: 'My nurture group were lovely today, Bastian shared his snack.',
      findings: [childFlagged('Bastian', 'child-reference/work-group-then-name')],
    },
    {
      text: 'Our partner school in Ghana sent letters and Kwabena asked about our snow.',
      findings: [childFlagged('Kwabena', 'child-reference/work-group-then-name')],
    },
    {
      text: 'Saw Odette from my old Year 4 class in town, all grown up!',
      findings: [childFlagged('Odette', 'child-reference/from-class')],
    },
    {
      text: 'Supply day in Year 5: Rufus and Talia built a brilliant catapult.',
      findings: [
        childFlagged('Rufus', 'child-reference/covered-class'),
        childFlagged('Talia', 'child-reference/covered-class'),
      ],
    },
    // Children at a partner school: pen pals.
    {
      text: 'Letters from our pen pals in Rouen today, and Margaux sent a drawing.',
      findings: [childFlagged('Margaux', 'child-reference/pen-pal')],
    },
    {
      text: 'My Y5 tutee Priya finally got long division tonight.',
      findings: [childFlagged('Priya', 'child-reference/year-work-role')],
    },
    {
      text: 'A postcard came from former pupil Tegid, now at university.',
      findings: [childFlagged('Tegid', 'child-reference/former-pupil')],
    },
    {
      text: 'Big news from Yusra (year 11) today!',
      findings: [childFlagged('Yusra', 'child-reference/name-year-brackets')],
    },
    {
      text: 'New Y8 arrived this morning from a school in Hull, Kobi, and settled well.',
      findings: [childFlagged('Kobi', 'child-reference/new-year-group')],
    },
    {
      text: 'A Year 5 from the academy up the hill, Rhodri, won the race.',
      findings: [childFlagged('Rhodri', 'child-reference/year-from-place')],
    },
    {
      text: 'Our Y12 volunteers Tamsin and Farah ran the stall.',
      findings: [
        childFlagged('Tamsin', 'child-reference/year-group-named'),
        childFlagged('Farah', 'child-reference/year-group-named'),
      ],
    },
    // A year group called by name, a past pupil with a surname, a pupil's wee sibling.
    {
      text: 'In assembly a Year 4 called Ottilie read her poem.',
      findings: [childFlagged('Ottilie', 'child-reference/called')],
    },
    {
      text: 'Well done to past pupil Keeva Rafferty, now at university!',
      // The surname goes with the name: a full name is one finding.
      findings: [childFlagged('Keeva Rafferty', 'child-reference/former-pupil')],
    },
    {
      text: "Noah's wee sister Fionnuala waved from the buggy at pick-up.",
      findings: [childFlagged('Fionnuala', 'child-reference/sibling-of-pupil')],
    },
    // A qualified work role, a child from a partner school (not the writer's partner).
    {
      text: 'Proud of my Sunday-school student Benedek for his grade 8 violin.',
      findings: [childFlagged('Benedek', 'child-reference/my-qualified-work-role')],
    },
    {
      text: 'Three boys from our partner academy, Tobiah and Wren, joined our choir.',
      findings: [
        childFlagged('Tobiah', 'child-reference/child-from-place'),
        childFlagged('Wren', 'child-reference/child-from-place'),
      ],
    },
    // A child the writer met or had through work, then an appositive after a name.
    {
      text: 'The student I mentored at my last school, Idris, just passed his driving test.',
      findings: [childFlagged('Idris', 'child-reference/child-i-met')],
    },
    {
      text: 'Saw Lorcan at the park, one of the first wee ones I taught in reception!',
      findings: [childFlagged('Lorcan', 'child-reference/name-then-one-of')],
    },
  ],
});
