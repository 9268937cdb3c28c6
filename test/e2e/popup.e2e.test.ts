// The popup and policy page in real Chromium: type a post that names a pupil on a (stand-in)
// social site, open popup.html?tab=N for that tab, and read the clauses that apply in full.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIND_POLICY } from '../../lib/policy';
import sample from '../../lib/sample/sample-settings.json';
import {
  activeTabId,
  badgeText,
  launchWithExtension,
  storeSettings,
  type ExtensionBrowser,
} from './chromium';
import { EDITOR_SELECTOR } from './editor-helpers';
import { routeFakeSites, siteUrl } from './fake-sites';
import { TEST_PAGES_BUNDLE } from './global-setup';

/** Names a sample pupil (Millie, Year 4 Oak) and gives a mobile number. */
const POST = 'Well done Millie today! Ring me on 07700 900123.';
/** No timetable, so the result does not depend on the time the test runs. */
const { workingHours: _ignored, ...settings } = sample;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await storeSettings(browser.worker, settings);
});

afterAll(async () => {
  await browser?.close();
});

const pageUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

describe('popup.html?tab=N', () => {
  it('shows the tab’s warnings, most serious first, each clause with its number, why and text', async () => {
    await routeFakeSites(browser.context, readFileSync(TEST_PAGES_BUNDLE, 'utf8'));
    const site = await browser.context.newPage();
    let tabId: number;
    try {
      await site.goto(siteUrl('textarea'));
      await site.locator(EDITOR_SELECTOR).first().click();
      await site.keyboard.type(POST);
      tabId = await activeTabId(browser.worker);
      // The first check waits for the background to load the settings (managed storage included).
      await expect.poll(() => badgeText(browser.worker, tabId), { timeout: 15_000 }).not.toBe('');
    } finally {
      // The stand-in sites' routing turns away every other address, the extension's pages included.
      await browser.context.unrouteAll();
    }
    const popup = await browser.context.newPage();
    await popup.goto(pageUrl(`popup.html?tab=${tabId}`));
    const cards = popup.locator('.finding');
    await expect
      .poll(() => cards.count(), { timeout: 15_000 })
      .toBe(Number(await badgeText(browser.worker, tabId)));
    const first = cards.first();
    expect(await first.locator('q').textContent()).toBe('Millie');
    expect(await first.locator('.severity').textContent()).toMatch(/High risk/);
    const clause = first.locator('.clause').first();
    expect(await clause.getByRole('link').textContent()).toBe('Clause 5.4');
    expect(await clause.getByRole('link').getAttribute('href')).toBe('policy.html#5.4');
    expect(await clause.locator('.why').textContent()).toBe(
      KIND_POLICY['pupil-name'].clauses[0]!.why,
    );
    expect(await clause.locator('blockquote').textContent()).toMatch(
      /^You must not discuss personal information about pupils, .* on social media\.$/,
    );
    expect(await popup.getByRole('region', { name: 'Working hours' }).textContent()).toMatch(
      /No working hours set/,
    );
    await popup.close();
    await site.close();
  });

  it('says the post looks fine for a tab without warnings', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(pageUrl('popup.html?tab=999999'));
    await popup.getByText('The post looks fine').waitFor({ timeout: 15_000 });
    await popup.close();
  });
});

describe('policy.html', () => {
  it('marks the clause in the address and opens with the search in the address', async () => {
    const page = await browser.context.newPage();
    await page.goto(pageUrl('policy.html?q=friend%20request#6.13'));
    const target = page.locator('[aria-current="location"]');
    await target.waitFor({ timeout: 15_000 });
    expect(await target.getAttribute('id')).toBe('6.13');
    expect(await target.textContent()).toMatch(/personal use of social media while at work/);
    const results = page.getByRole('list', { name: /matching clauses/ });
    expect(await results.getByRole('link').first().textContent()).toBe('Clause 6.5');
    await page.close();
  });
});
