// A reply's "they" takes its group from the post it answers, in real Chromium: the content
// script reads the tweet above X's reply box (lib/dom/thread.ts) after the person types, the
// background's checker names the thread's group, and the reply's own text is what is marked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../lib/engine';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import { activeTabId, badgeText, type ExtensionBrowser } from './chromium';
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

async function reply(query: string) {
  const page = await browser.context.newPage();
  await page.goto(siteUrl('draft', query));
  const frame = await editorFrame(page, 'draft');
  await frame.locator(EDITOR_SELECTOR).first().click();
  const tabId = await activeTabId(browser.worker);
  await page.keyboard.type(REPLY, { delay: 5 });
  return { page, frame, badge: () => badgeText(browser.worker, tabId) };
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

  it('the same words with no post above them warn of nothing', async () => {
    expect(checker.check(REPLY)).toEqual([]);
    const { page, badge } = await reply('');
    // The check ran (the overlay counts it clean) and found nothing to warn of.
    const overlay = await OverlayProbe.of(page);
    await expect.poll(() => overlay.text('.indicator .count'), { timeout: 5000 }).toBe('✓');
    expect(await badge()).toBe('');
    await overlay.detach();
    await page.close();
  });

  it('sent nothing off the machine', () => {
    expect(network.unexpected).toEqual([]);
  });
});
