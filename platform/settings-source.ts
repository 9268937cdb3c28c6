// The settings the checker should use: this browser's settings with whatever school IT
// pushed through managed storage laid over them (managed wins). The background loads and
// watches these; the options page also asks which parts are managed.
import { validateSettings, type SettingsProblem } from '../lib/settings';
import type { SchoolSettings } from '../lib/settings/types';
import { managedStorage } from './browser-api';
import {
  MANAGED_PARTS,
  mergeManaged,
  type ManagedValues,
  type MergedSettings,
} from './managed-merge';
import type { SiteList } from './sites';
import { settingsItem } from './storage';
import { checkSiteList, readSiteList } from './stored-data';

export type StoredSettings =
  | { status: 'empty' }
  | { status: 'ok'; settings: SchoolSettings }
  /** Present but unreadable: kept untouched so it can be exported, replaced or deleted. */
  | { status: 'damaged'; raw: unknown; problems: SettingsProblem[] };

export async function readStoredSettings(): Promise<StoredSettings> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch (error) {
    return { status: 'damaged', raw: null, problems: [{ path: '', message: String(error) }] };
  }
  if (raw == null) return { status: 'empty' };
  const result = validateSettings(raw);
  return result.ok
    ? { status: 'ok', settings: result.settings }
    : { status: 'damaged', raw, problems: result.problems };
}

/** The keys of public/managed_schema.json: what school IT may push. */
const MANAGED_KEYS = [...MANAGED_PARTS, 'sites'] as const;

/**
 * How long a read waits for managed storage. Its first read after the browser starts
 * is answered only once Chromium's policy service is up (about 3 s in the end-to-end
 * tests), and the first check, the options page and the popup all waited for it; later
 * reads take well under a millisecond. A late answer that holds values is announced to
 * the watchers below, which read again.
 */
export const MANAGED_WAIT_MS = 100;
/**
 * How long an extension page (the popup, the options page) waits for managed storage once
 * its own storage has answered. Later than the first seconds after the browser starts,
 * managed storage answers as fast as local storage does; in those seconds it answers after
 * about 3 s, long after MANAGED_WAIT_MS, so the 100 ms wait bought nothing and was most of
 * the popup's time to content right after install (100 of about 250 ms). A value that
 * arrives later is announced as before (`onLateManagedSettings`) and the page shows it.
 */
export const PAGE_MANAGED_GRACE_MS = 25;
const lateManagedListeners = new Set<() => void>();
const NO_MANAGED: ManagedValues = {};

const after = (ms: number) =>
  new Promise<undefined>((resolve) => globalThis.setTimeout(resolve, ms, undefined));

/** `localRead`: an extension page's own reads; the wait then ends a grace after them. */
async function readManagedPromptly(localRead?: Promise<unknown>): Promise<ManagedValues> {
  const read = readManaged();
  const wait = { timer: undefined as ReturnType<typeof globalThis.setTimeout> | undefined };
  const late = new Promise<undefined>((resolve) => {
    wait.timer = globalThis.setTimeout(resolve, MANAGED_WAIT_MS, undefined);
  });
  const graceOver = localRead
    ? localRead.then(
        () => after(PAGE_MANAGED_GRACE_MS),
        () => after(PAGE_MANAGED_GRACE_MS),
      )
    : late;
  const values = await Promise.race([read, late, graceOver]);
  globalThis.clearTimeout(wait.timer);
  if (values) return values;
  void read.then((arrived) => {
    if (Object.values(arrived).some((value) => value != null)) {
      for (const listener of lateManagedListeners) listener();
    }
  });
  return NO_MANAGED;
}

/** Calls back when managed values arrive after a read went ahead without them. */
export function onLateManagedSettings(listener: () => void): () => void {
  lateManagedListeners.add(listener);
  return () => lateManagedListeners.delete(listener);
}

/** Read-only; empty where there is no policy (platform/browser-api.ts). */
async function readManaged(): Promise<ManagedValues> {
  const values = (await managedStorage.read(MANAGED_KEYS)) as ManagedValues;
  // The other parts are checked with the settings (managed-merge.ts); a damaged site list is none.
  return { ...values, sites: values.sites == null ? null : checkSiteList(values.sites) };
}

export interface ReadOptions {
  /**
   * An extension page reads: it waits for managed storage only PAGE_MANAGED_GRACE_MS past
   * its own storage, not MANAGED_WAIT_MS. The background keeps the longer wait, so that its
   * first check is less likely to run without what school IT pushed.
   */
  page?: boolean;
}

export async function describeEffectiveSettings({ page = false }: ReadOptions = {}): Promise<
  MergedSettings & { stored: StoredSettings; sites: SiteList }
> {
  const own = Promise.all([readStoredSettings(), readSiteList()]);
  const [[stored, localSites], managed] = await Promise.all([
    own,
    readManagedPromptly(page ? own : undefined),
  ]);
  const local = stored.status === 'ok' ? stored.settings : null;
  const merged = mergeManaged(local, managed);
  return { ...merged, stored, sites: managed.sites ?? localSites.value };
}

/** The settings to check posts against, or null when none are loaded. */
export async function loadEffectiveSettings(options?: ReadOptions): Promise<SchoolSettings | null> {
  return (await describeEffectiveSettings(options)).settings;
}

/** The site list the watcher should use (managed wins). */
export async function loadEffectiveSiteList(): Promise<SiteList> {
  return (await describeEffectiveSettings()).sites;
}

/** Calls back with fresh effective settings whenever local or managed values change. */
export function watchEffectiveSettings(
  callback: (settings: SchoolSettings | null) => void,
): () => void {
  const reload = () => void loadEffectiveSettings().then(callback);
  const unwatchers = [
    settingsItem.watch(reload),
    managedStorage.watch(reload),
    onLateManagedSettings(reload),
  ];
  return () => unwatchers.forEach((unwatch) => unwatch());
}
