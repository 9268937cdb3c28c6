// Every piece of extension storage is declared here; nothing else touches browser.storage.
// Class lists are in storage.local only (never sync): they must not leave this browser.
import { browser, storage } from '#imports';
import type { PolicyPack } from '../lib/policy/types';
import type { SchoolClass, SchoolSettings } from '../lib/settings/types';
import { sessionStorageArea } from './browser-api';
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

/** The settings as they were before the last "Import settings" (null: there were none). */
export interface SettingsUndo {
  settings: SchoolSettings | null;
  /** What was imported, e.g. "school-settings.json". */
  label: string;
}
export const settingsUndoItem = storage.defineItem<SettingsUndo | null>('local:settingsUndo', {
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

/**
 * Set only by the end-to-end timing test, through the service worker: content scripts then
 * record their main-thread time as performance measures. A page cannot set it.
 */
export const measureItem = storage.defineItem<boolean>('local:measure', { fallback: false });

/** Set once the welcome has been shown, so a reinstall of an update does not show it again. */
export const welcomeShownItem = storage.defineItem<boolean>('local:welcomeShown', {
  fallback: false,
});

// What school IT pushes through browser policy is read in platform/settings-source.ts, through
// platform/browser-api.ts: Firefox has no managed area at all unless a policy names the add-on.

/**
 * Content scripts run inside the pages' own processes, and by default may read
 * storage.local, where the class lists are: a page that broke out of its sandbox into the
 * process (a browser bug) could read them there. Chrome lets an extension keep storage.local
 * to its own pages and worker (checked in hostile-page.e2e.test.ts); no content script here
 * needs storage. Firefox offers this for storage.session only, so there it stays open to
 * content scripts (docs/privacy.md, "Threat model").
 */
export async function keepStorageFromContentScripts(): Promise<void> {
  const local = browser.storage.local as unknown as {
    setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
  };
  try {
    await local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch {
    // Not offered for this area in this browser.
  }
}

/**
 * "Delete all school data": empties this extension's local and session storage, including
 * version metadata and anything another part of the extension cached there. Nothing is
 * kept in sync storage, so there is nothing to delete there.
 */
export async function deleteAllSchoolData(): Promise<void> {
  await browser.storage.local.clear();
  await sessionStorageArea()?.clear();
}
