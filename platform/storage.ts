// Every piece of extension storage is declared here; nothing else touches browser.storage.
// Class lists are in storage.local only (never sync): they must not leave this browser.
import { browser, storage } from '#imports';
import type { PolicyPack } from '../lib/policy/types';
import type { SchoolClass, SchoolSettings } from '../lib/settings/types';
import { migrateSettingsToV2 } from './settings-migrations';
import { DEFAULT_SITE_LIST, type SiteList } from './sites';

/** The school's settings file, as last imported or edited in the options page. */
export const settingsItem = storage.defineItem<SchoolSettings | null>('local:settings', {
  fallback: null,
  version: 2,
  migrations: { 2: migrateSettingsToV2 },
});

/** The class lists as they were before the last import, so that import can be undone. */
export interface ClassListUndo {
  classes: SchoolClass[];
  /** What the import was, e.g. "sims.csv". */
  label: string;
}
export const classListUndoItem = storage.defineItem<ClassListUndo | null>('local:classListUndo', {
  fallback: null,
});

/** The policy as it was before the last policy import (null: the built-in one), for undo. */
export interface PolicyUndo {
  policy: PolicyPack | null;
  /** What the import was, e.g. "social-media-policy.pdf". */
  label: string;
}
export const policyUndoItem = storage.defineItem<PolicyUndo | null>('local:policyUndo', {
  fallback: null,
});

/**
 * Which sites the compose-box watcher runs on. The background reads and watches this item
 * to register content scripts for added sites (their host permission is asked for first).
 */
export const siteListItem = storage.defineItem<SiteList>('local:sites', {
  fallback: DEFAULT_SITE_LIST,
  version: 1,
});

/** Set once the welcome has been shown, so a reinstall of an update does not show it again. */
export const welcomeShownItem = storage.defineItem<boolean>('local:welcomeShown', {
  fallback: false,
});

// What school IT may push through Google Admin console / Intune (public/managed_schema.json).
// Read-only to the extension; each one, when set, wins over the local value.
export const managedItems = {
  school: storage.defineItem<SchoolSettings['school'] | null>('managed:school', { fallback: null }),
  classes: storage.defineItem<SchoolSettings['classes'] | null>('managed:classes', {
    fallback: null,
  }),
  staff: storage.defineItem<SchoolSettings['staff'] | null>('managed:staff', { fallback: null }),
  workingHours: storage.defineItem<SchoolSettings['workingHours'] | null>('managed:workingHours', {
    fallback: null,
  }),
  checks: storage.defineItem<SchoolSettings['checks'] | null>('managed:checks', { fallback: null }),
  sites: storage.defineItem<SiteList | null>('managed:sites', { fallback: null }),
};

/**
 * "Delete all school data": empties this extension's local and session storage, including
 * version metadata and anything another part of the extension cached there. Nothing is
 * kept in sync storage, so there is nothing to delete there.
 */
export async function deleteAllSchoolData(): Promise<void> {
  await browser.storage.local.clear();
  await browser.storage.session?.clear();
}
