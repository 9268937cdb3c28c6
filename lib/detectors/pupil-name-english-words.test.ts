// Pupils whose names are English words few name lists know ("Gannet", "Rafter"): typed
// in lower case in a post that otherwise uses capitals, they are the word, not the
// child; names that are no word stay names in lower case.
import pupilName from './pupil-name';
import { detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';
import { isEnglishWord } from '../text/english';
import { posOf } from '../text/part-of-speech';
import { describe, expect, it } from 'vitest';

const settings = {
  ...namesSettings,
  classes: [
    {
      name: '8G2',
      pupils: [
        { first: 'Millie', last: 'Gannet' },
        { first: 'Kasia', last: 'Rafter' },
        { first: 'Tiago', last: 'Ledger' },
      ],
    },
  ],
};
const pupil = (text: string) => ({ kind: 'pupil-name' as const, text });

detectorTable(pupilName, {
  settings,
  valid: [
    'Spotted a gannet diving off the pier, Sunday well spent.',
    'The rafter above the stage is cracked again, Site Team are on it.',
    'Please balance the ledger before Friday and send me the total.',
    'Two gannets and a cormorant on the harbour wall this morning!',
  ],
  invalid: [
    { text: 'Great session today, millie nailed her lines.', findings: [pupil('millie')] },
    { text: 'kasia and tiago swapped lunches again', findings: [pupil('kasia'), pupil('tiago')] },
    { text: 'Ledger was brilliant in assembly today.', findings: [pupil('Ledger')] },
    { text: 'Huge well done to Gannet for the relay.', findings: [pupil('Gannet')] },
    { text: 'Millie Gannet won the spelling bee.', findings: [pupil('Millie Gannet')] },
  ],
});

describe('isEnglishWord', () => {
  it.each([
    ['heron', true],
    ['storeys', true],
    ['banked', true],
    ['millie', false],
    ['kasia', false],
    ['james', false],
    ['kayden', false],
  ])('%s: %s', (word, expected) => expect(isEnglishWord(word)).toBe(expected));
});

describe('posOf', () => {
  it('looks up own lexicon entries only, never Object.prototype', () => {
    expect(posOf('constructor')).toBe('unknown');
    expect(posOf('hasownproperty')).toBe('unknown');
  });
});
