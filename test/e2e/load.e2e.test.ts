// No page can stall the checks (docs/privacy.md, "Threat model"): a 10 MB paste is answered, a flood
// of pastes is followed by the right answer to the last post, and another tab keeps being
// answered meanwhile. How long each took is a benchmark, not an assertion: the figures are
// printed beside a baseline measured in the same run, on the same (often busy, two-core)
// machine, as ratios (targets: within 1 s of landing, no backlog, the other tab within 2x).
// That no backlog can form is asserted without a clock in the check service's unit tests
// (platform/background/check-service-limits.test.ts counts the checks left after a flood).
//
// The flood is 5 s of the person's own pastes of 100,000-character posts, one every ~120 ms
// (the was 10 s; 5 s keeps the run short and the worker as busy). A page cannot
// flood by script: its synthetic input starts no check (hostile-page.e2e.test.ts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../lib/engine';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import { denseComplaints } from '../fixtures/dense-text';
import { activeTabId, badgeText, measureContentScripts, type ExtensionBrowser } from './chromium';
import { launchOnFakeSites } from './session';
import { EDITOR_SELECTOR } from './editor-helpers';
import { EDITOR_SITES, siteUrl } from './fake-sites';
import { BUILT_IN_SITES } from '../../platform/sites';
import { OverlayProbe } from './overlay';

const { workingHours: _noTimetable, ...settings } = sample;
const checker = createChecker(settings as SchoolSettings);
/** The badge the extension should show for `text`, from the same checker. */
const badgeFor = (text: string) => String(checker.check(text).length || '');
const MB = 1024 * 1024;
const FLOOD_MS = 5_000;
const results: Record<string, unknown> = {};

let browser: ExtensionBrowser;

beforeAll(async () => {
  ({ browser } = await launchOnFakeSites(settings));
  await measureContentScripts(browser.worker);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(EDITOR_SITES.textarea).origin,
  });
});

