// Recall: forms a secondary school writes a listed name in that quiet rules used
// to read as something else. Each case is written for this file, with names of its own.
import pupilName from './pupil-name';
import { detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';

const settings = {
  ...namesSettings,
  classes: [
    {
      name: '10K',
      pupils: [
        { first: 'Zainab', last: 'Hall' },
        { first: 'Darnell', last: 'Bird' },
        { first: 'Folake', last: 'Mercer' },
        { first: 'Tomasz', last: 'Holland' },
        { first: 'Amber', last: 'Quayle' },
      ],
    },
  ],
};
const pupil = (text: string) => ({ kind: 'pupil-name' as const, text });

detectorTable(pupilName, {
  settings,
  valid: [
    'Half term in Holland was wet but lovely.',
    'A bird with a broken wing landed on the field.',
    'We watched Maria Holland on the news last night.',
    'so cosy tonight. the fire has that Amber glow and the kettle is on',
  ],
  invalid: [
    // A surname credited with a feat in a match report.
    { text: 'U15 rugby: Hall with a hat-trick of tries, what a game.', findings: [pupil('Hall')] },
    // A scorer's tally after "from" makes a player of the surname, not a place.
    {
      text: 'Won 4-2 away, goals from Holland (3) and Mercer.',
      findings: [pupil('Holland'), pupil('Mercer')],
    },
    // The clipped "an'" is "and", not an article.
    {
      text: 'Dead proud of Zainab an’ Folake this week.',
      findings: [pupil('Zainab'), pupil('Folake')],
    },
    // In text left in lower case, a capital the writer chose marks a proper noun.
    {
      text: 'massive thanks to my tutor group for the leaving gifts!! the mug is lush and Amber’s poem had me in bits',
      findings: [pupil('Amber')],
    },
    // A cast list: the part, then the pupil who plays it.
    {
      text: 'Our Romeo Darnell and Juliet Folake were brilliant tonight.',
      findings: [pupil('Darnell'), pupil('Folake')],
    },
  ],
});
