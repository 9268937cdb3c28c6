// The popup: tab N's warnings (popup.html?tab=N, else the active tab), whether posts on that
// tab's site are checked at all, the working-hours status and the policy search. Fetches data
// and hands it to components/popup/Popup.
import { browser } from '#imports';
import { render } from 'preact';
import { Popup, type SiteView, type TabView } from '../../components/popup/Popup';
import { workViewFor } from '../../components/popup/work-view';
import { policyPath, readPopupTab } from '../../lib/messaging/page-links';
import type { PopupRequest, TabFindings } from '../../lib/messaging/protocol';
import type { SchoolSettings } from '../../lib/settings/types';
import { policyPackFor } from '../../platform/policy-pack';
import {
  describeEffectiveSettings,
  loadEffectiveSettings,
  onLateManagedSettings,
} from '../../platform/settings-source';
import { siteOfUrl, type SiteList } from '../../platform/sites';
import './style.css';

const root = document.getElementById('app')!;

/** The tab asked for, or the active one; undefined when there is no such tab. */
async function findTab(): Promise<{ id?: number; url?: string } | undefined> {
  const asked = readPopupTab(location.search);
  if (asked === undefined)
    return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return browser.tabs.get(asked).catch(() => undefined);
}

async function tabView(sites: SiteList): Promise<TabView> {
  try {
    const tab = await findTab();
    if (tab?.id === undefined) return { kind: 'no-tab' };
    const request: PopupRequest = { type: 'get-tab-findings', tabId: tab.id };
    const answer = (await browser.runtime.sendMessage(request)) as TabFindings | undefined;
    // The browser shows a tab's address to the popup opened from the toolbar (activeTab); for
    // popup.html?tab=N the background knows it once a post there has been checked.
    const url = tab.url ?? answer?.url;
    const site: SiteView = url ? siteOfUrl(url, sites) : { kind: 'unknown' };
    return {
      kind: 'ready',
      site,
      findings: answer?.findings ?? [],
      hasAttachment: answer?.hasAttachment,
      attachments: answer?.attachments,
    };
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
}

async function openOptions(href: string) {
  if (href === 'options.html') await browser.runtime.openOptionsPage();
  else await browser.tabs.create({ url: browser.runtime.getURL(`/${href}` as '/options.html') });
  window.close();
}

function show(settings: SchoolSettings | null, tab: TabView) {
  render(
    <Popup
      tab={tab}
      work={workViewFor(settings?.workingHours, Date.now())}
      pack={policyPackFor(settings)}
      links={{
        policy: policyPath,
        options: 'options.html',
        addSite: (host) => `options.html?add-site=${encodeURIComponent(host)}#sites-heading`,
      }}
      onOpenOptions={(href) => void openOptions(href)}
    />,
    root,
  );
}

async function main() {
  const described = await describeEffectiveSettings();
  let settings = described.settings;
  let tab: TabView = { kind: 'loading' };
  show(settings, tab);
  // Working hours pushed by school IT may arrive after the popup has shown.
  onLateManagedSettings(() => void loadEffectiveSettings().then((s) => show((settings = s), tab)));
  tab = await tabView(described.sites);
  show(settings, tab);
  // The popup may stay open across a change of working state; a minute is fine-grained enough.
  setInterval(() => show(settings, tab), 60_000);
}

void main();
