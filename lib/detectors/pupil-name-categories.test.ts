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
    // Chat letters after a name-word are words, not initials.
    { text: 'will u be at the fair later', quietBecause: 'names/ordinary-word' },
  ],
  invalid: [
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
    // A Welsh cheer opening a hashtag is no one's given name.
    { text: 'Cadair y dosbarth #LlongyfarchiadauCatrin', findings: [pupil('Catrin')] },
  ],
});
