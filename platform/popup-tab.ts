// The popup's view of a tab's warnings, shown as soon as the popup can read them itself.
// The background keeps each tab's warnings in storage.session (platform/tab-state.ts), which
// an extension page may read; the popup used to wait for the background's answer, and right
// after install, or when Chrome has stopped the service worker, that worker is still
// starting. So the popup reads storage.session at once and shows what it holds; the
// background's answer follows and replaces it (it also knows a check finished a moment ago,
// before its write reached storage). Where there is no storage.session (Firefox before 115,
// whose background page keeps them in memory), only the answer is shown.
import { browser } from '#imports';
import type { SiteView, TabView } from '../components/popup/Popup';
import type { PopupRequest, TabFindings } from '../lib/messaging/protocol';
import { parseTabFindings } from '../lib/messaging/validate';
import { sessionStorageArea, type BrowserLike } from './browser-api';
import { siteOfUrl, type SiteList } from './sites';
import { createTabFindingsStore } from './tab-state';

export interface TabSource {
  /** The tab the popup is about; undefined when there is none. */
  findTab(): Promise<{ id?: number; url?: string } | undefined>;
  /** The background's answer. */
  ask(tabId: number): Promise<TabFindings | undefined>;
  /** What storage holds for the tab; undefined when the popup cannot read it. */
  stored(tabId: number): Promise<TabFindings | undefined>;
}

/** The tab's warnings as the browser's storage.session holds them, checked by shape. */
export async function storedTabFindings(
  tabId: number,
  b: BrowserLike = browser,
): Promise<TabFindings | undefined> {
  if (!sessionStorageArea(b)) return undefined;
  const all: unknown = await createTabFindingsStore(b).getValue();
  if (typeof all !== 'object' || all === null) return undefined;
  const entry = (all as Record<string, unknown>)[String(tabId)];
  if (entry === undefined) return { tabId, findings: [] };
  const parsed = parseTabFindings(entry);
  // A damaged entry: the background's answer, which drops it, decides.
  return parsed && parsed.tabId === tabId ? parsed : undefined;
}

/** The browser's own: the tab asked for in popup.html?tab=N, or the active one. */
export function browserTabSource(asked: number | undefined): TabSource {
  return {
    findTab: async () =>
      asked === undefined
        ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
        : browser.tabs.get(asked).catch(() => undefined),
    ask: async (tabId) => {
      const request: PopupRequest = { type: 'get-tab-findings', tabId };
      return (await browser.runtime.sendMessage(request)) as TabFindings | undefined;
    },
    stored: (tabId) => storedTabFindings(tabId).catch(() => undefined),
  };
}

function viewOf(tab: { url?: string }, found: TabFindings | undefined, sites: SiteList): TabView {
  // The browser shows a tab's address to the popup opened from the toolbar (activeTab); for
  // popup.html?tab=N the background knows it once a post there has been checked.
  const url = tab.url ?? found?.url;
  const site: SiteView = url ? siteOfUrl(url, sites) : { kind: 'unknown' };
  return {
    kind: 'ready',
    site,
    findings: found?.findings ?? [],
    hasAttachment: found?.hasAttachment,
    attachments: found?.attachments,
  };
}

/**
 * Calls `show` with the tab's view from storage as soon as it is read, then with the
 * background's answer. Storage read after the answer is not shown: the answer is as new or
 * newer. If the background fails, what storage held stays; with nothing shown, the error.
 */
export async function watchTabView(
  source: TabSource,
  sitesRead: SiteList | Promise<SiteList>,
  show: (view: TabView) => void,
): Promise<void> {
  // The tab and its warnings are read while the settings are: only the view needs the sites.
  let sites: SiteList | undefined;
  const withSites = async (view: () => TabView) => {
    sites ??= await sitesRead;
    return view();
  };
  let tab: { id?: number; url?: string } | undefined;
  try {
    tab = await source.findTab();
  } catch (error) {
    show({ kind: 'error', message: (error as Error).message });
    return;
  }
  if (tab?.id === undefined) {
    show({ kind: 'no-tab' });
    return;
  }
  const known = tab;
  let answered = false;
  const shownFromStorage = source.stored(known.id!).then(
    async (found) => {
      if (!found || answered) return false;
      const view = await withSites(() => viewOf(known, found, sites!));
      if (answered) return false;
      show(view);
      return true;
    },
    () => false,
  );
  let answer: TabFindings | undefined;
  try {
    answer = await source.ask(known.id!);
  } catch (error) {
    if (!(await shownFromStorage)) show({ kind: 'error', message: (error as Error).message });
    return;
  }
  answered = true;
  show(await withSites(() => viewOf(known, answer, sites!)));
}
