import { describe, expect, it } from 'vitest';
import { splitName } from './names';

describe('splitName', () => {
  it.each([
    ['Amelia Smith', { first: 'Amelia', last: 'Smith' }],
    ['  Amelia   Smith ', { first: 'Amelia', last: 'Smith' }],
    ['Smith, Amelia', { first: 'Amelia', last: 'Smith' }],
    ['Smith, Amelia Rose', { first: 'Amelia', last: 'Smith' }],
    ['Amelia Rose Smith', { first: 'Amelia', last: 'Smith' }],
    ['Lucas van der Berg', { first: 'Lucas', last: 'van der Berg' }],
    ["Summer O'Neill", { first: 'Summer', last: "O'Neill" }],
    ['Harrison Clarke-Jones', { first: 'Harrison', last: 'Clarke-Jones' }],
    ['SMITH, Amelia (Millie)', { first: 'Amelia', last: 'SMITH', preferred: 'Millie' }],
    ['Amelia "Millie" Smith', { first: 'Amelia', last: 'Smith', preferred: 'Millie' }],
    ['Zoë Adeyemi', { first: 'Zoë', last: 'Adeyemi' }],
  ])('%s', (written, expected) => {
    expect(splitName(written)).toEqual(expected);
  });

  it.each([
    'Madonna',
    '',
    'Smith,',
    ', Amelia',
    'not a class list at all',
    'Total: 30 pupils',
    'Amelia Smith 4O',
  ])('rejects %j', (written) => {
    expect(splitName(written)).toBeNull();
  });
});