afterAll(async () => {
  console.log('Load:', JSON.stringify(results, null, 2));
  await browser?.close();
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function open(editor: 'textarea' | 'lexical') {
  const page = await browser.context.newPage();
  await page.goto(siteUrl(editor));
  await page.locator(EDITOR_SELECTOR).first().click();
  const tabId = await activeTabId(browser.worker);
  return { page, tabId, badge: () => badgeText(browser.worker, tabId) };
}

/**
 * The other tab: a phone number one digit short, then the digit typed and taken away again.
 * Each sample is the time from the key press to the badge that counts the number.
 */
async function otherTab() {
  const b = await open('lexical');
  const typed = 'My number is 07700 90012';
  await b.page.keyboard.type(typed);
  await expect.poll(b.badge, { timeout: 15_000 }).toBe(badgeFor(typed));
  const completed = badgeFor(`${typed}3`);
  expect(completed).not.toBe(badgeFor(typed));
  const measure = async (): Promise<number> => {
    const start = performance.now();
    await b.page.keyboard.press('3');
    while ((await b.badge()) !== completed) {
      if (performance.now() - start > 10_000) throw new Error('no badge in 10 s');
    }
    const took = performance.now() - start;
    await b.page.keyboard.press('Backspace');
    await expect.poll(b.badge, { interval: 5 }).toBe(badgeFor(typed));
    return took;
  };
  /** Samples until `until` resolves (at least `min` of them). */
  const sampleWhile = async (until: Promise<unknown>, min = 3): Promise<number[]> => {
    const state = { done: false };
    void until.finally(() => (state.done = true));
    const times: number[] = [];
    while (!state.done || times.length < min) times.push(await measure());
    return times;
  };
  return { ...b, sample: measure, sampleWhile };
}

/** Puts `text` on the real clipboard and pastes it over everything in the box (Ctrl+A, Ctrl+V). */
async function pasteOver(page: Page, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

interface Landing {
  /** The paste's input event: the text is in the box. */
  landed?: number;
  /** The first moment after it that the page's main thread was free: its own layout done. */
  settled?: number;
}

/** When (Date.now()) the box last changed, and when the page had laid the change out. */
async function watchLanding(page: Page): Promise<() => Promise<Required<Landing>>> {
  await page.evaluate((selector) => {
    const w = window as never as Landing;
    document.querySelector(selector)!.addEventListener('input', () => {
      w.landed = Date.now();
      requestAnimationFrame(() => setTimeout(() => (w.settled = Date.now())));
    });
  }, EDITOR_SELECTOR);
  return async () => {
    const seen = await page.evaluate(() => {
      const w = window as never as Landing;
      return { landed: w.landed ?? 0, settled: w.settled ?? 0 };
    });
    return seen;
  };
}

/** Checks on mastodon.social (the text area's site) switched off or on, as the options page does. */
async function checkMastodon(on: boolean) {
  const id = BUILT_IN_SITES.find((site) => site.matches.some((m) => m.includes('mastodon')))!.id;
  await browser.worker.evaluate(
    async (builtIn) => {
      const { chrome } = globalThis as never as {
        chrome: { storage: { local: { set(items: object): Promise<void> } } };
      };
      await chrome.storage.local.set({ sites: { builtIn, extra: [] } });
    },
    on ? {} : { [id]: false },
  );
}

describe('a page cannot stall the checks', () => {
  it('answers a 10 MB paste, and another tab is answered meanwhile (times beside the usual, reported)', async () => {
    const b = await otherTab();
    const idle: number[] = [];
    for (let i = 0; i < 7; i++) idle.push(await b.sample());
    // Dense complaints, and at the very end, where the caret lands, a phone number.
    const post = `${denseComplaints(10 * MB - 40, 3)}\nRing me on 07700 900123`;

    // The usual time, under the same load: the other tab while Chromium takes the same paste
    // on a site whose checks are switched off (a two-core machine feels a 10 MB paste).
    await checkMastodon(false);
    const off = await open('textarea');
    const offLanding = await watchLanding(off.page);
    const offSettled = (async () => {
      await pasteOver(off.page, post);
      await expect.poll(async () => (await offLanding()).settled, { timeout: 60_000 }).not.toBe(0);
      await off.page.waitForTimeout(300);
    })();
    const usual = await b.sampleWhile(offSettled);
    expect(await off.badge()).toBe('');
    await off.page.close();
    await checkMastodon(true);

    const a = await open('textarea');
    // A first word typed, so the content script is connected (and measuring) before the paste.
    await a.page.keyboard.type('Hello');
    await a.page.waitForTimeout(500);
    const landed = await watchLanding(a.page);
    const overlay = await OverlayProbe.of(a.page);
    const pasted = pasteOver(a.page, post);
    const badged = (async () => {
      await pasted;
      await expect.poll(a.badge, { timeout: 60_000, interval: 20 }).not.toBe('');
      await a.page.waitForTimeout(300);
      return Date.now() - 300;
    })();
    const loaded = await b.sampleWhile(badged);
    const times = await landed();
    // Chromium takes seconds to insert 10 MB into a text area and then to lay it out, and
    // nothing runs in the page meanwhile, the content script included: the overlay is timed
    // from the first moment the page is free again (the badge, from when the text landed),
    // to the end of the first draw that shows the warnings (the content script's measures).
    const firstRender = () =>
      a.page.evaluate(
        (after) =>
          performance
            .getEntriesByName('before-you-post:render')
            .map((m) => performance.timeOrigin + m.startTime + m.duration)
            .find((end) => end > after) ?? null,
        times.settled,
      );
    await expect.poll(firstRender, { timeout: 10_000 }).not.toBeNull();
    const afterSettled = (await firstRender())! - times.settled;
    await expect.poll(() => overlay.text('.indicator .count'), { timeout: 10_000 }).toBe('200+');
    // The card says that only part of so long a post is checked.
    await overlay.click('.indicator');
    await expect.poll(() => overlay.text('.card')).toMatch(/only the 10,000 characters/);

    results['10 MB paste'] = {
      'the page laying it out after it landed (ms)': Math.round(times.settled - times.landed),
      'from landing to the badge (ms)': (await badged) - times.landed,
      'from the page being free to the overlay answering (ms)': Math.round(afterSettled),
    };
    results['other tab during the 10 MB paste, keystroke to badge (ms)'] = {
      idle: Math.round(median(idle)),
      usual: Math.round(median(usual)),
      checked: Math.round(median(loaded)),
      samples: [usual.length, loaded.length],
    };
    (
      results['other tab during the 10 MB paste, keystroke to badge (ms)'] as Record<
        string,
        unknown
      >
    ).ratioToUsual = Number((median(loaded) / median(usual)).toFixed(2));
    expect(loaded.length).toBeGreaterThan(0);
    await overlay.detach();
    await a.page.close();
    await b.page.close();
  });

  it('answers the last post after a 5 s flood of 100,000-character pastes, and another tab is answered through it (times reported)', async () => {
    const b = await otherTab();
    const idle: number[] = [];
    for (let i = 0; i < 7; i++) idle.push(await b.sample());
    /** FLOOD_MS of pastes in a fresh text area; a new post each time, so nothing is cached. */
    const flood = async (page: Page) => {
      const end = Date.now() + FLOOD_MS;
      let n = 0;
      while (Date.now() < end) await pasteOver(page, denseComplaints(100_000, 100 + n++));
      return n;
    };

    // The usual time, under the same load: the same flood on a site whose checks are off.
    await checkMastodon(false);
    const off = await open('textarea');
    const usual = await b.sampleWhile(flood(off.page));
    await off.page.close();
    await checkMastodon(true);

    const a = await open('textarea');
    const landed = await watchLanding(a.page);
    const flooding = flood(a.page);
    const during = await b.sampleWhile(flooding);
    const pastes = await flooding;
    // The flood is over: the last post is a clean one with one phone number. It is answered
    // at once, not after the flood's checks (only each box's newest text is ever checked).
    const last = 'The trip is on Friday. My number is 07700 900123';
    await pasteOver(a.page, last);
    await expect.poll(a.badge, { timeout: 10_000, interval: 10 }).toBe(badgeFor(last));
    const backlog = Date.now() - (await landed()).landed;
    const after: number[] = [];
    for (let i = 0; i < 5; i++) after.push(await b.sample());

    results[`flood: ${pastes} pastes in ${FLOOD_MS / 1000} s`] = {
      'last post answered after it landed (ms)': backlog,
      'other tab, keystroke to badge (ms)': {
        idle: Math.round(median(idle)),
        usual: Math.round(median(usual)),
        checked: Math.round(median(during)),
        afterwards: Math.round(median(after)),
        samples: [usual.length, during.length],
      },
    };
    // During the flood the worker is busy with it about half the time, and on two cores that
    // is felt beyond the queue (measured: 1.6-1.8x); the issue asks for no backlog after it.
    Object.assign(
      (results[`flood: ${pastes} pastes in ${FLOOD_MS / 1000} s`] as Record<string, object>)[
        'other tab, keystroke to badge (ms)'
      ]!,
      {
        duringToUsual: Number((median(during) / median(usual)).toFixed(2)),
        afterToIdle: Number((median(after) / median(idle)).toFixed(2)),
      },
    );
    expect(pastes).toBeGreaterThan(1);
    expect(during.length).toBeGreaterThan(0);
    await a.page.close();
    await b.page.close();
  });
});
