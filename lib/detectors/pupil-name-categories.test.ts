// Categories of misses and false alarms found on writing the rules were never shown
// (issue 12), each tested in new words for the rules' own school
// (test/fixtures/rule-school.ts): never the sentences they were found in.
import pupilName from './pupil-name';
import { detectorTable } from '../../test/detector-table';
import { ruleSchool } from '../../test/fixtures/rule-school';

const pupil = (text: string, extra: { flaggedBy?: string } = {}) => ({
  kind: 'pupil-name' as const,
  text,
  ...extra,
});

detectorTable(pupilName, {
  settings: ruleSchool,
  valid: [
    // Welsh words that are also given names, inside a Welsh phrase.
    { text: 'Dim ysgol heddiw oherwydd yr eira!', quietBecause: 'names/non-person/welsh-word' },
    { text: 'Seren yr wythnos: the whole of Dryw!', quietBecause: 'names/non-person/welsh-word' },
    { text: 'Heulwen braf for the sponsored walk.', quietBecause: 'names/non-person/welsh-word' },
    { text: 'they built a dyn eira on the yard', quietBecause: 'names/non-person/welsh-word' },
    // A figure of myth named again later in the same text.
    {
      text: 'Tonight: Noah ap Gwyn, the giant. The class loved how Noah tricked the king.',
      quietBecause: 'names/other-person/same-figure-again',
    },
    // A Welsh weather word opening a post, drawn after it.
    {
      text: 'EIRA ❄️❄️ hats and gloves tomorrow please!',
      quietBecause: 'names/non-person/welsh-word',
    },
    // An English "at" mutates nothing.
    "Lunch at Gatrin's cafe, then the park.",
    // Chat letters after a name-word are words, not initials.
    { text: 'will u be at the fair later', quietBecause: 'names/ordinary-word' },
    // A faith that is also a listed surname, in a post about faith.
    {
      text: 'Year 2 visited the mosque to learn how Islam celebrates Eid.',
      quietBecause: 'names/non-person/faith',
    },
    // Welsh names of Bible figures in a Welsh RE lesson.
    {
      text: 'Stori Noa ac Efa? No: Adda ac Efa, in RE.',
      quietBecause: 'names/non-person/story-figure',
    },
    // In lower-case text a surname the lexicon knows makes someone else's full name.
    {
      text: 'the kids did their best noah kane goal celebrations',
      quietBecause: 'names/other-person/known-surname-after',
    },
    // Own family and friends' children.
    {
      text: "My neighbour's son Isaac just passed his driving test!",
      quietBecause: 'names/own-family',
    },
    {
      text: 'my little brother turns 21 today, happy birthday Oscar 🎂',
      quietBecause: 'names/own-family-greeted',
    },
  ],
  invalid: [
    // A name-word written in lower case with its initial, in text with capitals.
    {
      text: 'Lovely passing from Noah, and grace w was everywhere on the court.',
      findings: [pupil('Noah'), pupil('grace')],
    },
    // Someone else's name earlier does not hide a pupil who shares it.
    {
      text: 'Will Green was on the radio. Will was first in the line today.',
      findings: [pupil('Will')],
    },
    // A faith word that is a pupil's surname is still the pupil after a cue.
    { text: 'Well done to Islam for his RE poster.', findings: [pupil('Islam')] },
    // The pupil's own surname after the name, in lower case.
    { text: 'noah young and isaac smashed it', findings: [pupil('noah young'), pupil('isaac')] },
    // A name-word with an initial after it, in lower-case chat, is the pupil.
    {
      text: 'spare gloves for noah, grace w and ivy h in the office',
      findings: [pupil('noah'), pupil('grace'), pupil('ivy')],
    },
    // Welsh "a"/"ac" between two names is "and", not an article.
    {
      text: 'Gwobrau celf: Catrin a Seren, Noah ac Ivy.',
      findings: [pupil('Catrin'), pupil('Seren'), pupil('Noah'), pupil('Ivy')],
    },
    // A Welsh word-name is still the pupil beside words of praise or endearment.
    { text: 'Da iawn Seren fach, a gold star!', findings: [pupil('Seren')] },
    { text: 'Llongyfarchiadau i Eira ac Alaw!', findings: [pupil('Eira'), pupil('Alaw')] },
    // A name mutated after a Welsh word is the pupil (Catrin after "i", Seren after "a").
    { text: 'Diolch yn fawr i Gatrin am y cerdyn!', findings: [pupil('Gatrin')] },
    {
      text: 'Da iawn Noah a Seren, ac i Gatrin hefyd.',
      findings: [pupil('Noah'), pupil('Seren'), pupil('Gatrin')],
    },
    // Surname first, as on a register: one mention of the pupil.
    {
      text: 'Mark sheet row: Young, Noah – 24/30',
      findings: [pupil('Young, Noah', { flaggedBy: 'names/full-name' })],
    },
    // A hyphenated name with a slip in its first part.
    { text: "Is this Elie-Mai's water bottle?", findings: [pupil('Elie-Mai')] },
    // A Welsh cheer opening a hashtag is no one's given name.
    { text: 'Cadair y dosbarth #LlongyfarchiadauCatrin', findings: [pupil('Catrin')] },
  ],
});
