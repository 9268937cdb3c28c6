// Staff named the way colleagues and parents write them: a short form of the listed given
// name (staff-short-forms.ts), a role before the name ("Matron", "Coach", "Pani"), a double
// given name's first part, a teacher's handle and a sign-off closing the post. In new words.
import staffName from './staff-name';
import { detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';

const staff = (text: string, reason?: string) => ({
  kind: 'staff-name' as const,
  text,
  ...(reason ? { reason } : {}),
});

const settings = {
  ...namesSettings,
  staff: [
    { first: 'Beverley', last: 'Thorne' },
    { first: 'Joanne', last: 'Mabey' },
    { first: 'Nicola', last: 'Fernside' },
    { first: 'Declan', last: 'Moyle', title: 'Fr' },
    { first: 'Femi', last: 'Adebayo' },
    { first: 'Magdalena', last: 'Nowak' },
    { first: 'Heather', last: 'Quayle' },
    { first: 'Oliver', last: 'Penrose' },
    { first: 'Kerry-Ann', last: 'Lusk' },
    { first: 'Amber', last: 'Stone' },
  ],
};

detectorTable(staffName, {
  settings,
  valid: [
    // The short form is matched as a whole word, never inside another.
    'Fancy a bevvy after parents evening?',
    // A derived short form is read by its context, like "Will": Scots "jo" is a sweetheart.
    'Burns supper tonight: we sang of an old man and his jo.',
    // No Samantha or Samuel on this staff list: "Sam" is nobody here.
    'Sam from the garden centre dropped off the bulbs.',
    // A role before someone on no list.
    'Coach Carter is on telly tonight, such a good film.',
    // A title and an initial are left to the writer: judged differently, often the writer's
    // own sign-off.
    'Thanks for the flowers, they are gorgeous. Mrs T',
    'Thank you for a lovely harvest Mass. - Fr D',
    // A title in a handle before no staff surname; a surname that is a word, with no title.
    'Cakes from @mrsfrostybakes are the best',
    'Follow @stonecoldsteve for the match',
    // The ordinary word at the end of a sentence, not a sign-off.
    'We walked over the moor through the heather.',
  ],
  invalid: [
    {
      text: 'Matron Bev has the nit comb out again.',
      findings: [staff('Matron Bev', 'Beverley Thorne is on the staff list')],
    },
    { text: 'Huge thanks to Bev for the costumes', findings: [staff('Bev')] },
    { text: "I'm Jo Mabey on there, add me", findings: [staff('Jo Mabey')] },
    { text: 'Forms go in the box (Nicky will keep them safe).', findings: [staff('Nicky')] },
    { text: 'Lost a glove on the field. Ollie x', findings: [staff('Ollie')] },
    { text: 'Coach Adebayo is beaming after the relay!', findings: [staff('Coach Adebayo')] },
    { text: 'Dziękujemy, Pani Magda, za bajki!', findings: [staff('Pani Magda')] },
    {
      text: 'If anyone can lend a gazebo, text the club phone – Heather',
      findings: [staff('Heather')],
    },
    { text: 'Same time next week at the pool. Heather', findings: [staff('Heather')] },
    // A one-word sentence at the end may be praise or a sign-off: recall first, it is warned
    // (session 8's names model quiets an ordinary word only below p 0.02, and this one is not).
    { text: 'The caretaker fixed the boiler before nine. Heather.', findings: [staff('Heather')] },
    // A double given name by its first part.
    { text: 'A child told me "Miss Kerry you smell of toast"', findings: [staff('Miss Kerry')] },
    // A teacher's handle: a title and a staff surname, even one that is a word.
    {
      text: 'Games are on my page (@missstoneteaches), DM me',
      findings: [staff('missstone', 'Amber Stone is on the staff list')],
    },
  ],
});
