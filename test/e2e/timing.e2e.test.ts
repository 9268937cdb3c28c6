// How quickly warnings follow typing, and what the content script costs the
// page per keystroke on a long post; the same after Chrome has stopped the
// service worker, and how soon the popup and options page show content right
// after install.
//
// This is a benchmark that runs with the tests, not a timed test: CI shares a
// loaded two-core machine, so a stopwatch limit would fail on a slow minute, not
// on slow code. Each figure is written to .output/e2e-timings.json and printed,
// beside a baseline measured in the same run (a ratio survives a busy machine
// better than milliseconds do). What the tests assert is what must hold however
// busy the machine is: the right badge, the work really done (a check per
// keystroke, a worker really stopped and started again), the content shown.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../lib/engine';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import type { EditorName } from '../pages/build';
import {
  activeTabId,
  badgeText,
  duringWorkingTime,
  launchWithExtension,
  measureContentScripts,
  type ExtensionBrowser,
} from './chromium';
import { launchOnFakeSites } from './session';
import { EDITOR_SELECTOR } from './editor-helpers';
import { siteUrl } from './fake-sites';

const checker = createChecker(sample as SchoolSettings);
const badgeFor = (text: string) => String(checker.check(text).length || '');
const results: Record<string, unknown> = {};
let browser: ExtensionBrowser;

beforeAll(async () => {
  ({ browser } = await launchOnFakeSites(duringWorkingTime(sample)));
  await measureContentScripts(browser.worker);
});

afterAll(async () => {
  await browser?.close();
  writeFileSync(
    resolve(import.meta.dirname, '../../.output/e2e-timings.json'),
    JSON.stringify(results, null, 2),
  );
  console.log('Timings:', JSON.stringify(results, null, 2));
});

async function open(editor: EditorName): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(siteUrl(editor));
  await page.locator(EDITOR_SELECTOR).first().click();
  return page;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round = (x: number) => Number(x.toFixed(2));

describe.each(['textarea', 'lexical', 'draft'] as const)('%s', (editor) => {
  it('shows the badge for the keystroke that completes a warning (time reported; target 300 ms)', async () => {
    const before = 'Ring me on 07700 90012';
    const after = `${before}3`;
    expect(badgeFor(after)).not.toBe(badgeFor(before)); // the last key really adds a warning
    const page = await open(editor);
    const tabId = await activeTabId(browser.worker);
    const badge = () => badgeText(browser.worker, tabId);
    await page.keyboard.type(before);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await expect.poll(badge).toBe(badgeFor(before));
      const start = performance.now();
      await page.keyboard.press('3');
      while ((await badge()) !== badgeFor(after)) {
        if (performance.now() - start > 5000) throw new Error('badge never updated in 5 s');
      }
      times.push(performance.now() - start);
      await page.keyboard.press('Backspace');
    }
    results[`${editor}: keystroke to badge (ms)`] = {
      median: round(median(times)),
      max: round(Math.max(...times)),
      target: 300,
    };
    expect(times).toHaveLength(5);
    await page.close();
  });

  it('checks and draws a 5,000-character post keystroke by keystroke (main-thread cost reported; target 1 ms)', async () => {
    const page = await open(editor);
    // One warning near the start, so every keystroke also redraws the overlay.
    const line = 'We had a lovely afternoon at the park and the weather held up nicely. ';
    const head = 'Ring me on 07700 900123 later. ';
    const post = head + line.repeat(Math.ceil(5000 / line.length)).slice(0, 5000 - head.length);
    expect(checker.check(post).length).toBeGreaterThan(0);
    await page.keyboard.insertText(post);
    await page.waitForTimeout(400);
    await page.evaluate(() => performance.clearMeasures());
    const keys = 'Thanks all, see you soon';
    for (const key of keys) {
      await page.keyboard.type(key);
      await page.waitForTimeout(150); // past the debounce: every keystroke is checked and drawn
    }
    const measures = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('before-you-post:'))
        .map((m) => ({ name: m.name, duration: m.duration })),
    );
    // Per step, the median: this machine is shared, so a stray GC or scheduler
    // pause must not decide the verdict; the mean and the longest task are reported.
    const steps = ['keystroke', 'check', 'draw', 'read'].map((step) => {
      const ds = measures.filter((m) => m.name.endsWith(`:${step}`)).map((m) => m.duration);
      return { step, count: ds.length, median: ds.length ? median(ds) : 0, total: sum(ds) };
    });
    const typical = steps.slice(0, 3).reduce((t, s) => t + (s.median * s.count) / keys.length, 0);
    const mean = sum(measures.map((m) => m.duration)) / keys.length;
    const longest = Math.max(...measures.map((m) => m.duration));
    results[`${editor}: main-thread per keystroke, 5,000 chars (ms)`] = {
      target: 1,
      typical: round(typical),
      mean: round(mean),
      longestSingleTask: round(longest),
      steps: steps.map((s) => `${s.step} ×${s.count}: median ${round(s.median)}`).join(', '),
    };
    // The work really happened: most keystrokes were checked and drawn (target: under
    // 1 ms per keystroke in all, reported above, not asserted).
    expect(steps.find((s) => s.step === 'check')!.count).toBeGreaterThanOrEqual(keys.length / 2);
    await page.close();
  });
});

/**
 * Reads badges from an extension page, which does not wake the service worker, and
 * stops the worker the way Chrome does after 30 s idle (CDP Target.closeTarget).
 */
