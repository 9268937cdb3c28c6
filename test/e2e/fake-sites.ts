// Serves the test pages under the real sites' https addresses (Playwright routing
// in Chromium, request interception in Firefox: nothing reaches the network), so
// the extension's real match patterns are what decide whether it runs. Records
// any request that is not to one of them.
import type { BrowserContext } from 'playwright-core';
import { testPageHtml, type EditorName } from '../pages/build';

/** Which real site hosts each editor in the tests: the editor that site uses, where known. */
export const EDITOR_SITES: Record<EditorName, string> = {
  lexical: 'https://www.facebook.com/',
  draft: 'https://x.com/compose/post',
  quill: 'https://www.linkedin.com/feed/',
  tiptap: 'https://bsky.app/',
  slate: 'https://www.reddit.com/submit',
  textarea: 'https://mastodon.social/home',
  contenteditable: 'https://www.youtube.com/post',
  shadow: 'https://www.instagram.com/',
  iframe: 'https://www.tiktok.com/upload',
};

const FAKE_HOSTS = new Set(Object.values(EDITOR_SITES).map((u) => new URL(u).host));
/** Requests that never leave the browser. */
export const LOCAL_SCHEMES = new Set([
  'chrome-extension:',
  'moz-extension:',
  'data:',
  'about:',
  'blob:',
]);

export function siteUrl(editor: EditorName, query = ''): string {
  return `${EDITOR_SITES[editor]}?editor=${editor}${query}`;
}

export interface FakeResponse {
  status: number;
  contentType: string;
  body: string;
}

/** What a stand-in site answers, or null for an address that is none of them. */
export function fakeSiteResponse(address: string, bundle: string): FakeResponse | null {
  const url = new URL(address);
  if (url.protocol !== 'https:' || !FAKE_HOSTS.has(url.host)) return null;
  if (url.pathname === '/__test-pages.js') {
    return { status: 200, contentType: 'text/javascript', body: bundle };
  }
  if (url.pathname === '/favicon.ico') return { status: 404, contentType: 'text/plain', body: '' };
  return { status: 200, contentType: 'text/html', body: testPageHtml(`${url.host} (test page)`) };
}

export async function routeFakeSites(context: BrowserContext, bundle: string) {
  const unexpected: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (LOCAL_SCHEMES.has(url.protocol)) return;
    if (!fakeSiteResponse(request.url(), '')) unexpected.push(request.url());
  });
  await context.route('**/*', async (route) => {
    const response = fakeSiteResponse(route.request().url(), bundle);
    if (!response) return route.abort('blockedbyclient');
    return route.fulfill(response);
  });
  return { unexpected };
}
