// The popup: tab N's warnings (popup.html?tab=N, else the active tab), whether posts on that
// tab's site are checked at all, the working-hours status and the policy search. Fetches data
// and hands it to components/popup/Popup.
import { browser } from '#imports';
import { render } from 'preact';
import { Popup, type TabView } from '../../components/popup/Popup';
import { workViewFor } from '../../components/popup/work-view';
import { policyPath, readPopupTab } from '../../lib/messaging/page-links';
import type { SchoolSettings } from '../../lib/settings/types';
import { policyPackFor } from '../../platform/policy-pack';
import { browserTabSource, watchTabView } from '../../platform/popup-tab';
import {
  describeEffectiveSettings,
  loadEffectiveSettings,
  onLateManagedSettings,
} from '../../platform/settings-source';
import './style.css';

const root = document.getElementById('app')!;

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
  // As a page: managed storage still starting (the first seconds after the browser starts)
  // does not hold the popup up; its values are shown when they come.
  const reading = describeEffectiveSettings({ page: true });
  let settings: SchoolSettings | null = null;
  let tab: TabView = { kind: 'loading' };
  let settingsRead = false;
  // The tab's warnings, from storage first, then the background's answer (platform/popup-tab.ts),
  // read while the settings are; shown once they are.
  const tabs = watchTabView(
    browserTabSource(readPopupTab(location.search)),
    reading.then((d) => d.sites),
    (view) => {
      tab = view;
      if (settingsRead) show(settings, tab);
    },
  );
  settings = (await reading).settings;
  settingsRead = true;
  show(settings, tab);
  // Working hours pushed by school IT may arrive after the popup has shown.
  onLateManagedSettings(
    () => void loadEffectiveSettings({ page: true }).then((s) => show((settings = s), tab)),
  );
  await tabs;
  // The popup may stay open across a change of working state; a minute is fine-grained enough.
  setInterval(() => show(settings, tab), 60_000);
}

void main();
