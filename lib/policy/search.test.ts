import { describe, expect, it } from 'vitest';
import { seedPolicyPack } from './index';
import type { PolicyPack } from './types';
import { highlightRuns, searchPolicy, stem } from './search';

const pack: PolicyPack = seedPolicyPack;
const ids = (query: string, limit = 3) => searchPolicy(pack, query, limit).map((r) => r.clause.id);

describe('stem', () => {
  it.each([
    ['photos', 'photo'],
    ['photographs', 'photograph'],
    ['parents', 'parent'],
    ['families', 'family'],
    ['requests', 'request'],
    ['posting', 'post'],
    ['chatting', 'chat'],
    ['shared', 'shar'],
    ['share', 'shar'],
    ['address', 'address'],
    ['pupil’s', 'pupil'],
    ['bus', 'bus'],
  ])('%s → %s', (word, expected) => expect(stem(word)).toBe(expected));
});

describe('searchPolicy', () => {
  it.each([
    // [query, clause that must come first]
    ['6.13', '6.13'],
    ['clause 6.13', '6.13'],
    ['a.5.2', 'A.5.2'],
    ['friend request', '6.5'],
    ['Friend Requests from pupils', '6.5'],
    ['photos', '6.9'],
    ['pictures of children', '6.9'],
    ['wikipedia', '6.11'],
    ['editing wiki at work', '6.11'],
    ['lunchtime', '6.13'],
    ['logos on personal social media', '6.12'],
    ['phone number', '6.15'],
    ['privacy', '6.15'],
    ['insult a colleague', '5.5'],
  ])('%s → %s first', (query, first) => expect(ids(query)[0]).toBe(first));

  it('finds clauses about parents in their own words', () => {
    const found = ids('parents', 6);
    expect(found[0]).toBe('6.3.1');
    // "family members" is how the policy says it elsewhere.
    expect(found).toEqual(expect.arrayContaining(['6.3', '6.2.1']));
  });

  it('lists the sub-clauses of a section number', () => {
    expect(ids('6.2', 5)).toEqual(['6.2.1', '6.2.2']);
    expect(ids('6.5', 5)).toEqual(['6.5', '6.5.1']);
  });

  it.each([[''], ['   '], ['the and of'], ['zebra'], ['7.77']])('finds nothing for %j', (query) =>
    expect(searchPolicy(pack, query)).toEqual([]),
  );

  it('does not read a bare number inside words as a clause id', () => {
    const results = searchPolicy(pack, 'year 6 photos', 3);
    expect(results.map((r) => r.clause.id)).toContain('6.9');
    // A clause id scores 500 or more; a word match far less.
    expect(results.every((r) => r.score < 500)).toBe(true);
  });

  it('ranks the rule above background that mentions the same thing', () => {
    expect(ids('wikipedia', 2)).toEqual(['6.11', '2.3']);
    expect(ids('logo', 2)).toContain('6.12');
  });

  it('highlights the words that matched, synonyms included', () => {
    const [best] = searchPolicy(pack, 'photos');
    const marked = best!.highlights.map((r) => best!.clause.text.slice(r.start, r.end));
    expect(marked).toEqual(expect.arrayContaining(['Photographs', 'videos', 'image']));
    expect(marked).not.toContain('pupils');
  });
});

describe('highlightRuns', () => {
  it('splits text into plain and marked runs', () => {
    expect(highlightRuns('no friend requests here', [{ start: 3, end: 9 }])).toEqual([
      { text: 'no ', marked: false },
      { text: 'friend', marked: true },
      { text: ' requests here', marked: false },
    ]);
  });
  it('handles no ranges and a range at the end', () => {
    expect(highlightRuns('abc', [])).toEqual([{ text: 'abc', marked: false }]);
    expect(highlightRuns('abc', [{ start: 1, end: 3 }])).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
    ]);
  });
});

describe('searchPolicy on ids numbered unlike the seed', () => {
  const appendices = {
    format: 'policy-pack' as const,
    version: 1 as const,
    title: 'Policy',
    clauses: [
      { id: '1.1', section: '', text: 'Staff must be kind.' },
      { id: 'App1.1.1', section: 'Appendix 1', text: 'Accounts are run by the office.' },
      { id: 'A1.2', section: 'Appendix A', text: 'Two people hold the passwords.' },
    ],
  };
  it.each([
    ['App1.1.1', 'App1.1.1'],
    ['a1.2', 'A1.2'],
    ['1.1', '1.1'],
  ])('finds %s by its number', (query, id) => {
    expect(searchPolicy(appendices, query)[0]?.clause.id).toBe(id);
  });
});
