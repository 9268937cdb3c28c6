// The overlay as a person meets it in real Chromium (issue 17): a click on an underlined word
// opens that warning's card by its words (the click still puts the caret there), clear of the
// box's bottom edge; the count opens a grouped list whose header stays in view at 200 % zoom
// and in a 400 px window; Tab reaches the count right after the editor; focus moves on after
// a dismissal and back to the editor at the end; an RTL page gets an LTR card; axe-core finds
// nothing on the open card or list, light or dark.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../lib/sample/sample-settings.json';
import { axeViolations } from './axe';
import { activeTabId, badgeText, type ExtensionBrowser } from './chromium';
import { EDITOR_SELECTOR, editorState } from './editor-helpers';
import type { EditorName } from '../pages/build';
import { siteUrl } from './fake-sites';
import { OVERLAY_TAG, OverlayProbe } from './overlay';
import { launchOnFakeSites } from './session';

/** The service worker's chrome.* used to press the shortcut (as shortcut.e2e.test.ts does). */
declare const chrome: {
  commands: {
    getAll(): Promise<{ name?: string; shortcut?: string }[]>;
    onCommand: { dispatch(command: string, tab: unknown): void };
  };
  tabs: { get(id: number): Promise<unknown> };
};

// No timetable: the clause 6.13 note is not on the page.
const { workingHours: _noTimetable, ...settings } = sample;

let browser: ExtensionBrowser;

beforeAll(async () => {
  ({ browser } = await launchOnFakeSites(settings));
});

