// The tone and names models and the word lists are not in background.js: the worker reads them
// from the file the build writes beside it (platform/background/checker-data.ts). In real
// Chromium, typing an attack must raise the warning the tone model gives in Node, and a pupil's
// name that is an ordinary word in an allergy list must be raised as the names model raises it in
// Node, with no request leaving; and so must an invitation and a child on no list that only the
// phrase lists and child-context words in the same file find.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createChecker, SHIPPED_DATA } from '../../lib/engine';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import { EDITOR_NAMES } from '../pages/build';
import { activeTabId, badgeText, type ExtensionBrowser } from './chromium';
import { EDITOR_SELECTOR, editorFrame } from './editor-helpers';
import { siteUrl } from './fake-sites';
import { launchOnFakeSites } from './session';

/** The sample school with four more pupils for an allergy list: "Amber" is an ordinary word the
 * names model raises there (the sample's own word-names, Grace, Will and Summer, are all decided
 * by the rules, so the model changes nothing for them). */
const settings: SchoolSettings = structuredClone(sample as SchoolSettings);
settings.classes[0]!.pupils.push(
  { first: 'Amber', last: 'Okoro' },
  { first: 'Kevin', last: 'Doyle' },
  { first: 'Tahir', last: 'Malik' },
  { first: 'Orla', last: 'Byrne' },
);

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

/** "Amber" is on the lists (above) and an ordinary word: in a list of pupils' allergies the rules
 * leave it quiet ("Amber nuts" reads like an adjective and a noun) and the names model, read
 * from its file, raises it (names/model-pupil). Since session 8 cross-validation keeps the
 * model's quiet side nearly off, so its raise is what shows it was read. The phone number keeps
 * a badge to read either way. */
const ALLERGIES =
  'Allergy list for the trip: Kevin gluten, Amber nuts, Tahir dairy, Orla eggs. Questions? Ring me on 07700 900123.';

it('raises what the names model read from its file raises, and nothing leaves', async () => {
  const withModel = createChecker(settings).check(ALLERGIES);
  const { namesModel: _names, ...withoutNames } = SHIPPED_DATA;
  const rulesAlone = createChecker(settings, { data: withoutNames }).check(ALLERGIES);
  const amber = (findings: typeof withModel) =>
    findings.filter((f) => f.kind === 'pupil-name' && f.text === 'Amber').map((f) => f.rule);
  expect(amber(withModel)).toEqual(['names/model-pupil']);
  expect(amber(rulesAlone)).toEqual([]);
  // The badge of the model's count shows it was read (the rules alone would count fewer).
  expect(withModel.length).toBeGreaterThan(rulesAlone.length);
  const page = await browser.context.newPage();
  await page.goto(siteUrl(EDITOR_NAMES[0], ''));
  const frame = await editorFrame(page, EDITOR_NAMES[0]);
  await frame.locator(EDITOR_SELECTOR).first().click();
  const tabId = await activeTabId(browser.worker);
  await page.keyboard.type(ALLERGIES, { delay: 5 });
  await expect
    .poll(() => badgeText(browser.worker, tabId), { timeout: 5000 })
    .toBe(String(withModel.length));
  expect(network.unexpected).toEqual([]);
});

/** An invitation known only by parent-contact's phrase lists, and a child on no list known only
 * by the general step's cue words ("who joins"): both ship in the data file (session 9), so a
 * badge of their count shows the worker read them. */
const INVITATION_AND_CHILD =
  'Parents, feel free to add me on Facebook for the trip photos. Lovely to meet Tobiah today, who joins Year 2 on Monday.';

it("finds what parent-contact's phrase lists and the child-context words read from the file find", async () => {
  const withLists = createChecker(settings).check(INVITATION_AND_CHILD);
  const { invitations: _invitations, ...rest } = SHIPPED_DATA;
  const { childContext: _context, ...words } = SHIPPED_DATA.words;
  const withoutLists = createChecker(settings, { data: { ...rest, words } }).check(
    INVITATION_AND_CHILD,
  );
  expect(withLists.map((f) => f.rule)).toEqual(
    expect.arrayContaining(['parent-contact/invitation', 'child-reference/context-joining']),
  );
  expect(withoutLists.map((f) => f.kind)).not.toContain('parent-contact');
  expect(withoutLists.map((f) => f.kind)).not.toContain('child-reference');
  const page = await browser.context.newPage();
  await page.goto(siteUrl(EDITOR_NAMES[0], ''));
  const frame = await editorFrame(page, EDITOR_NAMES[0]);
  await frame.locator(EDITOR_SELECTOR).first().click();
  const tabId = await activeTabId(browser.worker);
  await page.keyboard.type(INVITATION_AND_CHILD, { delay: 5 });
  await expect
    .poll(() => badgeText(browser.worker, tabId), { timeout: 5000 })
    .toBe(String(withLists.length));
  expect(network.unexpected).toEqual([]);
});
