// The keyboard shortcut in real Chromium: the browser gives the extension its suggested
// key, and the command opens the warnings card with focus inside it; Escape, Close or the
// shortcut again put focus back in the editor with the caret where it was.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../lib/engine';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import type { EditorName } from '../pages/build';
import { activeTabId, badgeText, duringWorkingTime, EXTENSION_DIR } from './chromium';
import { launchOnFakeSites } from './session';
import type { ExtensionBrowser } from './chromium';
import { EDITOR_SELECTOR, editorState } from './editor-helpers';
import { siteUrl } from './fake-sites';
import { OVERLAY_TAG, OverlayProbe } from './overlay';

/** The extension APIs used inside the service worker (no @types/chrome here). */
declare const chrome: {
  commands: {
    getAll(): Promise<{ name?: string; shortcut?: string }[]>;
    onCommand: { dispatch(command: string, tab: unknown): void };
  };
  tabs: { get(id: number): Promise<unknown> };
};

const COMMAND = 'show-warnings';
const PUPIL_POST = 'So proud of Millie today! Her mum can ring me on 07700 900123 about it.';
const checker = createChecker(sample as SchoolSettings);

let browser: ExtensionBrowser;

beforeAll(async () => {
  ({ browser } = await launchOnFakeSites(duringWorkingTime(sample)));
});

afterAll(async () => {
  await browser?.close();
});

/**
 * What Chromium does when the person presses the shortcut: it calls the background's
 * `commands.onCommand` listeners with the command and the active tab. Headless Chromium
 * does not route Playwright's key presses (CDP input events, sent to the page) through the
 * browser's extension-command accelerators, so the test fires the same event in the
 * service worker; everything after it — background, content script, overlay — is real.
 */
function pressShortcut(tabId: number): Promise<void> {
  return browser.worker.evaluate(
    async ({ command, id }) =>
      chrome.commands.onCommand.dispatch(command, await chrome.tabs.get(id)),
    { command: COMMAND, id: tabId },
  );
}

/** Where focus is: in the editor, in the card (our closed shadow root), or elsewhere. */
async function focusIn(frame: Frame, overlay: OverlayProbe): Promise<'editor' | 'card' | string> {
  const outside = await frame.evaluate(
    ({ selector, tag }) => {
      const active = document.activeElement;
      if (active?.matches(selector)) return 'editor';
      return active?.localName === tag ? 'overlay' : (active?.localName ?? 'nothing');
    },
    { selector: EDITOR_SELECTOR, tag: OVERLAY_TAG },
  );
  return outside === 'overlay' ? `${(await overlay.focus()) ?? 'overlay host'}` : outside;
}

it('is given its suggested key by Chromium (a key Chromium keeps for itself is dropped)', async () => {
  const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const suggested: string = manifest.commands[COMMAND].suggested_key.default;
  const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
  expect(commands.find((c) => c.name === COMMAND)?.shortcut).toBe(suggested);
});

describe.each(['lexical', 'textarea'] as const satisfies EditorName[])('%s', (editor) => {
  it('opens the card with focus in it; Escape, Close and the shortcut give focus back', async () => {
    const page = await browser.context.newPage();
    await page.goto(siteUrl(editor));
    const frame = page.mainFrame();
    await page.locator(EDITOR_SELECTOR).first().click();
    const tabId = await activeTabId(browser.worker);
    await page.keyboard.type(PUPIL_POST);
    const count = String(checker.check(PUPIL_POST).length);
    await expect.poll(() => badgeText(browser.worker, tabId), { timeout: 10_000 }).toBe(count);
    const overlay = await OverlayProbe.of(page);
    // The overlay has the warnings.
    await expect.poll(() => overlay.text('.indicator .count')).toBe(count);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');

    for (const close of ['Escape', 'Close button', 'shortcut'] as const) {
      await pressShortcut(tabId);
      await expect.poll(() => overlay.count('.card')).toBe(1);
      await expect.poll(() => focusIn(frame, overlay)).toBe('card');
      expect(await overlay.text('.card')).toContain('Millie');
      if (close === 'Escape') await page.keyboard.press('Escape');
      if (close === 'Close button') {
        // Focus is on the card's first control: Tab to Close, as a keyboard user would.
        await overlay.evaluate((root) =>
          [...root.querySelectorAll<HTMLElement>('.card button')]
            .find((b) => b.textContent === 'Close')
            ?.focus(),
        );
        await page.keyboard.press('Enter');
      }
      if (close === 'shortcut') await pressShortcut(tabId);
      await expect.poll(() => overlay.count('.card')).toBe(0);
      expect(await focusIn(frame, overlay), `after ${close}`).toBe('editor');
      expect(await editorState(frame), `after ${close}`).toEqual({
        text: PUPIL_POST,
        caretFromEnd: 4,
      });
    }
    // Typing goes on at the caret.
    await page.keyboard.type('AB');
    expect((await editorState(frame)).text).toBe(
      `${PUPIL_POST.slice(0, -4)}AB${PUPIL_POST.slice(-4)}`,
    );
    await overlay.detach();
    await page.close();
  });
});

it('opens the same card when the post has become clean, and gives focus back', async () => {
  const page = await browser.context.newPage();
  await page.goto(siteUrl('textarea'));
  await page.locator(EDITOR_SELECTOR).first().click();
  const tabId = await activeTabId(browser.worker);
  const badge = () => badgeText(browser.worker, tabId);
  await page.keyboard.type(PUPIL_POST);
  await expect.poll(badge, { timeout: 10_000 }).not.toBe('');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('What a lovely sunny day at the beach.');
  await expect.poll(badge).toBe('');
  const overlay = await OverlayProbe.of(page);
  await expect.poll(() => overlay.text('.indicator .count')).toBe('✓');
  // The shortcut does what it always does (a card that opened only when something was found
  // would tell the page so): the card says there is nothing to check.
  await pressShortcut(tabId);
  await expect.poll(() => overlay.text('.card')).toContain('Nothing to check so far');
  await expect.poll(() => focusIn(page.mainFrame(), overlay)).toBe('card');
  await page.keyboard.press('Escape');
  await expect.poll(() => overlay.count('.card')).toBe(0);
  expect(await focusIn(page.mainFrame(), overlay)).toBe('editor');
  await overlay.detach();
  await page.close();
});