afterAll(async () => {
  await browser?.close();
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

async function openTextarea(
  prepare?: (page: Page) => Promise<void>,
  editor: EditorName = 'textarea',
) {
  const page = await browser.context.newPage();
  await page.goto(siteUrl(editor));
  const box = page.locator(EDITOR_SELECTOR).first();
  await box.waitFor();
  if (prepare) await prepare(page);
  await box.click();
  const tabId = await activeTabId(browser.worker);
  const overlay = await OverlayProbe.of(page);
  const badge = () => badgeText(browser.worker, tabId);
  const boxRect = async (): Promise<Box> => {
    const b = (await box.boundingBox())!;
    return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height };
  };
  return { page, box, tabId, overlay, badge, boxRect };
}

/** A rectangle inside our closed root, in viewport coordinates. */
function rectOf(overlay: OverlayProbe, selector: string): Promise<Box | null> {
  return overlay.evaluate((root, s) => {
    const r = root.querySelector(s)?.getBoundingClientRect();
    return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  }, selector);
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/** The band around the box's bottom edge where sites put Post (lib/dom/card-placement.ts). */
const bottomBand = (b: Box): Box => ({ ...b, top: b.bottom - 8, bottom: b.bottom + 56 });

function pressShortcut(tabId: number): Promise<void> {
  return browser.worker.evaluate(
    async (id) => chrome.commands.onCommand.dispatch('show-warnings', await chrome.tabs.get(id)),
    tabId,
  );
}

/** What holds focus: the editor, our count or card (by its item or control), or the page's. */
async function focusIn(frame: Frame, overlay: OverlayProbe): Promise<string> {
  const outside = await frame.evaluate(
    ({ selector, tag }) => {
      const active = document.activeElement;
      if (active?.matches(selector)) return 'editor';
      if (active?.localName === tag) return 'overlay';
      return active ? `${active.localName}${active.className ? `.${active.className}` : ''}` : '';
    },
    { selector: EDITOR_SELECTOR, tag: OVERLAY_TAG },
  );
  if (outside !== 'overlay') return outside;
  const inside = await overlay.evaluate((root) => {
    const a = root.activeElement;
    if (!a) return 'overlay host';
    if (a.classList.contains('indicator')) return 'count';
    const item = a.getAttribute('data-item');
    return item ? `item ${item.split(':')[0]}` : `card ${a.textContent?.trim()}`;
  });
  return inside ?? 'overlay host';
}

/** Presses the focused warning's dismiss button from the keyboard. */
async function dismissFocused(page: Page, overlay: OverlayProbe) {
  await overlay.evaluate((root) =>
    root.activeElement?.querySelector<HTMLElement>('button.dismiss')?.focus(),
  );
  await page.keyboard.press('Enter');
}

/** axe-core cannot enter a closed shadow root: the root's markup and styles, in an open one. */
async function axeOnOverlay(page: Page, overlay: OverlayProbe, background: string) {
  const html = (await overlay.evaluate((root) => root.innerHTML))!;
  const copy = await browser.context.newPage();
  await copy.setViewportSize(page.viewportSize() ?? { width: 1280, height: 720 });
  await copy.setContent(
    `<!doctype html><html lang="en"><head><title>Overlay copy</title></head><body style="margin:0;background:${background};color:${background === '#18191a' ? '#e4e6eb' : '#1c1e21'}"><main><h1>Page</h1></main></body></html>`,
  );
  await copy.evaluate((markup) => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = markup;
    document.body.append(host);
  }, html);
  const violations = await axeViolations(copy);
  await copy.close();
  return violations;
}

describe.each<EditorName>(['textarea', 'lexical'])('one warning at its words (%s)', (editor) => {
  it('opens on a click on the underlined word, by its words and clear of the bottom edge; the caret goes where clicked', async () => {
    const { page, overlay, badge, boxRect } = await openTextarea(undefined, editor);
    // The live region is there, empty, before it has anything to say.
    await expect.poll(() => overlay.count('[role="status"]')).toBe(1);
    expect(await overlay.text('[role="status"]')).toBe('');
    // Millie on the box's last line, just above its bottom edge.
    const post = 'Lovely assembly.\nGreat singing.\nSuch hard work.\nWell done Millie!';
    await page.keyboard.type(post, { delay: 5 });
    await expect.poll(badge, { timeout: 15_000 }).toBe('1');
    await expect
      .poll(() => overlay.text('[role="status"]'))
      .toBe('1 thing to check before you post');
    const underline = (await rectOf(overlay, '.underline[data-finding^="pupil-name"]'))!;
    // The middle of the word: the underline runs along its bottom.
    await page.mouse.click((underline.left + underline.right) / 2, underline.top - 6);
    await overlay.waitFor('.card.word');
    expect(await overlay.text('.card.word')).toContain('Millie');
    // The click went to the editor: the caret is inside "Millie" ("!" and half the name after it).
    const { caretFromEnd } = await editorState(page.mainFrame());
    expect(caretFromEnd).toBeGreaterThan(1);
    expect(caretFromEnd).toBeLessThan(1 + 'Millie'.length);
    const card = (await rectOf(overlay, '.card.word'))!;
    const box = await boxRect();
    expect(overlaps(card, bottomBand(box)), 'clear of the box bottom edge').toBe(false);
    // By its words: just above them (no room below without covering the edge).
    expect(card.bottom).toBeLessThanOrEqual(underline.top - 10);
    expect(underline.top - 30 - card.bottom).toBeLessThan(10);
    expect(card.left).toBeLessThanOrEqual(underline.left + 1);
    // The page's hit tests go through the card until the person's pointer is on it.
    const centre = { x: (card.left + card.right) / 2, y: (card.top + card.bottom) / 2 };
    const hits = () =>
      page.evaluate(({ x, y }) => document.elementsFromPoint(x, y).map((e) => e.localName), centre);
    expect(await hits()).not.toContain(OVERLAY_TAG);
    await page.mouse.move(centre.x, centre.y, { steps: 3 });
    await expect.poll(() => overlay.count('.card.word.live')).toBe(1);
    await overlay.click('.card.word button', 'Close');
    await expect.poll(() => overlay.count('.card')).toBe(0);
    // Arrow keys onto the word open it too; typing closes it.
    await page.mouse.click(box.left + 20, box.top + 10);
    await page.keyboard.press('ControlOrMeta+End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await overlay.waitFor('.card.word');
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' x');
    await expect.poll(() => overlay.count('.card')).toBe(0);
    await overlay.detach();
    await page.close();
  });
});

describe('the grouped list', () => {
  const POST = `${'Millie sang. '.repeat(9)}The number is 07700 900123.`;

  for (const size of ['200 % zoom', '400 px window'] as const) {
    it(`puts the same name once with its count, its header in view, at ${size}`, async () => {
      const { page, overlay, badge, boxRect } = await openTextarea(async (p) => {
        if (size === '400 px window') await p.setViewportSize({ width: 400, height: 700 });
        else {
          // 200 % of a 1280 × 800 window: the layout of a 640 × 400 viewport at twice the pixels.
          const cdp = await p.context().newCDPSession(p);
          await cdp.send('Emulation.setDeviceMetricsOverride', {
            width: 640,
            height: 400,
            deviceScaleFactor: 2,
            mobile: false,
          });
        }
      });
      await page.keyboard.type(POST);
      await expect.poll(badge, { timeout: 15_000 }).toBe('10');
      await overlay.click('.indicator');
      await overlay.waitFor('.card.list');
      const items = await overlay.texts('.card.list [data-item] .flagged');
      expect(items).toEqual(['Millie', '07700 900123']);
      expect(await overlay.text('.card.list [data-item] .times')).toContain('×9');
      expect(await overlay.text('.card-head h2')).toContain('10 things to check (2 different)');
      const inner = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
      // The list scrolled to its end: its header, with Close, is still where it was, and pressable.
      const head = (await rectOf(overlay, '.card-head'))!;
      await overlay.evaluate((root) => {
        const body = root.querySelector('.card-body')!;
        body.scrollTop = body.scrollHeight;
      });
      expect(await rectOf(overlay, '.card-head')).toEqual(head);
      const close = (await rectOf(overlay, '.card-head .close'))!;
      const hit = await overlay.evaluate(
        (root, at) => root.elementFromPoint(at.x, at.y)?.textContent ?? null,
        { x: (close.left + close.right) / 2, y: (close.top + close.bottom) / 2 },
      );
      expect(hit).toBe('Close');
      const card = (await rectOf(overlay, '.card.list'))!;
      expect(card.left).toBeGreaterThanOrEqual(0);
      expect(card.right).toBeLessThanOrEqual(inner.width);
      expect(card.top).toBeGreaterThanOrEqual(0);
      expect(card.bottom).toBeLessThanOrEqual(inner.height);
      expect(card.bottom - card.top, 'room to read a warning').toBeGreaterThanOrEqual(100);
      expect(overlaps(card, bottomBand(await boxRect()))).toBe(false);
      await overlay.click('.card-head .close');
      await expect.poll(() => overlay.count('.card')).toBe(0);
      await overlay.detach();
      await page.close();
    });
  }
});

describe('keyboard', () => {
  it('Tab reaches the count right after the editor; Shift+Tab goes back with the caret unchanged', async () => {
    const { page, overlay, badge } = await openTextarea();
    const frame = page.mainFrame();
    await page.keyboard.type('Well done Millie!');
    await expect.poll(badge, { timeout: 15_000 }).toBe('1');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusIn(frame, overlay)).toBe('count');
    // On from the count: the page's own next control, after the editor.
    await page.keyboard.press('Tab');
    await expect.poll(() => focusIn(frame, overlay)).toBe('input.attach');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusIn(frame, overlay)).toBe('count');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusIn(frame, overlay)).toBe('editor');
    expect(await editorState(frame)).toEqual({ text: 'Well done Millie!', caretFromEnd: 1 });
    // The count opens the list, and Tab goes into it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await overlay.waitFor('.card.list');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusIn(frame, overlay)).toBe('card Close');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusIn(frame, overlay)).toBe('editor');
    expect(await editorState(frame)).toEqual({ text: 'Well done Millie!', caretFromEnd: 1 });
    await overlay.detach();
    await page.close();
  });

  const POST = 'Well done Millie! The number is 07700 900123.';

  it('in the list, after a dismissal focus moves to the next warning, then back to the editor', async () => {
    const { page, overlay, badge, tabId } = await openTextarea();
    const frame = page.mainFrame();
    await page.keyboard.type(POST);
    await expect.poll(badge, { timeout: 15_000 }).toBe('2');
    await pressShortcut(tabId);
    await expect.poll(() => focusIn(frame, overlay)).toBe('item pupil-name');
    // The card shows the shortcut as the browser has it assigned.
    const assigned = await browser.worker.evaluate(
      async () =>
        (await chrome.commands.getAll()).find((c) => c.name === 'show-warnings')?.shortcut,
    );
    expect(assigned).toBeTruthy();
    expect(await overlay.text('.card.list .shortcut kbd')).toBe(assigned);
    await dismissFocused(page, overlay);
    await expect.poll(() => focusIn(frame, overlay)).toBe('item phone-number');
    await expect.poll(badge).toBe('1');
    await dismissFocused(page, overlay);
    await expect.poll(() => focusIn(frame, overlay)).toBe('editor');
    await expect.poll(() => overlay.count('.card')).toBe(0);
    expect(await editorState(frame)).toEqual({ text: POST, caretFromEnd: 0 });
    await overlay.detach();
    await page.close();
  });

  it('in the card at the caret, the shortcut goes into it and a dismissal moves to the next warning', async () => {
    const { page, overlay, badge, tabId } = await openTextarea();
    const frame = page.mainFrame();
    await page.keyboard.type(POST);
    await expect.poll(badge, { timeout: 15_000 }).toBe('2');
    // The caret onto the number opens its card; the shortcut takes focus into it.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await overlay.waitFor('.card.word');
    expect(await focusIn(frame, overlay)).toBe('editor');
    expect(await overlay.text('.card.word .shortcut')).toContain('Alt+Shift+Y');
    await pressShortcut(tabId);
    await expect.poll(() => focusIn(frame, overlay)).toBe('item phone-number');
    await dismissFocused(page, overlay);
    // None after it in the post: the first, Millie.
    await expect.poll(() => focusIn(frame, overlay)).toBe('item pupil-name');
    expect(await overlay.text('.card.word .flagged')).toBe('Millie');
    await dismissFocused(page, overlay);
    await expect.poll(() => focusIn(frame, overlay)).toBe('editor');
    await expect.poll(() => overlay.count('.card')).toBe(0);
    expect(await editorState(frame)).toEqual({ text: POST, caretFromEnd: 3 });
    await overlay.detach();
    await page.close();
  });
});

