// The school office's path in real Chromium: open the real options page, save the school's
// name and import an MIS export with the keyboard, then see a compose box warn about a pupil
// from that file straight away.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASS_LIST_FIXTURES } from '../class-list-fixtures';
import sample from '../../lib/sample/sample-settings.json';
import { activeTabId, badgeText, storeSettings, type ExtensionBrowser } from './chromium';
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

    // Keyboard only: type the school's name and press Enter to save the profile.
    await options.getByLabel('School name').focus();
    await options.keyboard.type('Old Park Primary School');
    await options.keyboard.press('Enter');
    await options.getByRole('heading', { name: 'Staff' }).waitFor();
    const classList = options.getByLabel('Import class list');

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

  it('Import settings shows what changes, asks before replacing, and can be undone', async () => {
    await storeSettings(browser.worker, sample);
    // Next year's file: Year 4 Oak has moved up, two pupils have left, no timetable yet.
    const { workingHours: _none, ...next } = structuredClone(sample);
    next.classes[0]!.name = 'Year 5 Oak';
    next.classes[0]!.pupils = next.classes[0]!.pupils.slice(2);
    const file = join(mkdtempSync(join(tmpdir(), 'byp-settings-')), 'next-year.json');
    writeFileSync(file, JSON.stringify(next));

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const holds = (n: number) => options.getByText(`This browser holds the names of ${n} pupils`);
    await holds(10).waitFor();
    await options.getByLabel('Import settings').setInputFiles(file);
    const preview = options.getByRole('group', {
      name: 'Replace the settings in this browser with next-year.json?',
    });
    await preview.waitFor();
    expect(await preview.getByRole('row', { name: /^Pupils/ }).textContent()).toBe(
      'Pupils10 (1 restricted)8 (0 restricted) (removes 2 pupils)',
    );
    expect(await preview.getByRole('row', { name: /^Working hours/ }).textContent()).toMatch(
      /none \(no clause 6\.13 reminders\)$/,
    );
    // Nothing is replaced while the question is open; focus is on the answer.
    expect(await holds(10).count()).toBe(1);
    await expect.poll(() => focusedText(options)).toBe('Replace settings');
    await options.keyboard.press('Enter');
    await holds(8).waitFor();
    await expect
      .poll(() => options.getByRole('status').filter({ hasText: 'Imported' }).textContent())
      .toBe('Imported next-year.json: settings for Old Park Primary School and Nursery.');

    await options.getByRole('button', { name: 'Undo the import of next-year.json' }).click();
    await holds(10).waitFor();
    expect(await options.getByText('Year 4 Oak').count()).toBeGreaterThan(0);
    await options.close();
  });
});
