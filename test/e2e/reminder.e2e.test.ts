// The place-and-time reminders in real Chromium: the clause 6.13 note on a social site in
// working time (once per site per half-day, dismissible, never covering the page), clause 6.11
// in Wikipedia's edit view, and the toolbar title. Needs `startWorkingTimeWatcher()` called
// from entrypoints/background.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../lib/sample/sample-settings.json';
import {
  duringWorkingTime,
  launchWithExtension,
  storeSettings,
  type ExtensionBrowser,
} from './chromium';

const alwaysWorking = duringWorkingTime(sample);
const STAND_IN = '<!doctype html><title>Stand-in</title><p>A page</p>';
/** Long enough for the content script to have asked the background and drawn any note. */
const SETTLE_MS = 4000;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await storeSettings(browser.worker, alwaysWorking);
  // Stand-ins for the real sites: the test machine has no network.
  await browser.context.route(/^https:\/\/(www\.facebook\.com|en\.wikipedia\.org)\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: STAND_IN }),
  );
});

/** The toolbar button's title, read in the extension's service worker. */
function toolbarTitle(): Promise<string> {
  return browser.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> } } }
    ).chrome.action.getTitle({}),
  );
}

afterAll(async () => {
  await browser?.close();
});

describe('reminders on the page', () => {
  it('shows the 6.13 note on a social site once per half-day, and it can be dismissed', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.facebook.com/');
    const note = page.getByRole('note', { name: 'Reminder: clause 6.13' });
    await note.waitFor({ timeout: 15_000 });
    expect(await page.getByText('A page').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Show clause 6.13' }).click();
    await page.getByText(/does not permit personal use of social media/).waitFor();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await note.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByText('A page').waitFor();
    await page.waitForTimeout(SETTLE_MS);
    expect(await note.count()).toBe(0);
    await page.close();
  });

  it('shows clause 6.11 in Wikipedia’s edit view, not when reading', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://en.wikipedia.org/wiki/Telford');
    await page.getByText('A page').waitFor();
    await page.waitForTimeout(SETTLE_MS);
    expect(await page.getByRole('note').count()).toBe(0);
    await page.goto('https://en.wikipedia.org/w/index.php?title=Telford&action=edit');
    await page.getByRole('note', { name: 'Reminder: clause 6.11' }).waitFor({ timeout: 15_000 });
    await page.close();
  });

  it('titles the toolbar button with the working-time status', async () => {
    await expect.poll(toolbarTitle, { timeout: 15_000 }).toMatch(/^Before You Post — Working time/);
  });
});