async function workerControl(b: ExtensionBrowser) {
  const reader = await b.context.newPage();
  await reader.goto(`chrome-extension://${b.extensionId}/privacy.html`);
  const cdp: CDPSession = await b.context.newCDPSession(reader);
  const workers = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string }[];
    };
    return targetInfos.filter((t) => t.type === 'service_worker');
  };
  return {
    badge: (tabId: number) =>
      reader.evaluate(
        (id) =>
          (
            globalThis as unknown as {
              chrome: { action: { getBadgeText(d: object): Promise<string> } };
            }
          ).chrome.action.getBadgeText({ tabId: id }),
        tabId,
      ),
    async stop() {
      for (const w of await workers())
        await cdp.send('Target.closeTarget', { targetId: w.targetId });
      const deadline = performance.now() + 5000;
      while ((await workers()).length > 0) {
        if (performance.now() > deadline) throw new Error('the service worker did not stop');
        await reader.waitForTimeout(10);
      }
    },
  };
}

describe('a service worker that Chrome has stopped', () => {
  it('answers each keystroke from a freshly woken worker (time added reported beside the warm figure; target 100 ms)', async () => {
    const control = await workerControl(browser);
    const page = await open('textarea');
    const tabId = await activeTabId(browser.worker);
    const before = 'Ring me on 07700 90012';
    await page.keyboard.type(before);
    const times = { warm: [] as number[], stopped: [] as number[] };
    const marks: Record<string, number[]> = {};
    for (let turn = 0; turn < 10; turn++) {
      const stopped = turn % 2 === 1;
      await expect.poll(() => control.badge(tabId)).toBe(badgeFor(before));
      await page.waitForTimeout(200);
      if (stopped) await control.stop();
      const start = performance.now();
      await page.keyboard.press('3');
      while ((await control.badge(tabId)) !== badgeFor(`${before}3`)) {
        if (performance.now() - start > 10_000) throw new Error('badge never updated in 10 s');
      }
      (stopped ? times.stopped : times.warm).push(performance.now() - start);
      if (stopped) {
        // Where the woken worker spent its time (platform/background/start-marks.ts).
        const worker = browser.context.serviceWorkers().at(-1)!;
        const entries = await worker.evaluate(() =>
          performance
            .getEntriesByType('mark')
            .filter((m) => m.name.startsWith('before-you-post:start:'))
            .map((m) => [m.name.slice('before-you-post:start:'.length), m.startTime] as const),
        );
        for (const [name, at] of entries) (marks[name] ??= []).push(at);
      }
      await page.keyboard.press('Backspace');
    }
    const warm = median(times.warm);
    const stopped = median(times.stopped);
    results['keystroke to badge, warm worker (ms)'] = {
      median: round(warm),
      all: times.warm.map(round),
    };
    results['keystroke to badge, stopped worker (ms)'] = {
      median: round(stopped),
      all: times.stopped.map(round),
      added: round(stopped - warm),
      addedTarget: 100,
      ratioToWarm: round(stopped / warm),
      // Milliseconds from the woken worker's start to each step, median of the rounds.
      workerSteps: Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, round(median(v))])),
    };
    // The scenario is what it says: every stopped round woke a new worker, which marked
    // its start-up and answered with the right badge (the loop above). Target: ≤ 100 ms
    // added (it was +570 ms), reported above.
    expect(times.stopped).toHaveLength(5);
    expect(Object.values(marks).some((at) => at.length === 5)).toBe(true);
    await page.close();
  });
});

describe('right after install', () => {
  it('the popup and the options page show content (time reported beside a static page; target 300 ms)', async () => {
    const fresh = await launchWithExtension();
    try {
      const base = `chrome-extension://${fresh.extensionId}`;
      const firstPaint = async (path: string, content: string) => {
        const page = await fresh.context.newPage();
        const start = performance.now();
        await page.goto(`${base}/${path}`);
        await page.locator(content).first().waitFor();
        const took = performance.now() - start;
        await page.close();
        return took;
      };
      const tab = await fresh.context.newPage();
      await tab.goto(`${base}/privacy.html`);
      const tabId = await activeTabId(fresh.worker);
      const options = 'main h1';
      const popup = '.findings [role=status]:not(:has-text("Checking"))';
      const figures = {
        // The baseline: an extension page with nothing to read or draw but static text.
        privacy: await firstPaint('privacy.html', 'main h1, h1'),
        options: await firstPaint('options.html', options),
        popup: await firstPaint(`popup.html?tab=${tabId}`, popup),
        optionsAgain: await firstPaint('options.html', options),
        popupAgain: await firstPaint(`popup.html?tab=${tabId}`, popup),
      };
      // Target: 300 ms. It was 2.7–3.4 s for the options page, when managed storage's
      // first read held it up; the ratio to the static page shows such a wait at once.
      results['content shown after opening, right after install (ms)'] = {
        ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round(v)])),
        target: 300,
        optionsToStaticPage: round(figures.options / figures.privacy),
        popupToStaticPage: round(figures.popup / figures.privacy),
      };
    } finally {
      await fresh.close();
    }
  });
});

it('keeps the content scripts small and free of settings and the language model', () => {
  const dir = resolve(import.meta.dirname, '../../.output/chrome-mv3/content-scripts');
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
  let total = 0;
  for (const file of scripts) {
    const code = readFileSync(resolve(dir, file), 'utf8');
    results[`${file} (KB)`] = Number((code.length / 1024).toFixed(1));
    total += code.length;
    for (const marker of [
      'Millie',
      'Old Park',
      'school-settings',
      'ProperNoun',
      'libphonenumber',
    ]) {
      expect(code, `${file} must not contain ${marker}`).not.toContain(marker);
    }
  }
  results['content scripts in all (KB)'] = Number((total / 1024).toFixed(1));
  expect(scripts).toContain('content.js');
  expect(total).toBeLessThanOrEqual(60 * 1024);
});
