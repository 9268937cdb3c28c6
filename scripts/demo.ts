// npm run demo: builds the extension, opens Chromium with it on a local page
// hosting a real Lexical editor (served at facebook.com's address, nothing goes
// online), types a sample post, saves a screenshot of the overlay and prints
// what was flagged. Uses the built-in fictional sample settings; `npm run demo -- --trust`
// uses the second sample, a trust academy whose own policy (numbered unlike the seed's)
// decides which clauses each warning cites.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sample from '../lib/sample/sample-settings.json';
import trustSample from '../lib/sample/trust-sample-settings.json';
import type { TabFindings } from '../lib/messaging/protocol';
import { bundleTestPages } from '../test/pages/build';
import {
  activeTabId,
  badgeText,
  CHROMIUM_MISSING,
  CHROMIUM_PATH,
  launchWithExtension,
  storeSettings,
} from '../test/e2e/chromium';
import { routeFakeSites, siteUrl } from '../test/e2e/fake-sites';
import { OverlayProbe } from '../test/e2e/overlay';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = resolve(ROOT, 'demo-output');
const SCREENSHOT = resolve(OUT_DIR, 'overlay.png');
/** The card of one warning, opened by clicking its underlined words. */
const WORD_SCREENSHOT = resolve(OUT_DIR, 'overlay-word.png');
const TRUST = process.argv.includes('--trust');
const SETTINGS: { school: { name: string }; policy?: { title: string } } = TRUST
  ? trustSample
  : sample;
const POST = readFileSync(
  resolve(ROOT, TRUST ? 'test/fixtures/sample-post-trust.txt' : 'test/fixtures/sample-post.txt'),
  'utf8',
).trim();

function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.getuid?.() !== 0) {
    console.error(CHROMIUM_MISSING);
    process.exit(1);
  }
  console.log('Installing Debian’s chromium package (apt-get)…');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' });
}

async function main(): Promise<void> {
  ensureChromium();
  console.log('Building the extension (wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe' });
  const headless = !process.env.DISPLAY;
  const browser = await launchWithExtension({ headless, viewport: { width: 900, height: 640 } });
  try {
    await routeFakeSites(browser.context, await bundleTestPages());
    await storeSettings(browser.worker, SETTINGS);
    console.log(
      `Settings: ${SETTINGS.school.name}, citing “${SETTINGS.policy?.title ?? 'the built-in policy'}”.`,
    );
    const page = await browser.context.newPage();
    await page.goto(siteUrl('lexical'));
    await page.locator('.editor-root [contenteditable="true"]').click();
    console.log(`Typing into a Lexical editor at ${page.url()}:\n  “${POST}”\n`);
    await page.keyboard.type(POST, { delay: 15 });
    const tabId = await activeTabId(browser.worker);
    const badge = await settledBadge(() => badgeText(browser.worker, tabId));
    // The overlay's shadow root is closed to the page; the demo opens the card as a person
    // would, with a real click on the indicator, found through the DevTools protocol.
    const overlay = await OverlayProbe.of(page);
    await overlay.click('.indicator').catch(() => undefined);
    await page.waitForTimeout(300);
    mkdirSync(OUT_DIR, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    // Then the list closed and the first underlined words clicked, as a person would.
    await overlay.click('.card-head .close').catch(() => undefined);
    const words = await overlay.evaluate((root) => {
      const r = root.querySelector('.underline')?.getBoundingClientRect();
      return r ? { x: r.left + r.width / 2, y: r.top - 6 } : null;
    });
    if (words) await page.mouse.click(words.x, words.y);
    await overlay.detach();
    await page.waitForTimeout(300);
    await page.screenshot({ path: WORD_SCREENSHOT });
    const state = await browser.worker.evaluate(
      async (id) =>
        ((await chrome.storage.session.get('tabFindings')).tabFindings ?? {})[id] as
          TabFindings | undefined,
      tabId,
    );
    report(badge, state?.findings ?? []);
  } finally {
    await browser.close();
  }
}

declare const chrome: {
  storage: { session: { get(key: string): Promise<Record<string, Record<number, unknown>>> } };
};

/** Waits until the badge has kept one value for half a second. */
async function settledBadge(read: () => Promise<string>): Promise<string> {
  let last = await read();
  let since = Date.now();
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    const now = await read();
    if (now !== last) [last, since] = [now, Date.now()];
    else if (last !== '' && Date.now() - since >= 500) break;
  }
  return last;
}

function report(badge: string, findings: TabFindings['findings']): void {
  console.log(`Toolbar badge: ${badge === '' ? '(empty)' : badge}`);
  if (findings.length === 0) console.log('Nothing was flagged.');
  for (const f of findings) {
    const cited = f.clauses.length ? `clauses ${f.clauses.join(', ')}` : 'no clause in this policy';
    console.log(`  • ${f.kind} “${f.text}” (${cited}): ${f.reason}`);
  }
  console.log(
    `\nScreenshots of the overlay: ${SCREENSHOT} (the list), ${WORD_SCREENSHOT} (one warning)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
