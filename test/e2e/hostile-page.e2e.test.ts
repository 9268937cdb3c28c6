// Class lists never reach the page: a hostile script on a watched site searches everything it
// can reach while a person types one pupil's name, and finds no other name from the lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../lib/sample/sample-settings.json';
import type { EditorName } from '../pages/build';
import { activeTabId, badgeText, type ExtensionBrowser } from './chromium';
import { launchOnFakeSites } from './session';
import { EDITOR_SELECTOR, editorFrame } from './editor-helpers';
import { siteUrl } from './fake-sites';
import { hostileSpy, SPY_KEY, type SpyReport } from './hostile-spy';

/** Made-up names no page, label or policy text could hold by chance. */
const PUPILS = [
  { first: 'Ysolde', last: 'Brackenridge', preferred: 'Solly' },
  { first: 'Quillon', last: 'Vashtimore' },
  { first: 'Oriane', last: 'Pettigrove-Lusk' },
  { first: 'Caspian', last: 'Threlkeld', preferred: 'Cas' },
];
const STAFF = [{ first: 'Hermione', last: 'Quarterbridge' }];
/** Only the first pupil's first name is typed. */
const TYPED = 'Ysolde';
const POST = `Lovely reading from ${TYPED} in assembly today! Ring me on 07700 900123.`;
const UNTYPED = [
  ...PUPILS.flatMap((p) => [p.first, p.last, p.preferred ?? '']),
  ...STAFF.flatMap((s) => [s.first, s.last]),
].filter((n) => n.length >= 4 && n !== TYPED);

const { workingHours: _noTimetable, ...rest } = sample;
const settings = {
  ...rest,
  classes: [{ name: 'Year 5 Rowan', pupils: PUPILS }],
  staff: STAFF,
};

let browser: ExtensionBrowser;
let network: { unexpected: string[] };

beforeAll(async () => {
  ({ browser, network } = await launchOnFakeSites(settings));
});

afterAll(async () => {
  await browser?.close();
});

describe.each<EditorName>(['lexical', 'shadow'])('a hostile page with the %s editor', (editor) => {
  it('finds no class-list name the person did not type', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(hostileSpy, { names: [TYPED, ...UNTYPED], key: SPY_KEY });
    await page.goto(siteUrl(editor));
    const frame = await editorFrame(page, editor);
    await frame.locator(EDITOR_SELECTOR).first().click();
    const tabId = await activeTabId(browser.worker);
    await page.keyboard.type(POST, { delay: 15 });
    await expect.poll(() => badgeText(browser.worker, tabId), { timeout: 15_000 }).not.toBe('');

    // Open the warning card, so the overlay shows everything it ever shows.
    const overlay = page.locator('before-you-post-overlay');
    await overlay.locator('.indicator').click();
    await expect.poll(() => overlay.locator('.card').textContent()).toContain(TYPED);
    const report = await page.evaluate(
      (k) => (window as never as Record<string, () => SpyReport>)[k]!(),
      SPY_KEY,
    );

    // The spy really searched, and saw what was typed: it would see a leak.
    expect(report.scans).toBeGreaterThan(10);
    expect(report.events).toBeGreaterThan(POST.length);
    const typedSeen = report.found.filter((hit) => hit.startsWith(`${TYPED} @ document`));
    expect(typedSeen.length).toBeGreaterThan(0);
    const leaks = report.found.filter((hit) => !hit.startsWith(`${TYPED} @`));
    expect(leaks, `the page could read class-list names: ${leaks.join('; ')}`).toEqual([]);

    // Our overlay's shadow root: the page can open it, so it may hold only what was typed
    // and our own words.
    const shadow = await page.evaluate(() => {
      const root = document.querySelector('before-you-post-overlay')?.shadowRoot;
      if (!root) return null;
      return {
        flagged: [...root.querySelectorAll('.flagged')].map((el) => el.textContent ?? ''),
        text: root.textContent ?? '',
      };
    });
    if (shadow) {
      expect(report.openShadowRoots).toBeGreaterThan(0);
      expect(report.found).toContain(
        `${TYPED} @ document shadow root of <before-you-post-overlay> innerHTML`,
      );
      expect(shadow.flagged.length).toBeGreaterThan(0);
      for (const text of shadow.flagged) expect(POST).toContain(text);
      for (const name of UNTYPED) expect(shadow.text).not.toContain(name);
      // Nor any other class-list data: the class name stays in the background and popup.
      expect(shadow.text).not.toContain('Year 5 Rowan');
    }
    expect(network.unexpected).toEqual([]);
    await page.close();
  });
});
