import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyDoubts } from './doubts';
import { readPolicy } from './parse';

const doubts = (text: string) => policyDoubts(readPolicy(text));

describe('policyDoubts', () => {
  it('finds the seed policy’s real gap, 6.5.1 then 6.8, and nothing else', () => {
    const seed = readFileSync(
      new URL('../../test/fixtures/policies/social-media-policy-old-park.txt', import.meta.url),
      'utf8',
    );
    expect(doubts(seed)).toEqual([
      {
        rule: 'gap',
        id: '6.8',
        message: 'No clause 6.6 or 6.7 between 6.5 and 6.8: check nothing was left out.',
      },
    ]);
  });

  it('flags a section that starts after .1, and a missing top-level number', () => {
    const found = doubts(
      '1.1 Staff must be kind online.\n1.2 Staff must be fair online.\n3.2 Staff must be honest online.',
    );
    expect(found.map((d) => [d.rule, d.id])).toEqual([
      ['gap', '3'],
      ['gap', '3.2'],
    ]);
    expect(found[0]!.message).toBe('No clause 2 between 1 and 3: check nothing was left out.');
  });

  it('flags a number used twice, a very short clause, a very long one and furniture in the text', () => {
    const long = Array.from({ length: 260 }, () => 'Word').join(' ');
    const found = doubts(
      [
        '1.1 Staff must be kind online.',
        '1.1 Staff must be fair online.',
        '1.2 Privacy',
        `1.3 ${long}.`,
        '1.4 Staff must not post about pupils, Page 3 of 9 and so on.',
      ].join('\n'),
    );
    expect(found.map((d) => [d.rule, d.id])).toEqual([
      ['duplicate', '1.1(2)'],
      ['short', '1.2'],
      ['long', '1.3'],
      ['furniture', '1.4'],
    ]);
  });

  it('has nothing to say about a clean policy', () => {
    expect(
      doubts('1 SCOPE\n1.1 Staff must be kind online.\n1.2 Staff must be fair online.'),
    ).toEqual([]);
  });
});
