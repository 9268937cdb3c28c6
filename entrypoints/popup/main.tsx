// The popup: tab N's warnings (popup.html?tab=N, else the active tab), the working-hours
// status and the policy search. Fetches data and hands it to components/popup/Popup.
import { browser } from '#imports';
import { render } from 'preact';
import { Popup, type TabView } from '../../components/popup/Popup';
import { workViewFor } from '../../components/popup/work-view';
import { policyPath, readPopupTab } from '../../lib/messaging/page-links';
import type { PopupRequest, TabFindings } from '../../lib/messaging/protocol';
import type { SchoolSettings } from '../../lib/settings/types';
import { policyPackFor } from '../../platform/policy-pack';
import { loadEffectiveSettings, onLateManagedSettings } from '../../platform/settings-source';
import './style.css';

const root = document.getElementById('app')!;

async function tabView(): Promise<TabView> {
  try {
    const tabId =
      readPopupTab(location.search) ??
      (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return { kind: 'error', message: 'no tab is active' };
    const request: PopupRequest = { type: 'get-tab-findings', tabId };
    const answer = (await browser.runtime.sendMessage(request)) as TabFindings | undefined;
    return {
      kind: 'ready',
      findings: answer?.findings ?? [],
      hasAttachment: answer?.hasAttachment,
      attachments: answer?.attachments,
    };
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
}

function show(settings: SchoolSettings | null, tab: TabView) {
  render(
    <Popup
      tab={tab}
      work={workViewFor(settings?.workingHours, Date.now())}
      pack={policyPackFor(settings)}
      links={{ policy: policyPath, options: 'options.html' }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />,
    root,
  );
}

async function main() {
  let settings = await loadEffectiveSettings();
  let tab: TabView = { kind: 'loading' };
  show(settings, tab);
  // Working hours pushed by school IT may arrive after the popup has shown.
  onLateManagedSettings(() => void loadEffectiveSettings().then((s) => show((settings = s), tab)));
  tab = await tabView();
  show(settings, tab);
  // The popup may stay open across a change of working state; a minute is fine-grained enough.
  setInterval(() => show(settings, tab), 60_000);
}

void main();
