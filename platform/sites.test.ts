import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_LIST, siteOfUrl, type SiteList } from './sites';

const schoolForum: SiteList = {
  builtIn: { facebook: false },
  extra: [{ pattern: 'https://forum.example.org/*', label: 'forum.example.org' }],
};

describe('siteOfUrl', () => {
  it.each([
    [
      'https://www.facebook.com/groups/1',
      DEFAULT_SITE_LIST,
      { kind: 'watched', label: 'Facebook' },
    ],
    ['https://x.com/compose/post', DEFAULT_SITE_LIST, { kind: 'watched', label: 'X (Twitter)' }],
    ['https://www.facebook.com/', schoolForum, { kind: 'switched-off', label: 'Facebook' }],
    ['https://forum.example.org/t/2', schoolForum, { kind: 'watched', label: 'forum.example.org' }],
    [
      'https://forum.example.org/t/2',
      DEFAULT_SITE_LIST,
      { kind: 'not-watched', host: 'forum.example.org' },
    ],
    // A look-alike address is not the real site.
    [
      'https://facebook.com.evil.example/',
      DEFAULT_SITE_LIST,
      { kind: 'not-watched', host: 'facebook.com.evil.example' },
    ],
    [
      'http://www.facebook.com/',
      DEFAULT_SITE_LIST,
      { kind: 'not-watched', host: 'www.facebook.com' },
    ],
    ['chrome://extensions/', DEFAULT_SITE_LIST, { kind: 'not-a-site' }],
    ['chrome-extension://abc/options.html', DEFAULT_SITE_LIST, { kind: 'not-a-site' }],
    ['file:///home/me/post.txt', DEFAULT_SITE_LIST, { kind: 'not-a-site' }],
    ['', DEFAULT_SITE_LIST, { kind: 'not-a-site' }],
  ])('%s → %o', (url, list, expected) => {
    expect(siteOfUrl(url, list as SiteList)).toEqual(expected);
  });
});
