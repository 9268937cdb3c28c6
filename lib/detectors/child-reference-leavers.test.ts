// Children on no list who left the school, in new words: a leaver named with the
// year group they left from, and a name followed by "one of my old … boys".
import childReference from './child-reference';
import { childFlagged, detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';

detectorTable(childReference, {
  settings: namesSettings,
  valid: [
    // Adults leave too, with no year group after.
    'Gordon, who left us in March after twenty years in the kitchen, popped in for tea.',
    // Old friends are no pupils.
    'Met Desmond at the match, one of my old mates from the rugby club.',
  ],
  invalid: [
    {
      text: 'Leontyne, who left us at the end of Year 6, sent a lovely card to her old class.',
      findings: [childFlagged('Leontyne', 'child-reference/former-pupil')],
    },
    {
      text: 'Saw Barnaby at the cinema, one of my former Year 8 boys, now taller than his dad and off to university.',
      findings: [childFlagged('Barnaby', 'child-reference/name-then-one-of')],
    },
  ],
});
