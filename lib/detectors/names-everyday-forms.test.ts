// Recall: everyday ways people write a listed name that quiet rules used to read as
// something else. Each case is written for this file, with names of its own.
import pupilName from './pupil-name';
import staffName from './staff-name';
import childReference from './child-reference';
import { childFlagged, detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';

const settings = {
  ...namesSettings,
  classes: [
    {
      name: 'Year 4 Oak',
      pupils: [
        { first: 'Jade', last: 'Okoro' },
        { first: 'Idris', last: 'Malik' },
        { first: 'Rafi', last: 'Choudhury' },
        { first: 'Autumn', last: 'Pratt' },
      ],
    },
  ],
  staff: [
    { first: 'Nina', last: 'Cook' },
    { first: 'Pearl', last: 'Pennant' },
    { first: 'Jonathan', last: 'Pryce' },
  ],
};
const pupil = (text: string) => ({ kind: 'pupil-name' as const, text });
const staff = (text: string) => ({ kind: 'staff-name' as const, text });

detectorTable(pupilName, {
  settings,
  valid: [
    'Only three weeks to Autumn half term, hang on in there everyone.',
    'Our visiting nurse Idris talked to us about handwashing.',
    'The nursery wall was painted jade and gold.',
  ],
  invalid: [
    // "to" before a colour or noun: it is "to" a person, as in "well done to".
    {
      text: 'Well done to Rafi and to Jade in 4O for their posters.',
      findings: [pupil('Rafi'), pupil('Jade')],
    },
    // An exclamation or a blessing before a name opens praise of the child.
    { text: 'Subhanallah Idris read the whole page today!', findings: [pupil('Idris')] },
    { text: 'Wow Idris, what a jump!', findings: [pupil('Idris')] },
    // Children playing at jobs wear the job as a title.
    {
      text: 'The home corner is a café this week, and Chef Idris served us toast.',
      findings: [pupil('Idris')],
    },
    // "our" / "their" with a surname's initial after the name.
    { text: 'Our Jade O won the spelling bee.', findings: [pupil('Jade')] },
  ],
});

detectorTable(staffName, {
  settings,
  valid: [
    'Trainee cook needed for the kitchen, apply within.',
    'Watched the Jon Hamm film again last night.',
  ],
  invalid: [
    // A staff title glued to a member of staff's surname in a handle.
    { text: 'Thank you @MrsCook for the bunting!', findings: [staff('Cook')] },
    // The usual short form of a colleague's long given name.
    { text: 'Huge thanks to Jon and the site team.', findings: [staff('Jon')] },
    {
      text: 'Mr Pryce (Jon to the staff room) retires in July.',
      findings: [staff('Mr Pryce'), staff('Jon')],
    },
    // The writer giving their own name.
    { text: 'Pearl here from the office 👋 forms are due Friday.', findings: [staff('Pearl')] },
    // "welcome", "today" after a name are no compound noun.
    { text: 'Questions? A chat with Pearl welcome any time.', findings: [staff('Pearl')] },
  ],
});

detectorTable(childReference, {
  settings,
  valid: [
    // "their" before a word that is no name, or with no "our" child beside it.
    'Our Idris loved their Science Week stall.',
    'The visitors brought their Lego sets.',
    // A parent with their own parent, away from school.
    'Bumped into Gwendolyn and her mum at the garden centre.',
  ],
  invalid: [
    {
      text: 'Pen pal news: our Rafi and their Tobiah swap letters every week.',
      findings: [childFlagged('Tobiah', 'child-reference/ours-and-theirs')],
    },
    {
      text: 'At the link school their Ottilie showed our Jade the hens.',
      findings: [childFlagged('Ottilie', 'child-reference/theirs-and-ours')],
    },
    {
      text: 'Nursery starters next term: it was lovely meeting Anouk and her dad today.',
      findings: [childFlagged('Anouk', 'child-reference/with-parent')],
    },
  ],
});
