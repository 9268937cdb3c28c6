// Scottish year groups (P1–P7, S1–S6) and "wee ones" present a named child; a former
// class ("from my old class") too. Near misses: adults, and the P-words used otherwise.
import childReference from './child-reference';
import { detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';

const child = (text: string) => ({ kind: 'child-reference' as const, text });

detectorTable(childReference, {
  settings: namesSettings,
  valid: [
    'Our P7 residential is called Outward Bound this year.',
    'Fiona from my old job sent me a lovely card.',
    'One of the wee shops, Greggs, had a queue out the door.',
    'A PS5 called Blaze was top of the Christmas list.',
  ],
  invalid: [
    {
      text: 'I coach a keen S2 called Lachlan on Thursday nights.',
      findings: [child('Lachlan')],
    },
    { text: 'Met a shy P3 named Ailsa at the summer camp.', findings: [child('Ailsa')] },
    { text: 'Kirsty from my old class popped in to say hello.', findings: [child('Kirsty')] },
    {
      text: 'At the gala one of the wee ones, Fraser, won the egg and spoon.',
      findings: [child('Fraser')],
    },
  ],
});
