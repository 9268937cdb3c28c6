// Children on no list put in the school or beside it, in new words: a
// child joining one of the school's own classes, new starters,
// partner-school buddies, a sibling opening a sentence, an appositive after a class code.
import childReference from './child-reference';
import { childFlagged, detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';

detectorTable(childReference, {
  settings: namesSettings,
  valid: [
    // A class word that is no class of this school, or a colour, says nothing.
    'Delphine joins Falcons United on Saturday for the cup final.',
    'Priya in Red looked stunning at the awards night.',
    // A welcome to somewhere that is no school or class.
    'We welcome Isidore and Odette to the allotment committee.',
    // Buddies and starters among adults.
    'My gym buddies, especially Terence, kept me going.',
    'New starter Colin in accounts brought doughnuts.',
    // The writer's own family.
    'My daughter Anouk joins Hazel after Easter, eek!',
  ],
  invalid: [
    {
      text: 'Delighted that Anouk joins Hazel after Easter.',
      findings: [childFlagged('Anouk', 'child-reference/in-school-class')],
    },
    {
      text: 'Please make Odette in Willow feel welcome this week.',
      findings: [childFlagged('Odette', 'child-reference/in-school-class')],
    },
    {
      text: 'Our new Reception Acorn starters Caspian and Nell came in for a visit.',
      findings: [
        childFlagged('Caspian', 'child-reference/new-starter'),
        childFlagged('Nell', 'child-reference/new-starter'),
      ],
    },
    {
      text: 'new starter Kenzo arriving Tuesday, no records yet from his last school',
      findings: [childFlagged('Kenzo', 'child-reference/new-starter')],
    },
    {
      text: 'New little boy in the class today, Ruairi, very quiet but smiley.',
      findings: [childFlagged('Ruairi', 'child-reference/new-child')],
    },
    {
      text: 'Our P5 classes met their buddies at the high school, especially Tobiah and Ines.',
      findings: [
        childFlagged('Tobiah', 'child-reference/buddies'),
        childFlagged('Ines', 'child-reference/buddies'),
      ],
    },
    {
      text: 'Lovely chat with Grace Whitfield’s dad. Her little brother Cosmo starts nursery soon.',
      findings: [childFlagged('Cosmo', 'child-reference/their-sibling')],
    },
    {
      text: 'I mentor a Year 5 girl, Saffron, at a school across town. Any tips?',
      findings: [childFlagged('Saffron', 'child-reference/girl-boy-appositive')],
    },
    {
      text: 'Oona from P6 came over to read with our class.',
      findings: [childFlagged('Oona', 'child-reference/from-class')],
    },
  ],
});
