// Renders the built extension pages in headless Chromium and saves the screenshots under docs/
// that the README shows: the popup with warnings and on a site that is not watched, the options
// page straight after "Try it with the sample school" and while an import waits for an answer,
// and the policy page searched. Run `npm run build` first:
//   npx tsx scripts/screenshot-pages.ts
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sample from '../lib/sample/sample-settings.json';
import { FINDINGS, POST } from '../test/fixtures/findings';
import { activeTabId, launchWithExtension } from '../test/e2e/chromium';

/** The chrome.* calls made inside the extension's service worker. */
type WorkerChrome = { storage: Record<'local' | 'session', { set(items: object): Promise<void> }> };

const ext = await launchWithExtension({ keepWelcome: true });
const saved: string[] = [];
const shot = async (page: import('playwright-core').Page, name: string, fullPage = false) => {
  await page.screenshot({ path: `docs/${name}`, fullPage });
  saved.push(`docs/${name}`);
};

try {
  // The popup reads a tab's warnings from session storage; a blank tab stands in for the site.
  const tab = await ext.context.newPage();
  const tabId = await activeTabId(ext.worker);
  const showTab = (address: string, warnings: unknown[]) =>
    ext.worker.evaluate(
      async ({ settings, id, url, findings }) => {
        const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
        await chrome.storage.local.set({ settings });
        await chrome.storage.session.set({ tabFindings: { [id]: { tabId: id, url, findings } } });
      },
      { settings: sample, id: tabId, url: address, findings: warnings },
    );
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });

  await showTab('https://x.com/compose/post', FINDINGS);
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.finding summary').first().click();
  await popup.locator('.clause').first().waitFor();
  await shot(popup, 'popup-warning.png');

  await showTab('https://forum.example.org/t/42', []);
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByText(/are not checked/).waitFor();
  await popup.setViewportSize({ width: 400, height: 260 });
  await shot(popup, 'popup-unwatched.png');
  await tab.close();

  // The welcome the install opened: try the sample school.
  const options = ext.welcome;
  await options.setViewportSize({ width: 900, height: 900 });
  await options.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    await chrome.storage.local.set({ settings: null });
  });
  await options.reload();
  await options.getByRole('button', { name: 'Try it with the sample school' }).click();
  const ready = options.getByRole('region', { name: 'The sample school is loaded' });
  await ready.locator('.finding').first().waitFor();
  await ready.scrollIntoViewIfNeeded();
  await options.evaluate(() => window.scrollTo(0, 0));
  await shot(options, 'options-first-run.png');

  const { workingHours: _none, ...nextYear } = structuredClone(sample);
  nextYear.classes[0]!.name = 'Year 5 Oak';
  nextYear.classes[0]!.pupils = nextYear.classes[0]!.pupils.slice(2);
  const file = join(mkdtempSync(join(tmpdir(), 'byp-shots-')), 'school-settings-2027.json');
  writeFileSync(file, JSON.stringify(nextYear));
  await ready.getByRole('button', { name: 'Done' }).click();
  await options.getByLabel('Import settings').setInputFiles(file);
  const question = options.getByRole('group', { name: /^Replace the settings/ });
  await question.waitFor();
  await options.setViewportSize({ width: 900, height: 700 });
  await options.evaluate(() =>
    document.getElementById('settings-file-heading')!.scrollIntoView({ block: 'start' }),
  );
  await shot(options, 'options-import-preview.png');

  const policy = await ext.context.newPage();
  await policy.setViewportSize({ width: 900, height: 700 });
  await policy.goto(`chrome-extension://${ext.extensionId}/policy.html?q=friend%20request`);
  await policy.getByRole('list', { name: /matching clauses/ }).waitFor();
  await shot(policy, 'policy-page.png');
  console.log(`Saved ${saved.join(', ')} (post: "${POST}")`);
} finally {
  await ext.close();
}
