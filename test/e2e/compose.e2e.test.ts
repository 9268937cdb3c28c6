// The product's main job in real Chromium: warnings appear while typing in
// each real editor, on the real sites' addresses, without touching the editor.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../lib/engine';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import { EDITOR_NAMES, type EditorName } from '../pages/build';
import {
  activeTabId,
  badgeText,
  duringWorkingTime,
  tabFindingsAsThePopupAsks,
  type ExtensionBrowser,
} from './chromium';
import { launchOnFakeSites } from './session';
import { EDITOR_SELECTOR, editorFrame, editorState } from './editor-helpers';
import { siteUrl } from './fake-sites';
import { OverlayProbe } from './overlay';

/** Names a sample pupil and gives a phone number. */
export const PUPIL_POST = 'So proud of Millie today! Her mum can ring me on 07700 900123 about it.';
const checker = createChecker(sample as SchoolSettings);
const expectedBadge = (text: string) => {
  const n = checker.check(text).length;
  return n > 0 ? String(n) : '';
};

let browser: ExtensionBrowser;
let network: { unexpected: string[] };

beforeAll(async () => {
  ({ browser, network } = await launchOnFakeSites(duringWorkingTime(sample)));
});

afterAll(async () => {
  await browser?.close();
});

async function openEditor(editor: EditorName, query = '') {
  const page = await browser.context.newPage();
  const url = siteUrl(editor, query);
  await page.goto(url);
  const frame = await editorFrame(page, editor);
  const box = frame.locator(EDITOR_SELECTOR).first();
  await box.click();
  const tabId = await activeTabId(browser.worker);
  return { page, frame, box, tabId, badge: () => badgeText(browser.worker, tabId) };
}

describe.each(EDITOR_NAMES)('%s', (editor) => {
  it('warns about a pupil name and a phone number, and leaves text and caret alone', async () => {
    const { page, frame, box, badge } = await openEditor(editor);
    if (editor === EDITOR_NAMES[0]) {
      // It is working time (duringWorkingTime), and this is the first visit to the site:
      // the clause 6.13 note is on the page while the person types, and not over the editor.
      const note = page.getByRole('note', { name: 'Reminder: clause 6.13' });
      await note.waitFor({ timeout: 10_000 });
      const [a, b] = [await note.boundingBox(), await box.boundingBox()];
      const apart = a!.x >= b!.x + b!.width || b!.x >= a!.x + a!.width;
      expect(apart || a!.y >= b!.y + b!.height || b!.y >= a!.y + a!.height).toBe(true);
    }
    await page.keyboard.type(PUPIL_POST, { delay: 5 });
    const expected = checker.check(PUPIL_POST);
    expect(expected.map((f) => f.kind)).toEqual(
      expect.arrayContaining(['pupil-name', 'phone-number']),
    );
    await expect.poll(badge, { timeout: 3000 }).toBe(expectedBadge(PUPIL_POST));
    const overlay = await OverlayProbe.of(page, frame);
    await expect.poll(() => overlay.text('.indicator .count')).toBe(String(expected.length));
    const keys = await overlay.evaluate((root) =>
      [...root.querySelectorAll('.underline')].map((e) => e.getAttribute('data-finding')),
    );
    expect(new Set(keys).size).toBe(expected.length);
    // The card lists each warning; opening it does not take focus from the editor.
    await overlay.click('.indicator');
    for (const f of expected) await expect.poll(() => overlay.text('.card')).toContain(f.text);
    expect(await overlay.text('.card')).toContain(expected[0]!.clauses[0]!);
    // Typing continues at the caret while checks run (and the click above left focus in
    // the editor): move back 4 characters and type.
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    for (const ch of 'AB') {
      await page.keyboard.type(ch);
      await page.waitForTimeout(250); // a check and a redraw happen between keystrokes
    }
    const want = `${PUPIL_POST.slice(0, -4)}AB${PUPIL_POST.slice(-4)}`;
    const state = await editorState(frame);
    expect(state.text).toBe(want);
    expect(state.caretFromEnd).toBe(4);
    await overlay.detach();
    await page.close();
  });
});

