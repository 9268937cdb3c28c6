// The tone model is not in background.js: the worker reads it from the file the build
// writes beside it (platform/background/checker-data.ts). In real Chromium, typing an
// attack must raise the warning the model gives in Node, with no request leaving.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createChecker } from '../../lib/engine';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import { EDITOR_NAMES } from '../pages/build';
import { activeTabId, badgeText, type ExtensionBrowser } from './chromium';
import { EDITOR_SELECTOR, editorFrame } from './editor-helpers';
import { siteUrl } from './fake-sites';
import { launchOnFakeSites } from './session';

/** An attack with no insult word: only the tone model calls it one. */
const POST = 'Funny how her lot always get picked for the trips, the head must love them.';

let browser: ExtensionBrowser;
let network: { unexpected: string[] };

beforeAll(async () => {
  ({ browser, network } = await launchOnFakeSites(sample));
});

afterAll(async () => {
  await browser?.close();
});

it('flags an attack by the tone model read from its file, and nothing leaves', async () => {
  const withModel = createChecker(sample as SchoolSettings).check(POST);
  const rulesAlone = createChecker(sample as SchoolSettings, { data: {} }).check(POST);
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
});
