// First run: installing the extension opens a short welcome in the options page
// (options.html?welcome). Updates and browser restarts do not.
import { browser } from '#imports';
import { welcomeShownItem } from './storage';
import { readWelcomeShown } from './stored-data';

export const WELCOME_PATH = '/options.html?welcome';

export async function openWelcomeIfNew(details: { reason: string }): Promise<boolean> {
  if (details.reason !== 'install' || (await readWelcomeShown()).value) return false;
  await welcomeShownItem.setValue(true);
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH as '/options.html') });
  return true;
}

/** The one call the background makes at start-up. */
export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => void openWelcomeIfNew(details));
}
