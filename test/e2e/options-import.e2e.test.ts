// The school office's path in real Chromium: open the real options page, save the school's
// name and import an MIS export with the keyboard, then see a compose box warn about a pupil
// from that file straight away.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASS_LIST_FIXTURES } from '../class-list-fixtures';
import { activeTabId, badgeText, type ExtensionBrowser } from './chromium';
import { launchOnFakeSites } from './session';
import { EDITOR_SELECTOR } from './editor-helpers';
import { siteUrl } from './fake-sites';
import { OverlayProbe } from './overlay';

let browser: ExtensionBrowser;
let network: { unexpected: string[] };

beforeAll(async () => {
  ({ browser, network } = await launchOnFakeSites());
  // The fake-site router blocks every other address; the extension's own pages must load.
  await browser.context.route(/^chrome-extension:\/\//, (route) => route.continue());
});

afterAll(async () => {
  await browser?.close();
});

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('options page in Chromium', () => {
  it('imports a class list, and a compose box then warns about a pupil in it', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    expect(await options.locator('#import-class-list').count()).toBe(0);

    // Keyboard only: type the school's name and press Enter to save the profile.
    await options.getByLabel('School name').focus();
    await options.keyboard.type('Old Park Primary School');
    await options.keyboard.press('Enter');
    const classList = options.getByLabel('Import class list');
    await classList.waitFor();

    // The file chooser is the browser's own dialog; Playwright hands the file to the input.
    await classList.setInputFiles(join(CLASS_LIST_FIXTURES, 'bromcom.csv'));
    await expect
      .poll(() => options.locator('#preview-heading').textContent())
      .toBe('Preview of bromcom.csv: 4 pupils in 1 class');
    // Focus has moved to Save, so Enter saves.
    await expect.poll(() => focusedText(options)).toBe('Save 4 pupils');
    await options.keyboard.press('Enter');
    await expect
      .poll(() => options.getByRole('status').filter({ hasText: 'pupils from' }).textContent())
      .toBe('Saved 4 pupils from bromcom.csv.');
    await expect
      .poll(() => options.getByText(/This browser holds the names of 4 pupils/).count())
      .toBe(1);

    const site = await browser.context.newPage();
    await site.goto(siteUrl('textarea'));
    await site.locator(EDITOR_SELECTOR).first().click();
    const tabId = await activeTabId(browser.worker);
    await site.keyboard.type('Lovely reading from Freya Holt in assembly today', { delay: 5 });
    await expect.poll(() => badgeText(browser.worker, tabId), { timeout: 5000 }).not.toBe('');
    const overlay = await OverlayProbe.of(site);
    await overlay.click('.indicator');
    await expect.poll(() => overlay.text('.card'), { timeout: 5000 }).toContain('Freya');
    await overlay.detach();
    expect(network.unexpected).toEqual([]);
  });

  it('a broken file is refused with an announced error and changes nothing', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options
      .getByLabel('Import class list')
      .setInputFiles(join(CLASS_LIST_FIXTURES, 'broken-no-surname-column.csv'));
    await expect
      .poll(() => options.getByRole('alert').first().textContent())
      .toMatch(/found no surname column/);
    expect(await options.getByText(/This browser holds the names of 4 pupils/).count()).toBe(1);
  });
});
