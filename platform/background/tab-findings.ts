// Answers the popup's `get-tab-findings` request from storage.session, which
// outlives a stopped service worker (platform/tab-state.ts).
//
// Storage can fail (storage.session holds 10 MB in all) and can hold what no code wrote
// (an older version, a half-finished write). So: each write waits for the one before but
// never inherits its failure; what this worker last saved for a tab is also kept in memory
// and answers first; and every stored entry is checked by shape when read, a damaged one
// counting as absent and being dropped at the next write.
import type { TabFindings } from '../../lib/messaging/protocol';
import { parseTabFindings } from '../../lib/messaging/validate';
import { createTabFindingsStore } from '../tab-state';

const store = createTabFindingsStore();

/** The chain of writes, already past any failure: waiting on it never throws. */
let settled: Promise<void> = Promise.resolve();
const latest = new Map<number, TabFindings>();

async function readAll(): Promise<Record<string, TabFindings>> {
  const raw: unknown = await store.getValue();
  const sound: Record<string, TabFindings> = {};
  if (typeof raw !== 'object' || raw === null) return sound;
  for (const [key, value] of Object.entries(raw)) {
    const parsed = parseTabFindings(value);
    if (parsed && String(parsed.tabId) === key) sound[key] = parsed;
  }
  return sound;
}

/** Serialised read-modify-write: checks on two tabs must not overwrite each other. */
export function saveTabFindings(tabId: number, state: TabFindings | undefined): Promise<void> {
  if (state) latest.set(tabId, state);
  else latest.delete(tabId);
  const write = settled.then(async () => {
    const all = await readAll();
    if (state) all[tabId] = state;
    else delete all[tabId];
    await store.setValue(all);
  });
  settled = write.catch((error: unknown) => {
    console.warn('Before You Post: could not keep a tab’s warnings for the popup', error);
  });
  return write;
}

export async function getTabFindings(tabId: number): Promise<TabFindings> {
  const empty = { tabId, findings: [] };
  const known = latest.get(tabId);
  if (known) return known;
  await settled;
  try {
    return (await readAll())[tabId] ?? empty;
  } catch {
    return empty;
  }
}
