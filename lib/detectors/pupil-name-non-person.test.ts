// A pupil's name used for a place, an animal or a thing, a business, a title or a
// Bible story figure is not the pupil; the near misses beside each stay the pupil.
import pupilName from './pupil-name';
import { detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';

const settings = {
  ...namesSettings,
  classes: [
    {
      name: 'P5 Rowan',
      pupils: [
        { first: 'Islay', last: 'Brodie' },
        { first: 'Lewis', last: 'Carnegie' },
        { first: 'Noah', last: 'Fraser' },
        { first: 'Eve', last: 'Baird' },
        { first: 'Rocco', last: 'Dunbar' },
        { first: 'Tam', last: 'Kerr' },
        { first: 'Gideon', last: 'Scott' },
        { first: 'Storm', last: 'Lindsay' },
        { first: 'Robin', last: 'Tait' },
        { first: 'Zara', last: 'Khan' },
      ],
    },
  ],
};
const pupil = (text: string) => ({ kind: 'pupil-name' as const, text });

detectorTable(pupilName, {
  settings,
  valid: [
    'Took the ferry to Islay for the October break, wild crossing.',
    'We hiked Islay end to end and the midges won.',
    'Cycled round Lewis last summer and never want to leave.',
    'Our bus went past Rocco of Naples, the best chippy in town.',
    'The P2s found a snail by the shed and named it Rocco.',
    'We now have a frog called Gideon living in the pond.',
    'Rocco the hamster has escaped again, check your bags!',
    'Noah and the flood was our Bible story, complete with an ark made of boxes.',
    'Adam and Eve came up in RE today and the questions were endless.',
    'Thanks to Kerr & Sons for fitting the new fence.',
    'Invoice sent to Brodie Ltd this morning.',
    'Tam and the Magic Sea Horse is our new class novel.',
    'Spent Saturday in the Carnegie library with a flask of tea.',
    'Scots words are the best words.',
    'A long walk out to the kerr behind the farm.',
    'Storm damage report due from the council tomorrow.',
    'Our Robin feeder is empty again.',
    'Is that Zara bag in the sale still?',
    'our robin came back to the feeder',
  ],
  invalid: [
    { text: 'Islay sailed through her swimming test today.', findings: [pupil('Islay')] },
    { text: 'Well done Gideon of Year 4 for the poster.', findings: [pupil('Gideon')] },
    { text: 'Lovely to meet Islay of Craigton Primary at the gala.', findings: [pupil('Islay')] },
    { text: 'Gave the climbing award to Lewis this week.', findings: [pupil('Lewis')] },
    {
      text: 'Eve was brilliant as a shepherd in the nativity.',
      findings: [pupil('Eve')],
    },
    {
      text: 'Nativity cast: Joseph - Noah, Mary - Islay.',
      findings: [pupil('Noah'), pupil('Islay')],
    },
    { text: 'Rocco the goalkeeper saved three penalties.', findings: [pupil('Rocco')] },
    { text: 'Kerr scored twice at the weekend.', findings: [pupil('Kerr')] },
    { text: 'Brodie in goal was unbeatable today.', findings: [pupil('Brodie')] },
    { text: 'Tam and the other P3s planted beans.', findings: [pupil('Tam')] },
    { text: 'Storm loves the climbing wall.', findings: [pupil('Storm')] },
    { text: 'Our Robin won the poetry prize!', findings: [pupil('Robin')] },
    {
      text: 'A reminder that Zara, Tam and Lewis owe me a form.',
      findings: [pupil('Zara'), pupil('Tam'), pupil('Lewis')],
    },
  ],
});
