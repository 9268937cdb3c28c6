// Children on no list described so that they can only be children known through work, in
// new words: a name given after "called" that is also a place or a gerund, a name with a
// child's age, a pupil's named sibling or cousin in an appositive, a name followed by "a
// boy from …", and a former pupil introduced after an emoji or a colon.
import childReference from './child-reference';
import { childFlagged, detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';

detectorTable(childReference, {
  settings: namesSettings,
  valid: [
    // Ages of adults and of things are no child's age.
    'Our caretaker Desmond, sixty-one, has retired after years of duty at the school.',
    'Bought a new car, Fiesta (2019), from the garage by the school.',
    // "called" is said of places and tunes too.
    'We sang a song called Jerusalem in assembly.',
    // The writer's own family keeps their ages.
    'My girls Isadora, seven, and Peregrine, four, start at a new school today.',
    // A sibling of someone on no list, with no pupil after it, is not shown to be a pupil's.
    'Bartholomew, brother of the bride, gave a speech after school on Saturday.',
    // "a boy from" after a name needs a school nearby for "boy" and "lad".
    'Horatio, a lad from the allotments, fixed my shed.',
  ],
  invalid: [
    {
      text: 'Tutoring a Y5 after school this term called Praising, such a hard worker.',
      findings: [childFlagged('Praising', 'child-reference/called')],
    },
    {
      text: 'A boy from the village school called Memphis won the egg-and-spoon race.',
      findings: [childFlagged('Memphis', 'child-reference/called')],
    },
    {
      text: 'At the nursery open morning Zuzanna (age 3) would not leave the sand tray.',
      findings: [childFlagged('Zuzanna', 'child-reference/named-with-age')],
    },
    {
      text: 'A visitor to our class today: Tobiah, five, who showed everyone his new glasses.',
      findings: [childFlagged('Tobiah', 'child-reference/named-with-age')],
    },
    {
      text: 'Lovely to see Benedek, little brother to Ruby Sandhu, cheering at sports day.',
      findings: [childFlagged('Benedek', 'child-reference/sibling-appositive')],
    },
    {
      text: 'Still thinking about Tiernan, a boy from my first teaching placement in Ludlow.',
      findings: [childFlagged('Tiernan', 'child-reference/name-then-child')],
    },
    {
      text: 'Remembering Oluwaseun, a child I tutored years ago, who just got into medical school.',
      findings: [childFlagged('Oluwaseun', 'child-reference/name-then-child')],
    },
    {
      text: 'Former pupil spotlight 🎓 Anneliese is now a junior doctor at the Royal.',
      findings: [childFlagged('Anneliese', 'child-reference/former-pupil')],
    },
  ],
});
