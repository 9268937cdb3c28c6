// Wires the checker to the browser: the check port from content scripts, the
// toolbar badge, the popup's request for a tab's warnings, and opening the
// popup or policy page from the overlay's links, and the options page's try-it box.
import { browser, defineBackground } from '#imports';
import { CHECK_PORT, type BackgroundMessage } from '../lib/messaging/protocol';
import { parsePopupRequest } from '../lib/messaging/validate';
import { createCheckService } from '../platform/background/check-service';
import { createCheckerHost } from '../platform/background/checker-host';
import { createSiteSync } from '../platform/background/site-sync';
import { markStart } from '../platform/background/start-marks';
import { getTabFindings, saveTabFindings } from '../platform/background/tab-findings';
import { registerTryCheck } from '../platform/background/try-check';
import { commandsApi, toolbarButton } from '../platform/browser-api';
import { registerFirstRun } from '../platform/first-run';
import { clauseExists } from '../platform/background/policy-in-use';
import { keepStorageFromContentScripts } from '../platform/storage';
import { readMeasure } from '../platform/stored-data';
import { startWorkingTimeWatcher } from '../platform/working-time';

/** The command that opens the card (wxt.config.ts). */
const SHOW_WARNINGS = 'show-warnings';

const isExtensionPage = (url: string | undefined) =>
  url !== undefined && url.startsWith(browser.runtime.getURL('/'));

/** Calm amber rather than alarm red: the badge is a nudge. */
const BADGE_COLOUR = '#b45309';

export default defineBackground(() => {
  markStart('main');
  // First: its storage reads go ahead of the others' (checker-host.ts, `start`).
  const host = createCheckerHost(() => service.recheckAll());
  host.start();
  void keepStorageFromContentScripts();
  registerFirstRun();
  startWorkingTimeWatcher();
  registerTryCheck();
  const sites = createSiteSync();
  const button = toolbarButton();
  const service = createCheckService({
    checker: host.checker,
    attachmentContext: host.attachmentContext,
    setBadge: async (tabId, text) => {
      // The tab may have closed since the check; its badge went with it.
      await button?.setBadgeText({ tabId, text }).catch(() => undefined);
      if (text) {
        await button
          ?.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR })
          .catch(() => undefined);
      }
    },
    saveTab: saveTabFindings,
    siteEnabled: sites.isEnabled,
    clauseExists: (clause) => clauseExists(clause),
    measuring: async () => (await readMeasure()).value,
    openPage: async (page, tabId, clause) => {
      const path = page === 'popup' ? `/popup.html?tab=${tabId}` : `/policy.html#${clause ?? ''}`;
      await browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html') });
    },
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CHECK_PORT) return;
    service.connect(port);
    // The card shows the key as the browser has it now (the person may have changed it).
    void commandsApi()
      ?.getAll()
      .then((all) => {
        const keys = all.find((c) => c.name === SHOW_WARNINGS)?.shortcut ?? '';
        port.postMessage({ type: 'shortcut', keys } satisfies BackgroundMessage);
      })
      .catch(() => undefined);
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    const request = parsePopupRequest(raw);
    // Only the extension's own pages may read a tab's warnings: a content script runs in a
    // page's process, and the full reasons name classes (lib/messaging/page-safe.ts).
    if (!request || !isExtensionPage(sender.url)) return undefined;
    const empty = { tabId: request.tabId, findings: [] };
    void getTabFindings(request.tabId).then(sendResponse, () => sendResponse(empty));
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => service.forgetTab(tabId));
  commandsApi()?.onCommand.addListener((command, tab) => {
    if (command === SHOW_WARNINGS && tab?.id !== undefined) service.toggleCard(tab.id);
  });
});
