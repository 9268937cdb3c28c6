import { describe, expect, it } from 'vitest';
import { radicalForms } from './welsh-mutation';

describe('radicalForms', () => {
  it.each([
    ['gerys', ['cerys']],
    ['fari', ['bari', 'mari']],
    ['nghatrin', ['catrin']],
    ['ddafydd', ['dafydd']],
    ['lowri', ['llowri']],
    ['wenllian', ['gwenllian']],
    ['sion', []],
  ])('%s may come from %j', (word, radicals) => {
    expect(radicalForms(word)).toEqual(radicals);
  });
});
