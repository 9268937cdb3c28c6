// Per-tab warnings, kept in storage.session so that the popup still finds them
// after the MV3 service worker has been stopped and restarted. Session storage
// is memory-only and cleared when the browser closes.
import { storage } from '#imports';
import type { TabFindings } from '../lib/messaging/protocol';

export const tabFindingsItem = storage.defineItem<Record<string, TabFindings>>(
  'session:tabFindings',
  { fallback: {} },
);
