// Renders the built popup (with a warning) and the policy page in headless Chromium and saves
// screenshots under docs/ for the README. Run `npm run build` first:
//   npx tsx scripts/screenshot-pages.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import sample from '../lib/sample/sample-settings.json';
import { FINDINGS, POST } from '../test/fixtures/findings';

const extension = resolve('.output/chrome-mv3');
/** The chrome.* calls made inside the extension's service worker. */
type WorkerGlobal = {
  chrome: { storage: Record<'local' | 'session', { set(items: object): Promise<void> }> };
};
const profile = mkdtempSync(join(tmpdir(), 'byp-shots-'));
const TAB = 4242;

const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  await worker.evaluate(
    async ({ settings, tab, findings, url }) => {
      const { chrome } = globalThis as unknown as WorkerGlobal;
      await chrome.storage.local.set({ settings });
      await chrome.storage.session.set({ tabFindings: { [tab]: { tabId: tab, url, findings } } });
    },
    { settings: sample, tab: TAB, findings: FINDINGS, url: 'https://x.com/compose/post' },
  );
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${id}/popup.html?tab=${TAB}`);
  await page.getByText('Clause 5.4').first().waitFor();
  await page.screenshot({ path: 'docs/popup-warning.png', fullPage: true });
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(`chrome-extension://${id}/policy.html?q=friend%20request`);
  await page.getByRole('heading', { name: 'Social Media Policy' }).waitFor();
  await page.screenshot({ path: 'docs/policy-page.png' });
  console.log(`Saved docs/popup-warning.png and docs/policy-page.png (post: "${POST}")`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
