// Answers the popup's `get-tab-findings` request from storage.session, which
// outlives a stopped service worker.
import type { TabFindings } from '../../lib/messaging/protocol';
import { tabFindingsItem } from '../tab-state';

let writes = Promise.resolve();

/** Serialised read-modify-write: checks on two tabs must not overwrite each other. */
export function saveTabFindings(tabId: number, state: TabFindings | undefined): Promise<void> {
  writes = writes.then(async () => {
    const all = { ...(await tabFindingsItem.getValue()) };
    if (state) all[tabId] = state;
    else delete all[tabId];
    await tabFindingsItem.setValue(all);
  });
  return writes;
}

export async function getTabFindings(tabId: number): Promise<TabFindings> {
  await writes;
  const all = await tabFindingsItem.getValue();
  return all[tabId] ?? { tabId, findings: [] };
}
