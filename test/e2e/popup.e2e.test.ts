// The popup and policy page in real Chromium: type a post that names a pupil on a (stand-in)
// social site, open popup.html?tab=N for that tab, and read the clauses that apply in full;
// on a site that is not watched, or a tab that does not exist, the popup says so.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../lib/engine';
import { KIND_POLICY } from '../../lib/policy';
import type { SchoolSettings } from '../../lib/settings/types';
import sample from '../../lib/sample/sample-settings.json';
import {
  activeTabId,
  badgeText,
  duringWorkingTime,
  launchWithExtension,
  storeSettings,
  type ExtensionBrowser,
} from './chromium';
import { EDITOR_SELECTOR } from './editor-helpers';
import { routeFakeSites, siteUrl } from './fake-sites';
import { TEST_PAGES_BUNDLE } from './global-setup';
import { TOOLBAR_FLAGS, clickToolbarButton } from './toolbar';

/** Names a sample pupil (Millie, Year 4 Oak) and gives a mobile number. */
const POST = 'Well done Millie today! Ring me on 07700 900123.';
/** No timetable, so the result does not depend on the time the test runs. */
const { workingHours: _ignored, ...settings } = sample;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ args: TOOLBAR_FLAGS });
  await storeSettings(browser.worker, settings);
});

afterEach(async () => {
  // A failed test must not leave its routes or timetable to the next.
  await browser.context.unrouteAll();
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
    // One line each; the clauses open on demand.
    expect(await first.getByRole('link').count()).toBe(0);
    await first.locator('summary').click();
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

  it('for a tab that does not exist, says so and never that the post looks fine', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(pageUrl('popup.html?tab=999999'));
    const status = popup.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/no such tab/);
    expect(await popup.locator('body').textContent()).not.toMatch(/looks fine|No warnings|✓/);
    await popup.close();
  });
});

describe('the toolbar popup', () => {
  it('on a site that is not watched says so, and its link opens the options page ready to add it', async () => {
    await browser.context.route('https://forum.example.org/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<title>Forum</title><textarea></textarea>',
      }),
    );
    const forum = await browser.context.newPage();
    await forum.goto('https://forum.example.org/t/1');
    const tabId = await activeTabId(browser.worker);

    // Before the toolbar button is clicked the browser keeps the address from the extension:
    // the popup cannot know the site, so it claims nothing.
    const byAddress = await browser.context.newPage();
    await byAddress.goto(pageUrl(`popup.html?tab=${tabId}`));
    await expect
      .poll(() => byAddress.getByRole('status').textContent(), { timeout: 15_000 })
      .toMatch(/^Nothing has been checked in this tab yet/);
    await byAddress.close();

    const popup = await clickToolbarButton(browser, forum);
    const text = () => popup.evaluate<string>('document.body.innerText');
    await expect
      .poll(text, { timeout: 15_000 })
      .toMatch(/Posts on forum\.example\.org are not checked/);
    expect(await text()).not.toMatch(/looks fine|No warnings|✓/);

    const options = browser.context.waitForEvent('page', (page) =>
      page.url().includes('options.html'),
    );
    await popup.evaluate(
      `[...document.querySelectorAll('a')].find((a) => a.textContent === 'Add forum.example.org in Options').click()`,
    );
    const page = await options;
    const field = page.getByLabel(/Add a site/);
    await expect.poll(() => field.inputValue(), { timeout: 15_000 }).toBe('forum.example.org');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('add-site');
    await page.close();
    await forum.close();
  });

  it('on a watched site with nothing typed says there are no warnings so far, naming the site', async () => {
    await routeFakeSites(browser.context, readFileSync(TEST_PAGES_BUNDLE, 'utf8'));
    const site = await browser.context.newPage();
    await site.goto(siteUrl('lexical'));
    const popup = await clickToolbarButton(browser, site);
    await expect
      .poll(() => popup.evaluate<string>('document.body.innerText'), { timeout: 15_000 })
      .toMatch(/No warnings so far in what you are writing on Facebook\./);
    await site.close();
  });

  it('with five or more warnings in working time fits its 600 px without scrolling', async () => {
    await storeSettings(browser.worker, duringWorkingTime(settings));
    await routeFakeSites(browser.context, readFileSync(TEST_PAGES_BUNDLE, 'utf8'));
    const site = await browser.context.newPage();
    await site.goto(siteUrl('textarea'));
    await site.locator(EDITOR_SELECTOR).first().click();
    const post =
      'Well done Millie and Grace Bird! Ring me on 07700 900123 or email jo.bloggs@gmail.com. Old Park Primary rocks.';
    // As many warnings as the checker raises for this post (two pupils, the school, a phone
    // number, an email address, and whatever else the rules of the day find).
    const expected = createChecker(settings as unknown as SchoolSettings).check(post).length;
    expect(expected).toBeGreaterThanOrEqual(5);
    await site.keyboard.type(post);
    const tabId = await activeTabId(browser.worker);
    await expect
      .poll(() => badgeText(browser.worker, tabId), { timeout: 15_000 })
      .toBe(String(expected));
    const popup = await clickToolbarButton(browser, site);
    await expect
      .poll(() => popup.evaluate<number>('document.querySelectorAll(".finding").length'), {
        timeout: 15_000,
      })
      .toBe(expected);
    const work = await popup.evaluate<string>(
      'document.querySelector(".work-status summary").innerText',
    );
    expect(work).toMatch(/^Working time until .* · clause 6\.13$/);
    // Every warning and the working-time note are one line each: content no taller than
    // one line of text (padding aside).
    const lines = await popup.evaluate<number[]>(
      `[...document.querySelectorAll(".finding summary, .work-status summary")].map((s) => {
        const style = getComputedStyle(s);
        const content = s.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return content / parseFloat(style.lineHeight);
      })`,
    );
    expect(lines).toHaveLength(expected + 1);
    for (const count of lines) expect(count).toBeLessThan(1.5);
    expect(
      await popup.evaluate<number>('document.documentElement.scrollHeight'),
    ).toBeLessThanOrEqual(600);
    await site.close();
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
