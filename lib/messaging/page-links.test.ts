import { describe, expect, it } from 'vitest';
import { policyPath, readPolicyLocation, readPopupTab } from './page-links';

describe('policyPath', () => {
  it.each([
    [{}, 'policy.html'],
    [{ clause: '6.13' }, 'policy.html#6.13'],
    [{ query: 'friend request' }, 'policy.html?q=friend%20request'],
    [{ query: '   ' }, 'policy.html'],
    [{ query: 'a&b', clause: 'A.5.2' }, 'policy.html?q=a%26b#A.5.2'],
  ])('%j → %s', (target, expected) => expect(policyPath(target)).toBe(expected));
});

describe('readPolicyLocation', () => {
  it.each([
    ['', '', { query: '', clause: undefined }],
    ['', '#6.13', { query: '', clause: '6.13' }],
    ['?q=friend%20request', '', { query: 'friend request', clause: undefined }],
    ['?q=photos+of+pupils', '#6.9', { query: 'photos of pupils', clause: '6.9' }],
    ['', '#%E0%A4%A', { query: '', clause: '%E0%A4%A' }],
  ])('%s %s', (search, hash, expected) =>
    expect(readPolicyLocation(search, hash)).toEqual(expected),
  );
  it('round-trips policyPath', () => {
    const url = new URL(policyPath({ query: 'parents & carers', clause: '6.3.1' }), 'https://x/');
    expect(readPolicyLocation(url.search, url.hash)).toEqual({
      query: 'parents & carers',
      clause: '6.3.1',
    });
  });
});

describe('readPopupTab', () => {
  it.each([
    ['?tab=42', 42],
    ['?tab=0', 0],
    ['', undefined],
    ['?tab=', undefined],
    ['?tab=-1', undefined],
    ['?tab=4x', undefined],
    ['?other=1&tab=7', 7],
  ])('%s → %s', (search, expected) => expect(readPopupTab(search)).toBe(expected));
});
