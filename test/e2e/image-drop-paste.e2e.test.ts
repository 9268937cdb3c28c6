// Images dropped or pasted into the compose area in real Chromium (the file-input path is in
// attachments.e2e.test.ts): one calm 6.9 reminder however often the same image arrives, the
// location warning for a photo with a GPS position, nothing for a drop outside the compose
// area. Drops and pastes are the browser's own (trusted), as a person's are: a drag from
// outside the page through the DevTools protocol, and Ctrl+V from the real clipboard. The
// same events built by a page script are ignored (hostile-page.e2e.test.ts, watcher.test.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { OverlayProbe } from './overlay';

const TEXT = 'Great day out';
/** The smallest PNG header: enough to be an image/png file; nothing decodes it. */
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const GPS_JPEG = [...makeJpeg({ gps: { latitude: 52.6776, longitude: -2.4497 } })];
const files = mkdtempSync(join(tmpdir(), 'before-you-post-drops-'));

let browser: ExtensionBrowser;

beforeAll(async () => {
  ({ browser } = await launchOnFakeSites(duringWorkingTime(sample)));
  for (const site of [EDITOR_SITES.textarea, EDITOR_SITES.lexical, EDITOR_SITES.tiptap]) {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(site).origin,
    });
  }
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
  const overlay = await OverlayProbe.of(page);
  return { page, overlay, badge: () => badgeText(browser.worker, tabId) };
}

/** Drags a file from outside the page onto `selector` and drops it there, as a person does. */
async function drop(page: Page, selector: string, name: string, bytes: number[]) {
  const path = join(files, name);
  writeFileSync(path, Buffer.from(bytes));
  const box = (await page.locator(selector).first().boundingBox())!;
  const at = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 20) };
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files: [path], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
    await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
  }
  await cdp.detach();
}

/** Puts a small PNG on the real clipboard and pastes it with Ctrl+V (Chromium's clipboard takes PNG only). */
async function pastePng(page: Page) {
  await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 4;
    const png = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b!), 'image/png'));
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
  });
  await page.keyboard.press('ControlOrMeta+V');
}

/** Opens the card once the indicator counts the attachment (it is there from the start). */
async function openCard(overlay: OverlayProbe) {
  await expect
    .poll(async () => (await overlay.text('.indicator .count')) ?? '', { timeout: 10_000 })
    .not.toMatch(/^(✓|)$/);
  if ((await overlay.attribute('.indicator', 'aria-expanded')) !== 'true') {
    await overlay.click('.indicator');
  }
}

describe.each(['lexical', 'tiptap'] as const satisfies EditorName[])('%s', (editor) => {
  it('reminds about 6.9 once for an image dropped or pasted on the editor, however often', async () => {
    const { page, overlay, badge } = await openEditor(editor);
    await drop(page, EDITOR_SELECTOR, 'sports-day.png', PNG);
    await openCard(overlay);
    await expect.poll(() => overlay.count('.reminder')).toBe(1);
    expect(await overlay.text('.reminder')).toContain('6.9');
    await drop(page, EDITOR_SELECTOR, 'sports-day.png', PNG);
    await pastePng(page);
    await page.waitForTimeout(500); // time for both to reach the background and come back
    expect(await overlay.count('.reminder')).toBe(1);
    // A reminder, not a warning: no photo warning and no badge for an image without a position.
    expect(await overlay.count('[data-attachment]')).toBe(0);
    expect(await badge()).toBe('');
    await overlay.detach();
    await page.close();
  });

  it('warns once that a dropped photo shows where it was taken, however often it is dropped', async () => {
    const { page, overlay, badge } = await openEditor(editor);
    await drop(page, EDITOR_SELECTOR, 'IMG_0042.jpg', GPS_JPEG);
    await openCard(overlay);
    const location = '[data-attachment="photo-location"]';
    await expect.poll(() => overlay.count(location)).toBe(1);
    const said = await overlay.text(location);
    expect(said).toContain('IMG_0042.jpg');
    expect(said).toContain('where it was taken');
    await expect.poll(badge).toBe('1');
    await drop(page, EDITOR_SELECTOR, 'IMG_0042.jpg', GPS_JPEG);
    await page.waitForTimeout(500);
    expect(await overlay.count(location)).toBe(1);
    expect(await overlay.count('.reminder')).toBe(1);
    expect(await badge()).toBe('1');
    await overlay.detach();
    await page.close();
  });
});

describe('textarea', () => {
  it("reminds about 6.9 for an image pasted from the real clipboard (the browser's own paste)", async () => {
    const { page, overlay } = await openEditor('textarea');
    await pastePng(page);
    await openCard(overlay);
    await expect.poll(() => overlay.count('.reminder')).toBe(1);
    expect(await editorState(page.mainFrame())).toEqual({ text: TEXT, caretFromEnd: 0 });
    await overlay.detach();
    await page.close();
  });

  it('ignores an image dropped outside the compose area', async () => {
    const { page, overlay, badge } = await openEditor('textarea');
    await drop(page, 'h1', 'IMG_0042.jpg', GPS_JPEG);
    await page.waitForTimeout(600);
    expect(await overlay.text('.indicator .count')).toBe('✓');
    expect(await badge()).toBe('');
    // The same photo dropped on the compose box is noticed.
    await drop(page, EDITOR_SELECTOR, 'IMG_0042.jpg', GPS_JPEG);
    await expect.poll(badge, { timeout: 5000 }).toBe('1');
    await overlay.detach();
    await page.close();
  });
});
