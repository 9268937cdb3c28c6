// Recall first (issue 12): a listed name that is no everyday word is the pupil in any
// spelling or setting. Every surface form here is written in new words, for the
// names test school (test/fixtures/names-settings.ts).
import pupilName from './pupil-name';
import { detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';

const pupil = (text: string, extra: { flaggedBy?: string } = {}) => ({
  kind: 'pupil-name' as const,
  text,
  ...extra,
});

detectorTable(pupilName, {
  settings: namesSettings,
  valid: [
    // Someone else's full name still needs a surname-like word after the name.
    {
      text: 'Bethany Kowalczuk won the county cup.',
      quietBecause: 'names/other-person/capital-after',
    },
    {
      text: 'We watched Andrzej Nowicki on the news.',
      quietBecause: 'names/other-person/capital-before',
    },
  ],
  invalid: [
    // An initial, a year or a class code after a first name is no one else's surname.
    { text: 'Brilliant tackle from Oscar T in the second half.', findings: [pupil('Oscar')] },
    // An aside in brackets with "!!" in it does not end the sentence before the next name
    // (a placing in brackets is a list's tally: names/name-list).
    {
      text: 'Swimming gala: Oscar (1st!!), Summer (4th) and Bethany all got medals.',
      findings: [
        pupil('Oscar'),
        pupil('Summer', { flaggedBy: 'names/name-list' }),
        pupil('Bethany'),
      ],
    },
    {
      text: 'Swimming gala: Oscar (1st!!) and Summer (4th) got medals.',
      findings: [pupil('Oscar'), pupil('Summer', { flaggedBy: 'names/with-listed-names' })],
    },
    { text: 'Goals: Bethany C. (2), George A.', findings: [pupil('Bethany'), pupil('George')] },
    { text: 'Top reader this week is Jacob Y3!', findings: [pupil('Jacob')] },
    { text: 'Prizes to Kacper (5C) and Theo (2B).', findings: [pupil('Kacper'), pupil('Theo')] },
    { text: 'Jacob Maths champion again.', findings: [pupil('Jacob')] },
    { text: 'Aoife Spanish star of the week!', findings: [pupil('Aoife')] },
    // Any case, stretched letters, glued to emoji, punctuation or the word before.
    { text: 'WHAT A GOAL FROM BETHANY!!!', findings: [pupil('BETHANY')] },
    { text: 'GOOOO JACOOOOB', findings: [pupil('JACOOOOB')] },
    { text: 'Happy birthday Oscaaaar 🎂', findings: [pupil('Oscaaaar')] },
    { text: '🎉Bethany🎉 finished her book', findings: [pupil('Bethany')] },
    { text: 'CongratsBethany on the medal', findings: [pupil('Bethany')] },
    { text: 'Star of the week:Kacper', findings: [pupil('Kacper')] },
    // Plural and possessive surnames.
    { text: 'The Ashworths came to the fair.', findings: [pupil('Ashworths')] },
    { text: "The Crowthers' dog got into the playground.", findings: [pupil('Crowthers')] },
    // Names inside links and file names.
    {
      text: 'Photos: example.org/gallery/bethany-crowther-swim',
      findings: [pupil('bethany-crowther')],
    },
    { text: 'Attached kacper_nowicki_report.pdf', findings: [pupil('kacper_nowicki')] },
    // Decomposed accents, zero-width characters, soft hyphens, full-width and look-alike letters.
    { text: 'Zoe\u0308 painted a dragon.', findings: [pupil('Zoe\u0308')] },
    { text: 'Well done Beth\u200Bany!', findings: [pupil('Beth\u200Bany')] },
    { text: 'Well done Beth\u00ADany!', findings: [pupil('Beth\u00ADany')] },
    {
      text: 'Well done \uFF2A\uFF41\uFF43\uFF4F\uFF42!',
      findings: [pupil('\uFF2A\uFF41\uFF43\uFF4F\uFF42')],
    },
    { text: 'Well done J\u0430c\u043Eb!', findings: [pupil('J\u0430c\u043Eb')] },
  ],
});