describe('watching', () => {
  it('empties the badge when the text becomes clean', async () => {
    const { page, badge } = await openEditor('textarea');
    await page.keyboard.type(PUPIL_POST);
    await expect.poll(badge).toBe(expectedBadge(PUPIL_POST));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('What a lovely sunny day at the beach.');
    await expect.poll(badge).toBe('');
    // The indicator stays, with nothing to count: it is there whatever is found.
    const overlay = await OverlayProbe.of(page);
    await expect.poll(() => overlay.text('.indicator .count')).toBe('✓');
    await page.close();
  });

  it('drops a dismissed warning for the rest of the post', async () => {
    const { page, badge } = await openEditor('quill');
    await page.keyboard.type(PUPIL_POST);
    const before = checker.check(PUPIL_POST).length;
    await expect.poll(badge).toBe(String(before));
    const overlay = await OverlayProbe.of(page);
    await overlay.click('.indicator');
    await overlay.click('.card button', 'Not a pupil');
    await expect.poll(badge).toBe(String(before - 1));
    await page.keyboard.press('End');
    await page.keyboard.type(' Millie again.');
    await page.waitForTimeout(400);
    expect(await badge()).toBe(String(before - 1));
    await page.close();
  });

  it('watches an editor added seconds after the page loaded', async () => {
    const page = await browser.context.newPage();
    const url = siteUrl('lexical', '&late=1500');
    await page.goto(url);
    await page.waitForTimeout(1800);
    await page.locator(EDITOR_SELECTOR).first().click();
    await page.keyboard.type(PUPIL_POST);
    const tabId = await activeTabId(browser.worker);
    await expect.poll(() => badgeText(browser.worker, tabId)).toBe(expectedBadge(PUPIL_POST));
    await page.close();
  });

  it('follows an editor re-created after a pushState route change', async () => {
    const { page, tabId, badge } = await openEditor('draft');
    await page.keyboard.type(PUPIL_POST);
    await expect.poll(badge).toBe(expectedBadge(PUPIL_POST));
    await page.evaluate(() => (window as unknown as { routeTo(p: string): void }).routeTo('/home'));
    // The old editor is gone, so its warnings no longer count.
    await expect.poll(badge, { timeout: 3000 }).toBe('');
    await page.locator(EDITOR_SELECTOR).first().click();
    await page.keyboard.type(`Also ${PUPIL_POST}`);
    await expect
      .poll(() => badgeText(browser.worker, tabId))
      .toBe(expectedBadge(`Also ${PUPIL_POST}`));
    await page.close();
  });

  it('reminds about clause 6.9 once when a photo is attached', async () => {
    const { page } = await openEditor('tiptap');
    await page.keyboard.type('Great day out');
    // A path, as the file chooser gives it (trusted events); a file made in the page is ignored.
    const path = join(mkdtempSync(join(tmpdir(), 'before-you-post-')), 'trip.png');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await page.locator('input.attach').setInputFiles(path);
    const overlay = await OverlayProbe.of(page);
    await expect.poll(() => overlay.text('.indicator .count')).toBe('!');
    await overlay.click('.indicator');
    await expect.poll(() => overlay.count('.reminder')).toBe(1);
    expect(await overlay.text('.reminder')).toContain('6.9');
    await page.close();
  });

  it('waits while an input method is composing, then checks', async () => {
    const { page, badge } = await openEditor('contenteditable');
    // A real composition, as an input method makes it (trusted events; a script's
    // compositionstart would be ignored): the post is composed, then committed.
    const ime = await page.context().newCDPSession(page);
    await ime.send('Input.imeSetComposition', {
      text: PUPIL_POST,
      selectionStart: PUPIL_POST.length,
      selectionEnd: PUPIL_POST.length,
    });
    await page.waitForTimeout(500);
    expect(await badge()).toBe('');
    await ime.send('Input.insertText', { text: PUPIL_POST });
    await expect.poll(badge).toBe(expectedBadge(PUPIL_POST));
    await ime.detach();
    await page.close();
  });

  it("answers the popup's request for a tab's warnings", async () => {
    const { page, tabId, badge } = await openEditor('slate');
    await page.keyboard.type(PUPIL_POST);
    await expect.poll(badge).toBe(expectedBadge(PUPIL_POST));
    const answer = await tabFindingsAsThePopupAsks(browser, tabId);
    expect(answer.tabId).toBe(tabId);
    expect(answer.findings.map((f) => f.text)).toEqual(
      checker.check(PUPIL_POST).map((f) => f.text),
    );
    await page.close();
  });

  it('sends no request out of the browser', () => {
    expect(network.unexpected).toEqual([]);
  });
});
