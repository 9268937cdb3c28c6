// Renders the built popup (with a warning) and the policy page in headless Chromium and saves
// screenshots under docs/ for the README. Run `npm run build` first:
//   npx tsx scripts/screenshot-pages.ts
import { KIND_POLICY } from '../lib/policy';
import sample from '../lib/sample/sample-settings.json';
import { FINDINGS, POST } from '../test/fixtures/findings';
import { launchWithExtension } from '../test/e2e/chromium';

/** The chrome.* calls made inside the extension's service worker. */
type WorkerChrome = { storage: Record<'local' | 'session', { set(items: object): Promise<void> }> };

const TAB = 4242;
const ext = await launchWithExtension();
try {
  await ext.worker.evaluate(
    async ({ settings, tab, findings, url }) => {
      const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
      await chrome.storage.local.set({ settings });
      await chrome.storage.session.set({ tabFindings: { [tab]: { tabId: tab, url, findings } } });
    },
    { settings: sample, tab: TAB, findings: FINDINGS, url: 'https://x.com/compose/post' },
  );
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${TAB}`);
  await page.getByText(KIND_POLICY['pupil-name'].clauses[0]!.why).waitFor();
  await page.screenshot({ path: 'docs/popup-warning.png', fullPage: true });
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(`chrome-extension://${ext.extensionId}/policy.html?q=friend%20request`);
  await page.getByRole('list', { name: /matching clauses/ }).waitFor();
  await page.screenshot({ path: 'docs/policy-page.png' });
  console.log(`Saved docs/popup-warning.png and docs/policy-page.png (post: "${POST}")`);
} finally {
  await ext.close();
}