describe('page styles', () => {
  it('on a right-to-left page the card is laid out left to right, the number in order', async () => {
    const { page, overlay, badge } = await openTextarea(async (p) => {
      await p.evaluate(() => {
        document.documentElement.dir = 'rtl';
        document.documentElement.lang = 'ar';
      });
    });
    await page.keyboard.type('The number is 07700 900123');
    await expect.poll(badge, { timeout: 15_000 }).toBe('1');
    await overlay.click('.indicator');
    await overlay.waitFor('.card.list');
    const layout = await overlay.evaluate((root) => {
      const card = root.querySelector<HTMLElement>('.card')!;
      const flagged = root.querySelector('.card [data-item] .flagged')!;
      const text = flagged.firstChild!;
      const part = (start: number, end: number) => {
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, end);
        return range.getBoundingClientRect().left;
      };
      const reason = root.querySelector('.card [data-item] .reason')!.getBoundingClientRect();
      return {
        dir: card.getAttribute('dir'),
        lang: card.getAttribute('lang'),
        direction: getComputedStyle(card).direction,
        text: flagged.textContent,
        firstPart: part(0, 5),
        secondPart: part(6, 12),
        reasonIndent: reason.left - card.getBoundingClientRect().left,
      };
    });
    if (!layout) throw new Error('no card');
    expect(layout).toMatchObject({ dir: 'ltr', lang: 'en-GB', direction: 'ltr' });
    expect(layout.text).toBe('07700 900123');
    expect(layout.firstPart, '"07700" before "900123"').toBeLessThan(layout.secondPart);
    // Text starts at the card's left edge (its padding), as in English.
    expect(layout.reasonIndent).toBeLessThan(30);
    await overlay.detach();
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe-core finds nothing on the open list and word card, on a ${scheme} page`, async () => {
      const background = scheme === 'dark' ? '#18191a' : '#f5f6f7';
      const { page, overlay, badge } = await openTextarea(async (p) => {
        if (scheme === 'dark') {
          await p.addStyleTag({
            content: `body, .editor-root, .editor-root textarea { background: ${background}; color: #e4e6eb; }`,
          });
        }
      });
      await page.keyboard.type('Well done Millie and Millie! The number is 07700 900123.');
      await expect.poll(badge, { timeout: 15_000 }).toBe('3');
      expect(await overlay.attribute('.layer', 'class')).toContain(scheme);
      await overlay.click('.indicator');
      await overlay.waitFor('.card.list');
      expect(await axeOnOverlay(page, overlay, background)).toEqual([]);
      await overlay.click('.card-head .close');
      const underline = (await rectOf(overlay, '.underline[data-finding^="phone-number"]'))!;
      await page.mouse.click(underline.left + 10, underline.top - 6);
      await overlay.waitFor('.card.word');
      expect(await axeOnOverlay(page, overlay, background)).toEqual([]);
      await overlay.detach();
      await page.close();
    });
  }
});
