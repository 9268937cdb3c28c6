// A reply's "they" takes its group from the post it answers, in real Chromium: the content
// script reads the tweet above X's reply box (lib/dom/thread.ts) after the person types, the
// background's checker names the thread's group, and the reply's own text is what is marked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../lib/engine';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import {
  activeTabId,
  badgeText,
  tabFindingsAsThePopupAsks,
  type ExtensionBrowser,
} from './chromium';
import { launchOnFakeSites } from './session';
import { EDITOR_SELECTOR, editorFrame } from './editor-helpers';
import { siteUrl } from './fake-sites';
import { OverlayProbe } from './overlay';

const THREAD = 'Statement from the council: the youth centre on Brook Street closes on Friday.';
const REPLY = 'They should be ashamed of themselves.';

// No timetable: the clause 6.13 note would show on the first page of a site and not the next.
const { workingHours: _noTimetable, ...settings } = sample;
const checker = createChecker(settings as SchoolSettings);

let browser: ExtensionBrowser;
let network: { unexpected: string[] };

beforeAll(async () => {
  ({ browser, network } = await launchOnFakeSites(settings));
});

afterAll(async () => {
  await browser?.close();
});

async function reply(query: string, after = '') {
  const page = await browser.context.newPage();
  await page.goto(siteUrl('draft', query));
  const frame = await editorFrame(page, 'draft');
  await frame.locator(EDITOR_SELECTOR).first().click();
  const tabId = await activeTabId(browser.worker);
  await page.keyboard.type(REPLY + after, { delay: 5 });
  return { page, frame, tabId, badge: () => badgeText(browser.worker, tabId) };
}

describe('a reply under a post on X', () => {
  it("names the thread's group in the warning on the reply's own words", async () => {
    const [expected] = checker.check(REPLY, { thread: THREAD });
    expect(expected).toMatchObject({ kind: 'disparaging', start: 0 });
    expect(expected!.reason).toContain('the council');
    const { page, frame, badge } = await reply(`&thread=${encodeURIComponent(THREAD)}`);
    await expect.poll(badge, { timeout: 5000 }).toBe('1');
    const overlay = await OverlayProbe.of(page, frame);
    await overlay.click('.indicator');
    await expect.poll(() => overlay.text('.card')).toContain(expected!.reason);
    expect(await overlay.text('.card')).toContain(REPLY.slice(0, -1));
    await overlay.detach();
    await page.close();
  });

  it('the same words with no post above them are no attack on anyone', async () => {
    // A phone number after them shows when the check has run: its warning, and no other.
    const text = `${REPLY} Ring me on 07700 900123.`;
    expect(checker.check(text).map((f) => f.kind)).toEqual(['phone-number']);
    const { page, badge, tabId } = await reply('', ' Ring me on 07700 900123.');
    await expect.poll(badge, { timeout: 5000 }).toBe('1');
    const answer = await tabFindingsAsThePopupAsks(browser, tabId);
    expect(answer.findings.map((f) => f.kind)).toEqual(['phone-number']);
    await page.close();
  });

  it('sent nothing off the machine', () => {
    expect(network.unexpected).toEqual([]);
  });
});
