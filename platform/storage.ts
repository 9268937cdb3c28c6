// Every piece of extension storage is declared here; nothing else touches browser.storage.
// Class lists are in storage.local only (never sync): they must not leave this browser.
import { storage } from '#imports';
import type { SchoolSettings } from '../lib/types';

/** The school's settings file, as last imported or edited in the options page. */
export const settingsItem = storage.defineItem<SchoolSettings | null>('local:settings', {
  fallback: null,
  version: 1,
});
