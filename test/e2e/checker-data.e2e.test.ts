// The tone and names models and the word lists are not in background.js: the worker reads them
// from the file the build writes beside it (platform/background/checker-data.ts). In real
// Chromium, typing an attack must raise the warning the tone model gives in Node, and a book's
// title that is also a pupil's name must stay as quiet as the names model leaves it in Node,
// with no request leaving.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createChecker, SHIPPED_DATA } from '../../lib/engine';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import { EDITOR_NAMES } from '../pages/build';
import { activeTabId, badgeText, type ExtensionBrowser } from './chromium';
import { EDITOR_SELECTOR, editorFrame } from './editor-helpers';
import { siteUrl } from './fake-sites';
import { launchOnFakeSites } from './session';

/** The sample school with one more pupil, Ruby Sandhu: "Ruby" is an ordinary word the names
 * model can quiet in a book's title (the sample's own word-names, Grace, Will and Summer, are all
 * decided by the rules now, so the model changes nothing for them). */
const settings: SchoolSettings = structuredClone(sample as SchoolSettings);
settings.classes[0]!.pupils.push({ first: 'Ruby', last: 'Sandhu' });

/** An attack with no insult word: only the tone model calls it one. */
const POST = 'Funny how her lot always get picked for the trips, the head must love them.';

let browser: ExtensionBrowser;
let network: { unexpected: string[] };

beforeAll(async () => {
  ({ browser, network } = await launchOnFakeSites(settings));
});

afterAll(async () => {
  await browser?.close();
});

it('flags an attack by the tone model read from its file, and nothing leaves', async () => {
  const withModel = createChecker(settings).check(POST);
  const rulesAlone = createChecker(settings, {
    data: {
      words: SHIPPED_DATA.words,
      seedPolicy: SHIPPED_DATA.seedPolicy,
      acts: SHIPPED_DATA.acts,
    },
  }).check(POST);
  expect(withModel.map((f) => f.kind)).toContain('disparaging');
  // The post tells the model from the rules: a badge of the model's count shows it was read.
  expect(withModel.length).not.toBe(rulesAlone.length);
  const page = await browser.context.newPage();
  await page.goto(siteUrl(EDITOR_NAMES[0], ''));
  const frame = await editorFrame(page, EDITOR_NAMES[0]);
  await frame.locator(EDITOR_SELECTOR).first().click();
  const tabId = await activeTabId(browser.worker);
  await page.keyboard.type(POST, { delay: 5 });
  await expect
    .poll(() => badgeText(browser.worker, tabId), { timeout: 5000 })
    .toBe(String(withModel.length));
  expect(network.unexpected).toEqual([]);
  // How long the first start waited for the data file beside the settings (printed, not tested).
  const marks = await browser.worker.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('before-you-post:start:'))
      .map((m) => `${m.name.slice('before-you-post:start:'.length)} ${m.startTime.toFixed(1)} ms`),
  );
  console.log(`worker start marks: ${marks.join(', ')}`);
});

/** "Ruby" is on the lists (above) and an ordinary word: the rules flag it here, the names
 * model quiets it (names/model-not-pupil). The phone number keeps a badge to read. */
const BOOK =
  'Reading Ruby and the Giant in guided reading this week. Questions? Ring me on 07700 900123.';

it('leaves quiet what the names model read from its file quiets, and nothing leaves', async () => {
  const withModel = createChecker(settings).check(BOOK);
  const { namesModel: _names, ...withoutNames } = SHIPPED_DATA;
  const rulesAlone = createChecker(settings, { data: withoutNames }).check(BOOK);
  const ruby = (findings: typeof withModel) =>
    findings.filter((f) => f.kind === 'pupil-name').map((f) => f.text);
  expect(ruby(withModel)).toEqual([]);
  expect(ruby(rulesAlone)).toEqual(['Ruby']);
  // The badge of the model's count shows it was read (the rules alone would count more).
  expect(withModel.length).toBeGreaterThan(0);
  expect(withModel.length).toBeLessThan(rulesAlone.length);
  const page = await browser.context.newPage();
  await page.goto(siteUrl(EDITOR_NAMES[0], ''));
  const frame = await editorFrame(page, EDITOR_NAMES[0]);
  await frame.locator(EDITOR_SELECTOR).first().click();
  const tabId = await activeTabId(browser.worker);
  await page.keyboard.type(BOOK, { delay: 5 });
  await expect
    .poll(() => badgeText(browser.worker, tabId), { timeout: 5000 })
    .toBe(String(withModel.length));
  expect(network.unexpected).toEqual([]);
});
