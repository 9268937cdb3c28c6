// Attachments and sign-up fields in real Chromium: a JPEG the test writes, with and without
// a GPS position, attached through the compose area's file input; a photo-restricted pupil
// named beside a picture; a school address typed into an email field (clause 6.10).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { OverlayProbe } from './overlay';

const checker = createChecker(sample as SchoolSettings);
const textCount = (text: string) => checker.check(text).length;

let browser: ExtensionBrowser;

beforeAll(async () => {
  ({ browser } = await launchOnFakeSites(duringWorkingTime(sample)));
});

afterAll(async () => {
  await browser?.close();
});

/**
 * A file on disk, as the person's file chooser gives it: Playwright hands a path to Chromium
 * (trusted events); a file made in the page would be a script's, and ignored.
 */
function fileOnDisk(name: string, bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'before-you-post-')), name);
  writeFileSync(path, bytes);
  return path;
}

async function composeWithPhoto(text: string, photo: Uint8Array, name = 'IMG_0042.jpg') {
  const page = await browser.context.newPage();
  await page.goto(siteUrl('tiptap'));
  const frame = await editorFrame(page, 'tiptap');
  await frame.locator(EDITOR_SELECTOR).first().click();
  const tabId = await activeTabId(browser.worker);
  await page.keyboard.type(text);
  await page.locator('input.attach').setInputFiles(fileOnDisk(name, photo));
  const overlay = await OverlayProbe.of(page);
  // The indicator is there from the start; wait for it to count the attachment.
  await expect.poll(() => overlay.text('.indicator .count'), { timeout: 10_000 }).not.toBe('✓');
  await overlay.click('.indicator');
  return { page, overlay, badge: () => badgeText(browser.worker, tabId) };
}

describe('attachments', () => {
  it('warns that a photo with a GPS position shows where it was taken, and counts it', async () => {
    const text = 'Great day out';
    const photo = makeJpeg({ gps: { latitude: 52.6776, longitude: -2.4497 } });
    const { page, overlay, badge } = await composeWithPhoto(text, photo);
    const warning = '[data-attachment="photo-location"]';
    await expect.poll(() => overlay.count(warning)).toBe(1);
    const said = await overlay.text(warning);
    expect(said).toContain('IMG_0042.jpg');
    expect(said).toContain('where it was taken');
    expect(said).toContain('6.15');
    expect(said).toContain('A.5.2');
    expect(said).toContain('iPhone');
    await expect.poll(badge).toBe(String(textCount(text) + 1));
    expect(await overlay.count('.reminder')).toBe(1);
    await page.close();
  });

  it('shows only the 6.9 reminder for a photo without a position', async () => {
    const { page, overlay, badge } = await composeWithPhoto(
      'Great day out',
      makeJpeg({ exif: true }),
    );
    await expect.poll(() => overlay.count('.reminder')).toBe(1);
    expect(await overlay.text('.reminder')).toContain('6.9');
    // Give the background time to read the bytes: still no location warning.
    await page.waitForTimeout(500);
    expect(await overlay.count('[data-attachment]')).toBe(0);
    expect(await badge()).toBe('');
    await page.close();
  });

  it('raises a high warning when a photo-restricted pupil is named beside a picture', async () => {
    const text = 'Kacper scored the winning goal';
    const { page, overlay, badge } = await composeWithPhoto(
      text,
      makeJpeg({ exif: true }),
      'match.jpg',
    );
    const warning = '[data-attachment="photo-restricted-pupil"]';
    await expect.poll(() => overlay.count(warning)).toBe(1);
    expect(await overlay.text(warning)).toContain('Kacper must not appear in photos');
    expect(await overlay.attribute(warning, 'class')).toContain('high');
    // Listed first, above the do-not-name warning on the same name.
    expect(await overlay.attribute('li.finding', 'data-attachment')).toBe('photo-restricted-pupil');
    expect(await overlay.texts('.restricted-label')).toEqual(
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
    // The note is drawn in a closed shadow root, like the overlay.
    const note = await OverlayProbe.of(page, undefined, 'before-you-post-note');
    await expect.poll(() => note.count('.note'), { timeout: 5000 }).toBe(1);
    expect(await note.text('.note')).toContain('personal social media');
    expect(await note.text('.note')).toContain('6.10');
    await field.fill('dawn.hughes@example.com');
    await field.blur();
    await expect.poll(() => note.hosts(), { timeout: 5000 }).toBe(0);
    await page.close();
  });
});
