// Answers the popup's `get-tab-findings` request from storage.session, which
// outlives a stopped service worker (platform/tab-state.ts).
import type { TabFindings } from '../../lib/messaging/protocol';
import { createTabFindingsStore } from '../tab-state';

const store = createTabFindingsStore();

let writes = Promise.resolve();

/** Serialised read-modify-write: checks on two tabs must not overwrite each other. */
export function saveTabFindings(tabId: number, state: TabFindings | undefined): Promise<void> {
  writes = writes.then(async () => {
    const all = { ...(await store.getValue()) };
    if (state) all[tabId] = state;
    else delete all[tabId];
    await store.setValue(all);
  });
  return writes;
}

export async function getTabFindings(tabId: number): Promise<TabFindings> {
  await writes;
  const all = await store.getValue();
  return all[tabId] ?? { tabId, findings: [] };
}
