// The usual start of an end-to-end test file: Chromium with the extension, the test pages
// served at the real sites' addresses, and (when given) a settings file stored.
import { readFileSync } from 'node:fs';
import { launchWithExtension, storeSettings, type ExtensionBrowser } from './chromium';
import { routeFakeSites } from './fake-sites';
import { TEST_PAGES_BUNDLE } from './global-setup';

export async function launchOnFakeSites(
  settings?: object,
): Promise<{ browser: ExtensionBrowser; network: { unexpected: string[] } }> {
  const browser = await launchWithExtension();
  const network = await routeFakeSites(browser.context, readFileSync(TEST_PAGES_BUNDLE, 'utf8'));
  if (settings) await storeSettings(browser.worker, settings);
  return { browser, network };
}
