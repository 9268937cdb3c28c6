// Per-tab warnings, kept in storage.session so that the popup still finds them
// after the MV3 service worker has been stopped and restarted. Session storage
// is memory-only and cleared when the browser closes. A Firefox older than 115
// has no storage.session; there the MV2 background page, which is never
// stopped, keeps them in its own memory.
import { browser, storage } from '#imports';
import type { TabFindings } from '../lib/messaging/protocol';
import { sessionStorageArea, type BrowserLike } from './browser-api';

export interface TabFindingsStore {
  getValue(): Promise<Record<string, TabFindings>>;
  setValue(value: Record<string, TabFindings>): Promise<void>;
}

export function createTabFindingsStore(b: BrowserLike = browser): TabFindingsStore {
  if (sessionStorageArea(b)) {
    return storage.defineItem<Record<string, TabFindings>>('session:tabFindings', {
      fallback: {},
    });
  }
  let memory: Record<string, TabFindings> = {};
  return {
    getValue: async () => memory,
    setValue: async (value) => void (memory = value),
  };
}
