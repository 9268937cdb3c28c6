// Pasting text in real Chromium: a post pasted from the real clipboard (Ctrl+V, the
// browser's own paste) is checked at once, not after the typing pause, and the editor keeps
// the pasted text and the caret where the paste left them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AFTER_PASTE_MS, DEBOUNCE_MS } from '../../entrypoints/content/watcher';
import { createChecker } from '../../lib/engine';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import type { EditorName } from '../pages/build';
import { activeTabId, badgeText, duringWorkingTime, measureContentScripts } from './chromium';
import { launchOnFakeSites } from './session';
import type { ExtensionBrowser } from './chromium';
import { EDITOR_SELECTOR, editorState } from './editor-helpers';
import { EDITOR_SITES, siteUrl } from './fake-sites';
import { OverlayProbe } from './overlay';

const checker = createChecker(sample as SchoolSettings);
const badgeFor = (text: string) => String(checker.check(text).length || '');
/** Typed first: a phone number, so the badge shows the checker is warm before the paste. */
const BEFORE = 'Ring me on 07700 900123 about the trip with ';
const AFTER = ' today.';
const PASTED = 'Millie from Year 4';

let browser: ExtensionBrowser;

beforeAll(async () => {
  ({ browser } = await launchOnFakeSites(duringWorkingTime(sample)));
  await measureContentScripts(browser.worker);
  for (const site of Object.values(EDITOR_SITES)) {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(site).origin,
    });
  }
});

afterAll(async () => {
  await browser?.close();
});

interface PasteTimes {
  /** When the editor's text last changed (an input event or a DOM change inside it). */
  lastChange: number;
  /** When each check of the content script started (its performance measures). */
  checks: number[];
  /** Each wait the content script chose before a check: when, and how long (ms). */
  waits: { at: number; ms: number }[];
}

describe.each(['lexical', 'textarea', 'draft'] as const satisfies EditorName[])(
  'pasting into %s',
  (editor) => {
    it('checks the pasted post at once and leaves its text and caret alone', async () => {
      const page = await browser.context.newPage();
      await page.goto(siteUrl(editor));
      await page.locator(EDITOR_SELECTOR).first().click();
      const tabId = await activeTabId(browser.worker);
      const badge = () => badgeText(browser.worker, tabId);
      await page.keyboard.type(BEFORE + AFTER);
      await expect.poll(badge, { timeout: 10_000 }).toBe(badgeFor(BEFORE + AFTER));
      for (let i = 0; i < AFTER.length; i++) await page.keyboard.press('ArrowLeft');
      // Record, in the page, when the editor's text changes and when checks run.
      await page.evaluate((selector) => {
        const box = document.querySelector(selector)!;
        // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page
        const mark = () =>
          ((window as unknown as { lastChange: number }).lastChange = performance.now());
        new MutationObserver(mark).observe(box, {
          subtree: true,
          childList: true,
          characterData: true,
        });
        document.addEventListener('input', mark, true);
        performance.clearMeasures();
      }, EDITOR_SELECTOR);
      await page.evaluate((text) => navigator.clipboard.writeText(text), PASTED);
      await page.keyboard.press('ControlOrMeta+V');

      const post = BEFORE + PASTED + AFTER;
      await expect.poll(badge, { timeout: 3000 }).toBe(badgeFor(post));
      // The overlay draws on the next frame after the badge is set.
      const overlay = await OverlayProbe.of(page);
      await expect.poll(() => overlay.text('.indicator .count')).toBe(badgeFor(post));
      await expect
        .poll(() => overlay.count('.underline'))
        .toBeGreaterThanOrEqual(checker.check(post).length);
      await overlay.detach();
      const times = await page.evaluate<PasteTimes>(() => ({
        lastChange: (window as unknown as { lastChange: number }).lastChange,
        checks: performance.getEntriesByName('before-you-post:check').map((m) => m.startTime),
        waits: performance
          .getEntriesByName('before-you-post:wait')
          .map((m) => ({ at: m.startTime, ms: (m as PerformanceMark).detail as number })),
      }));
      // The check that read the finished paste was set to run after the short paste wait,
      // not the typing pause. Read from the watcher's own decision rather than a clock,
      // which on a busy machine cannot tell a 20 ms wait from a 90 ms one.
      const afterPaste = times.checks.filter((t) => t >= times.lastChange);
      expect(afterPaste.length).toBeGreaterThan(0);
      const chosen = times.waits.filter((w) => w.at <= afterPaste[0]!).at(-1);
      expect(chosen?.ms).toBe(AFTER_PASTE_MS);
      expect(AFTER_PASTE_MS).toBeLessThan(DEBOUNCE_MS);

      expect(await editorState(page.mainFrame())).toEqual({
        text: post,
        caretFromEnd: AFTER.length,
      });
      // Typing goes on at the caret, and the warning stays.
      await page.keyboard.type('!');
      await page.waitForTimeout(250);
      expect((await editorState(page.mainFrame())).text).toBe(`${BEFORE}${PASTED}!${AFTER}`);
      await expect.poll(badge).toBe(badgeFor(`${BEFORE}${PASTED}!${AFTER}`));
      await page.close();
    });
  },
);
