// The Firefox build (MV2) in Debian's Firefox ESR, as a temporary add-on (test/e2e/firefox.ts):
// import the school's settings file on the options page, write a post on a stand-in x.com, and
// see the overlay, the toolbar badge and the popup agree, and a click on the name open its card;
// a reply under a post, whose warning names the post's group; open the policy at a clause; the toolbar title and the shortcut; and no errors from any part
// of the extension along the way.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../lib/sample/sample-settings.json';
import { EDITOR_SELECTOR } from './editor-helpers';
import { siteUrl } from './fake-sites';
import { firefoxOverlay } from './firefox-overlay';
import {
  launchFirefoxWithExtension,
  type ExtensionGlobal,
  type FirefoxWithExtension,
} from './firefox';
import { TEST_PAGES_BUNDLE } from './global-setup';

/** Names a sample pupil (Millie, Year 4 Oak) and gives a mobile number: two warnings. */
const POST = 'Well done Millie today! My new number is 07700 900123.';

let firefox: FirefoxWithExtension;
let settingsDir: string;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension(readFileSync(TEST_PAGES_BUNDLE, 'utf8'));
  // No timetable, so nothing depends on the time the test runs.
  const { workingHours: _none, ...settings } = sample;
  settingsDir = mkdtempSync(join(tmpdir(), 'before-you-post-settings-'));
  writeFileSync(join(settingsDir, 'school-settings.json'), JSON.stringify(settings));
});

afterAll(async () => {
  await firefox?.close();
  if (settingsDir) rmSync(settingsDir, { recursive: true, force: true });
});

describe('the Firefox build in Firefox ESR', () => {
  it('imports the settings file through the input labelled "Import settings"', async () => {
    const options = await firefox.openExtensionPage('options.html');
    const inputId = await options.waitForFunction(
      () =>
        [...document.querySelectorAll('label')].find((l) => l.textContent === 'Import settings')
          ?.htmlFor,
      { timeout: 15_000 },
    );
    const input = (await options.$(
      `#${await inputId.jsonValue()}`,
    )) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(settingsDir, 'school-settings.json'));
    await options.waitForFunction(
      () =>
        [...document.querySelectorAll('[role="status"]')].some(
          (s) =>
            s.textContent ===
            'Imported school-settings.json: settings for Old Park Primary School and Nursery.',
        ),
      { timeout: 15_000 },
    );
    await options.close();
  });

  it('a post on x.com: the overlay, the toolbar badge and the popup show the same two warnings', async () => {
    const site = await firefox.openSite(siteUrl('draft'));
    const editor = await site.waitForSelector(EDITOR_SELECTOR, { timeout: 15_000 });
    await editor!.click();
    const tabId = await firefox.activeTabId();
    await site.keyboard.type(POST);

    // The overlay's shadow root is closed to the page: read through WebDriver BiDi.
    const overlay = firefoxOverlay(firefox.browser, site);
    await expect.poll(() => overlay.text('.indicator .count'), { timeout: 15_000 }).toBe('2');
    await expect.poll(() => firefox.badgeText(tabId), { timeout: 15_000 }).toBe('2');
    await overlay.click('.indicator');
    await expect.poll(() => overlay.text('.card'), { timeout: 5000 }).toContain('Millie');

    // The card's link asks the background to open the popup for this tab.
    const fromCard = firefox.nextExtensionPage(`popup.html?tab=${tabId}`);
    await overlay.click('.card .actions a');
    for (const popup of [
      await fromCard,
      await firefox.openExtensionPage(`popup.html?tab=${tabId}`),
    ]) {
      await popup.waitForFunction(() => document.querySelectorAll('.finding').length === 2, {
        timeout: 15_000,
      });
      expect(await popup.$eval('.finding q', (q) => q.textContent)).toBe('Millie');
      expect(await popup.evaluate(() => document.body.textContent)).not.toMatch(/looks fine/);
      await popup.close();
    }

    // A click on the underlined name opens its own card by its words, showing the shortcut
    // as Firefox has it assigned.
    await site.bringToFront();
    await overlay.click('.card-head .close');
    await expect.poll(() => overlay.text('.card')).toBeNull();
    const name = (await overlay.rect('.underline[data-finding^="pupil-name"]'))!;
    await site.mouse.click((name.left + name.right) / 2, name.top - 6);
    await expect.poll(() => overlay.text('.card.word .flagged')).toBe('Millie');
    expect(await overlay.text('.card.word .shortcut kbd')).toBe('Alt+Shift+Y');
    const card = (await overlay.rect('.card.word'))!;
    expect(card.top >= name.bottom || card.bottom <= name.top, 'beside the words, not over').toBe(
      true,
    );
    await site.close();
  });

  it("a reply under the council's post on x.com: the warning names the council", async () => {
    const thread = 'Statement from the council: the youth centre on Brook Street closes on Friday.';
    const site = await firefox.openSite(siteUrl('draft', `&thread=${encodeURIComponent(thread)}`));
    const editor = await site.waitForSelector(EDITOR_SELECTOR, { timeout: 15_000 });
    await editor!.click();
    const tabId = await firefox.activeTabId();
    await site.keyboard.type('They should be ashamed of themselves.');
    const overlay = firefoxOverlay(firefox.browser, site);
    await expect.poll(() => firefox.badgeText(tabId), { timeout: 15_000 }).toBe('1');
    await overlay.click('.indicator');
    await expect
      .poll(() => overlay.text('.card'), { timeout: 5000 })
      .toContain('This could read as an attack on the council.');
    await site.close();
  });

  it('opens the policy at clause 6.13 from policy.html#6.13', async () => {
    const policy = await firefox.openExtensionPage('policy.html#6.13');
    const target = await policy.waitForSelector('[aria-current="location"]', { timeout: 15_000 });
    expect(await target!.evaluate((el) => el.id)).toBe('6.13');
    expect(await target!.evaluate((el) => el.textContent)).toMatch(
      /personal use of social media while at work/,
    );
    await policy.close();
  });

  it('titles the toolbar button and gives the extension its suggested shortcut', async () => {
    const { title, commands } = await firefox.extensionPage.evaluate(async () => {
      const ext = (globalThis as unknown as ExtensionGlobal).browser;
      return { title: await ext.browserAction.getTitle({}), commands: await ext.commands.getAll() };
    });
    expect(title).toBe('Before You Post — no working hours set');
    expect(commands).toContainEqual(
      expect.objectContaining({ name: 'show-warnings', shortcut: 'Alt+Shift+Y' }),
    );
  });

  it('logged no errors anywhere in the extension, and nothing left the browser', () => {
    expect(firefox.errors).toEqual([]);
    expect(firefox.unexpectedRequests).toEqual([]);
  });
});
