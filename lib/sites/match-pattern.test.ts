import { describe, expect, it } from 'vitest';
import { matchesPattern } from './match-pattern';

describe('matchesPattern', () => {
  it.each([
    ['https://x.com/compose/post', 'https://*.x.com/*', true],
    ['https://mobile.x.com/home', 'https://*.x.com/*', true],
    ['https://notx.com/home', 'https://*.x.com/*', false],
    ['https://x.com.evil.example/', 'https://*.x.com/*', false],
    ['http://x.com/', 'https://*.x.com/*', false],
    ['http://forum.example.org/t/1', '*://forum.example.org/*', true],
    ['https://www.facebook.com/', 'https://www.facebook.com/*', true],
    ['https://m.facebook.com/', 'https://www.facebook.com/*', false],
    ['https://bsky.app/profile', 'https://bsky.app/profile*', true],
    ['https://bsky.app/', 'https://bsky.app/profile*', false],
    ['not a url', 'https://*.x.com/*', false],
  ])('%s under %s → %s', (url, pattern, expected) => {
    expect(matchesPattern(url, pattern)).toBe(expected);
  });
});
