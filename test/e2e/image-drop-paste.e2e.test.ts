// Images dropped or pasted into the compose area in real Chromium (the file-input path is in
// attachments.e2e.test.ts): one calm 6.9 reminder however often the same image arrives, the
// location warning for a photo with a GPS position, nothing for a drop outside the compose area.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../lib/sample/sample-settings.json';
import { makeJpeg } from '../fixtures/make-jpeg';
import type { EditorName } from '../pages/build';
import { activeTabId, badgeText, duringWorkingTime } from './chromium';
import { launchOnFakeSites } from './session';
import type { ExtensionBrowser } from './chromium';
import { EDITOR_SELECTOR, editorState } from './editor-helpers';
import { EDITOR_SITES, siteUrl } from './fake-sites';

const OVERLAY = 'before-you-post-overlay';
const TEXT = 'Great day out';
/** The smallest PNG header: enough to be an image/png file; nothing decodes it. */
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const GPS_JPEG = [...makeJpeg({ gps: { latitude: 52.6776, longitude: -2.4497 } })];

let browser: ExtensionBrowser;

beforeAll(async () => {
  ({ browser } = await launchOnFakeSites(duringWorkingTime(sample)));
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(EDITOR_SITES.textarea).origin,
  });
});

afterAll(async () => {
  await browser?.close();
});

async function openEditor(editor: EditorName) {
  const page = await browser.context.newPage();
  await page.goto(siteUrl(editor));
  await page.locator(EDITOR_SELECTOR).first().click();
  const tabId = await activeTabId(browser.worker);
  await page.keyboard.type(TEXT);
  return { page, badge: () => badgeText(browser.worker, tabId) };
}

interface Image {
  name: string;
  type: string;
  bytes: number[];
}

/**
 * Drags an image onto `selector` (dragenter, dragover, drop) or pastes it there, as the
 * browser does: the events carry a DataTransfer holding the file, built in the page.
 */
function deliver(page: Page, how: 'drop' | 'paste', selector: string, image: Image) {
  return page.evaluate(
    (args) => {
      const target = document.querySelector(args.selector)!;
      const data = new DataTransfer();
      const { bytes, name, type } = args.image;
      data.items.add(new File([new Uint8Array(bytes)], name, { type }));
      const init = { bubbles: true, cancelable: true, composed: true };
      if (args.how === 'paste') {
        target.dispatchEvent(new ClipboardEvent('paste', { ...init, clipboardData: data }));
        return;
      }
      for (const event of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(event, { ...init, dataTransfer: data }));
      }
    },
    { how, selector, image },
  );
}

const reminders = (page: Page) => page.locator(`${OVERLAY} .reminder`);
const locationWarnings = (page: Page) =>
  page.locator(`${OVERLAY} [data-attachment="photo-location"]`);

async function openCard(page: Page) {
  const indicator = page.locator(`${OVERLAY} .indicator`);
  await indicator.waitFor({ timeout: 5000 });
  if ((await indicator.getAttribute('aria-expanded')) !== 'true') await indicator.click();
}

describe.each(['lexical', 'tiptap'] as const satisfies EditorName[])('%s', (editor) => {
  it('reminds about 6.9 once for an image dropped or pasted on the editor, however often', async () => {
    const { page, badge } = await openEditor(editor);
    const photo = { name: 'sports-day.png', type: 'image/png', bytes: PNG };
    await deliver(page, 'drop', EDITOR_SELECTOR, photo);
    await openCard(page);
    await expect.poll(() => reminders(page).count()).toBe(1);
    expect(await reminders(page).textContent()).toContain('6.9');
    await deliver(page, 'drop', EDITOR_SELECTOR, photo);
    await deliver(page, 'paste', EDITOR_SELECTOR, photo);
    await page.waitForTimeout(500); // time for both to reach the background and come back
    expect(await reminders(page).count()).toBe(1);
    // A reminder, not a warning: no photo warning and no badge for an image without a position.
    expect(await page.locator(`${OVERLAY} [data-attachment]`).count()).toBe(0);
    expect(await badge()).toBe('');
    expect((await editorState(page.mainFrame())).text).toBe(TEXT);
    await page.close();
  });

  it('warns once that a pasted, then dropped, photo shows where it was taken', async () => {
    const { page, badge } = await openEditor(editor);
    const photo = { name: 'IMG_0042.jpg', type: 'image/jpeg', bytes: GPS_JPEG };
    await deliver(page, 'paste', EDITOR_SELECTOR, photo);
    await openCard(page);
    await expect.poll(() => locationWarnings(page).count()).toBe(1);
    const said = await locationWarnings(page).textContent();
    expect(said).toContain('IMG_0042.jpg');
    expect(said).toContain('where it was taken');
    await expect.poll(badge).toBe('1');
    await deliver(page, 'drop', EDITOR_SELECTOR, photo);
    await page.waitForTimeout(500);
    expect(await locationWarnings(page).count()).toBe(1);
    expect(await reminders(page).count()).toBe(1);
    expect(await badge()).toBe('1');
    await page.close();
  });
});

describe('textarea', () => {
  it("reminds about 6.9 for an image pasted from the real clipboard (the browser's own paste)", async () => {
    const { page } = await openEditor('textarea');
    // Chromium's clipboard takes PNG images only; the paste event then carries it as a file.
    await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 4;
      const png = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b!), 'image/png'));
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    });
    await page.keyboard.press('ControlOrMeta+V');
    await openCard(page);
    await expect.poll(() => reminders(page).count()).toBe(1);
    expect(await editorState(page.mainFrame())).toEqual({ text: TEXT, caretFromEnd: 0 });
    await page.close();
  });

  it('ignores an image dropped outside the compose area', async () => {
    const { page, badge } = await openEditor('textarea');
    await deliver(page, 'drop', 'h1', {
      name: 'IMG_0042.jpg',
      type: 'image/jpeg',
      bytes: GPS_JPEG,
    });
    await page.waitForTimeout(600);
    expect(await page.locator(`${OVERLAY} .indicator`).count()).toBe(0);
    expect(await badge()).toBe('');
    // The same photo dropped on the compose box is noticed.
    await deliver(page, 'drop', EDITOR_SELECTOR, {
      name: 'IMG_0042.jpg',
      type: 'image/jpeg',
      bytes: GPS_JPEG,
    });
    await expect.poll(badge, { timeout: 5000 }).toBe('1');
    await page.close();
  });
});
