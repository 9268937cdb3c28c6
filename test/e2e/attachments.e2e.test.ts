// Attachments and sign-up fields in real Chromium: a JPEG the test writes, with and without
// a GPS position, attached through the compose area's file input; a photo-restricted pupil
// named beside a picture; a school address typed into an email field (clause 6.10).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../lib/engine';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import { makeJpeg } from '../fixtures/make-jpeg';
import { activeTabId, badgeText, duringWorkingTime } from './chromium';
import { launchOnFakeSites } from './session';
import type { ExtensionBrowser } from './chromium';
import { EDITOR_SELECTOR, editorFrame } from './editor-helpers';
import { siteUrl } from './fake-sites';

const checker = createChecker(sample as SchoolSettings);
const textCount = (text: string) => checker.check(text).length;
const OVERLAY = 'before-you-post-overlay';

let browser: ExtensionBrowser;

beforeAll(async () => {
  ({ browser } = await launchOnFakeSites(duringWorkingTime(sample)));
});

afterAll(async () => {
  await browser?.close();
});

async function composeWithPhoto(text: string, photo: Uint8Array, name = 'IMG_0042.jpg') {
  const page = await browser.context.newPage();
  await page.goto(siteUrl('tiptap'));
  const frame = await editorFrame(page, 'tiptap');
  await frame.locator(EDITOR_SELECTOR).first().click();
  const tabId = await activeTabId(browser.worker);
  await page.keyboard.type(text);
  await page
    .locator('input.attach')
    .setInputFiles({ name, mimeType: 'image/jpeg', buffer: Buffer.from(photo) });
  await page.locator(`${OVERLAY} .indicator`).click();
  return { page, badge: () => badgeText(browser.worker, tabId) };
}

describe('attachments', () => {
  it('warns that a photo with a GPS position shows where it was taken, and counts it', async () => {
    const text = 'Great day out';
    const photo = makeJpeg({ gps: { latitude: 52.6776, longitude: -2.4497 } });
    const { page, badge } = await composeWithPhoto(text, photo);
    const warning = page.locator(`${OVERLAY} [data-attachment="photo-location"]`);
    await expect.poll(() => warning.count()).toBe(1);
    const said = await warning.textContent();
    expect(said).toContain('IMG_0042.jpg');
    expect(said).toContain('where it was taken');
    expect(said).toContain('6.15');
    expect(said).toContain('A.5.2');
    expect(said).toContain('iPhone');
    await expect.poll(badge).toBe(String(textCount(text) + 1));
    expect(await page.locator(`${OVERLAY} .reminder`).count()).toBe(1);
    await page.close();
  });

  it('shows only the 6.9 reminder for a photo without a position', async () => {
    const { page, badge } = await composeWithPhoto('Great day out', makeJpeg({ exif: true }));
    const reminders = page.locator(`${OVERLAY} .reminder`);
    await expect.poll(() => reminders.count()).toBe(1);
    expect(await reminders.textContent()).toContain('6.9');
    // Give the background time to read the bytes: still no location warning.
    await page.waitForTimeout(500);
    expect(await page.locator(`${OVERLAY} [data-attachment]`).count()).toBe(0);
    expect(await badge()).toBe('');
    await page.close();
  });

  it('raises a high warning when a photo-restricted pupil is named beside a picture', async () => {
    const text = 'Kacper scored the winning goal';
    const { page, badge } = await composeWithPhoto(text, makeJpeg({ exif: true }), 'match.jpg');
    const warning = page.locator(`${OVERLAY} [data-attachment="photo-restricted-pupil"]`);
    await expect.poll(() => warning.count()).toBe(1);
    expect(await warning.textContent()).toContain('Kacper must not appear in photos');
    expect(await warning.getAttribute('class')).toContain('high');
    // Listed first, above the do-not-name warning on the same name.
    const first = page.locator(`${OVERLAY} li.finding`).first();
    expect(await first.getAttribute('data-attachment')).toBe('photo-restricted-pupil');
    expect(await page.locator(`${OVERLAY} .restricted-label`).allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Do not name')]),
    );
    await expect.poll(badge).toBe(String(textCount(text) + 1));
    await page.close();
  });
});

describe('school email in a sign-up form (6.10)', () => {
  it('reminds once when a school address is typed, and goes when it is changed', async () => {
    const page = await browser.context.newPage();
    await page.goto(siteUrl('textarea'));
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'email';
      input.className = 'signup-email';
      document.body.prepend(input);
    });
    const field = page.locator('input.signup-email');
    await field.click();
    await page.keyboard.type('ms.hughes@oldpark.example.sch.uk', { delay: 5 });
    const note = page.locator('before-you-post-note .note');
    await expect.poll(() => note.count(), { timeout: 5000 }).toBe(1);
    expect(await note.textContent()).toContain('personal social media');
    expect(await note.textContent()).toContain('6.10');
    await field.fill('dawn.hughes@example.com');
    await field.blur();
    await expect.poll(() => note.count(), { timeout: 5000 }).toBe(0);
    await page.close();
  });
});
