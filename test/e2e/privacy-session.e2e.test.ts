// Nothing leaves the browser: a whole working session in real Chromium (import a class list,
// write posts on three sites, open the popup and the options page) while every request the
// browser makes, the extension's service worker included, is recorded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASS_LIST_FIXTURES } from '../class-list-fixtures';
import type { EditorName } from '../pages/build';
import { activeTabId, badgeText, launchWithExtension, type ExtensionBrowser } from './chromium';
import { EDITOR_SELECTOR, editorFrame } from './editor-helpers';
import { EDITOR_SITES, routeFakeSites, siteUrl } from './fake-sites';
import { TEST_PAGES_BUNDLE } from './global-setup';

/** A pupil from bromcom.csv and a phone number. */
const POST = 'Lovely reading from Freya Holt today. Her dad can ring me on 07700 900123.';
const SITES: EditorName[] = ['draft', 'lexical', 'quill'];
/** A request the service worker makes on purpose, to prove its requests are recorded. */
const WORKER_PROBE = 'https://x.com/__recorder-probe';

let browser: ExtensionBrowser;
const requests: { url: string; fromWorker: boolean }[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
  // Playwright reports the service worker's requests as the context's too (Chromium).
  browser.context.on('request', (request: Request) => {
    requests.push({ url: request.url(), fromWorker: request.serviceWorker() !== null });
  });
  await routeFakeSites(browser.context, readFileSync(TEST_PAGES_BUNDLE, 'utf8'));
  // The fake-site router turns every other address away; the extension's own pages must load.
  await browser.context.route(/^chrome-extension:\/\//, (route) => route.continue());
});

afterAll(async () => {
  await browser?.close();
});

const fakeHosts = new Set(Object.values(EDITOR_SITES).map((u) => new URL(u).host));

/** Routed stand-in sites (fulfilled by Playwright, never the network) and our own pages. */
function staysInBrowser(address: string, extensionId: string): boolean {
  const url = new URL(address);
  if (url.protocol === 'https:') return fakeHosts.has(url.host);
  if (url.protocol === 'chrome-extension:') return url.host === extensionId;
  return url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:';
}

async function importClassList() {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByLabel('School name').fill('Old Park Primary School');
  await options.keyboard.press('Enter');
  // Saved once the sections that need a school (staff, working hours) appear.
  await options.getByRole('heading', { name: 'Staff' }).waitFor();
  await options
    .getByLabel('Import class list')
    .setInputFiles(join(CLASS_LIST_FIXTURES, 'bromcom.csv'));
  await options.getByRole('button', { name: 'Save 4 pupils' }).click();
  await expect
    .poll(() => options.getByText(/This browser holds the names of 4 pupils/).count())
    .toBe(1);
  await options.close();
}

async function composeOn(editor: EditorName): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(siteUrl(editor));
  const frame = await editorFrame(page, editor);
  await frame.locator(EDITOR_SELECTOR).first().click();
  const tabId = await activeTabId(browser.worker);
  await page.keyboard.type(POST, { delay: 5 });
  // At least the pupil and the phone number.
  await expect
    .poll(async () => Number(await badgeText(browser.worker, tabId)), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(2);
  return tabId;
}

describe('a whole session', () => {
  it('sends no request out of the browser', async () => {
    await importClassList();
    const tabs: number[] = [];
    for (const editor of SITES) tabs.push(await composeOn(editor));

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabs.at(-1)}`);
    await expect
      .poll(() => popup.locator('.finding').count(), { timeout: 15_000 })
      .toBeGreaterThan(1);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByText(/This browser holds the names of 4 pupils/).waitFor();

    // The recorder sees the service worker's own requests.
    await browser.worker.evaluate(
      (url) => fetch(url, { mode: 'no-cors' }).then(() => undefined),
      WORKER_PROBE,
    );
    await expect
      .poll(() => requests.some((r) => r.fromWorker && r.url === WORKER_PROBE))
      .toBe(true);

    const pages = new Set(requests.map((r) => new URL(r.url).host));
    for (const site of SITES) expect(pages).toContain(new URL(EDITOR_SITES[site]).host);
    expect(pages).toContain(browser.extensionId);
    const offenders = requests
      .filter((r) => !staysInBrowser(r.url, browser.extensionId))
      .map((r) => `${r.url}${r.fromWorker ? ' (service worker)' : ''}`);
    expect(offenders, `requests that left the browser:\n${offenders.join('\n')}`).toEqual([]);
  });
});
