// Wires the checker to the browser: the check port from content scripts, the
// toolbar badge, the popup's request for a tab's warnings, and opening the
// popup or policy page from the overlay's links, and the options page's try-it box.
import { browser, defineBackground } from '#imports';
import { CHECK_PORT, type PopupRequest } from '../lib/messaging/protocol';
import { createCheckService } from '../platform/background/check-service';
import { createCheckerHost } from '../platform/background/checker-host';
import { createSiteSync } from '../platform/background/site-sync';
import { markStart } from '../platform/background/start-marks';
import { getTabFindings, saveTabFindings } from '../platform/background/tab-findings';
import { registerTryCheck } from '../platform/background/try-check';
import { commandsApi, toolbarButton } from '../platform/browser-api';
import { registerFirstRun } from '../platform/first-run';
import { startWorkingTimeWatcher } from '../platform/working-time';

/** Calm amber rather than alarm red: the badge is a nudge. */
const BADGE_COLOUR = '#b45309';

export default defineBackground(() => {
  markStart('main');
  registerFirstRun();
  startWorkingTimeWatcher();
  registerTryCheck();
  const host = createCheckerHost(() => void service.recheckAll());
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
    openPage: async (page, tabId, clause) => {
      const path = page === 'popup' ? `/popup.html?tab=${tabId}` : `/policy.html#${clause ?? ''}`;
      await browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html') });
    },
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === CHECK_PORT) service.connect(port);
  });
  browser.runtime.onMessage.addListener((message: PopupRequest, _sender, sendResponse) => {
    if (message?.type !== 'get-tab-findings') return undefined;
    void getTabFindings(message.tabId).then(sendResponse);
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => service.forgetTab(tabId));
  commandsApi()?.onCommand.addListener((command, tab) => {
    if (command === 'show-warnings' && tab?.id !== undefined) service.toggleCard(tab.id);
  });
});
