// What the options page does to storage. Kept out of the components (which only take props)
// and out of main.tsx (which only wires), so it can be tested with fakeBrowser.
import { browser } from '#imports';
import sample from '../lib/sample/sample-settings.json';
import { validateSettings } from '../lib/settings';
import type { SchoolClass, SchoolSettings } from '../lib/settings/types';
import { describeEffectiveSettings } from './settings-source';
import { requestSiteAccess } from './site-access';
import { parseSiteInput } from './sites';
import { classListUndoItem, deleteAllSchoolData, settingsItem, siteListItem } from './storage';
import { readClassListUndo, readSiteList, repairStoredKey, storedDamage } from './stored-data';

export async function saveSettings(settings: SchoolSettings): Promise<void> {
  await settingsItem.setValue(settings);
}

/**
 * How many bytes storage.local may hold for this extension in all: Chrome's quota without the
 * unlimitedStorage permission (chrome.storage.local.QUOTA_BYTES). Firefox sets none, and the
 * same limit is kept there so a file that works in one browser works in the other.
 */
export const LOCAL_QUOTA_BYTES = 10 * 1024 * 1024;

/** What one stored value counts against the quota: its key and its JSON, in UTF-8 bytes. */
export function storedBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Replaces the settings with an imported file, only if storage can hold it beside everything
 * else kept: a refusal says so before anything is replaced. Resolves to that message, or null.
 */
export async function importSettings(settings: SchoolSettings): Promise<string | null> {
  const need = storedBytes('settings', settings);
  const others = Object.entries(await browser.storage.local.get(null)).filter(
    ([key]) => key !== 'settings',
  );
  const room = LOCAL_QUOTA_BYTES - others.reduce((n, [k, v]) => n + storedBytes(k, v), 0);
  if (need > room) {
    return `This settings file is too large to keep: it needs ${megabytes(need)}, and this browser has room for ${megabytes(Math.max(0, room))}. Nothing was imported; the settings here are unchanged.`;
  }
  try {
    await settingsItem.setValue(settings);
    return null;
  } catch (error) {
    return `The browser could not keep this settings file (${String(error)}). Nothing was imported; the settings here are unchanged.`;
  }
}

async function localSettings(): Promise<SchoolSettings | null> {
  const result = validateSettings(await settingsItem.getValue());
  return result.ok ? result.settings : null;
}

/** With an `undoLabel`, the class lists as they were are kept so the import can be undone. */
export async function saveClasses(classes: SchoolClass[], undoLabel?: string): Promise<void> {
  const current = await localSettings();
  if (!current) throw new Error('Save the school profile before adding class lists.');
  if (undoLabel) await classListUndoItem.setValue({ classes: current.classes, label: undoLabel });
  await settingsItem.setValue({ ...current, classes });
}

export async function undoImport(): Promise<void> {
  const [{ value: undo }, current] = await Promise.all([readClassListUndo(), localSettings()]);
  if (!undo || !current) return;
  await settingsItem.setValue({ ...current, classes: undo.classes });
  await classListUndoItem.removeValue();
}

export async function loadSample(): Promise<void> {
  const result = validateSettings(sample);
  if (!result.ok) throw new Error('The built-in sample settings are invalid.');
  await settingsItem.setValue(result.settings);
  await classListUndoItem.removeValue();
}

export async function toggleSite(id: string, on: boolean): Promise<void> {
  const list = (await readSiteList()).value;
  await siteListItem.setValue({ ...list, builtIn: { ...list.builtIn, [id]: on } });
}

/**
 * Asks for the site's optional host permission first (this must stay the first await, so
 * the browser still sees the click), then stores it; the background registers the watcher.
 */
export async function addSite(input: string): Promise<string | null> {
  const parsed = parseSiteInput(input);
  if (!parsed.ok) return parsed.error;
  const granted = await requestSiteAccess([parsed.site.pattern]);
  if (!granted)
    return `Permission to run on ${parsed.site.label} was not given, so it was not added.`;
  const list = (await readSiteList()).value;
  if (list.extra.some((site) => site.pattern === parsed.site.pattern)) return null;
  await siteListItem.setValue({ ...list, extra: [...list.extra, parsed.site] });
  return null;
}

export async function removeSite(pattern: string): Promise<void> {
  const list = (await readSiteList()).value;
  await siteListItem.setValue({ ...list, extra: list.extra.filter((s) => s.pattern !== pattern) });
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

export async function discardDamaged(): Promise<void> {
  await settingsItem.removeValue();
}

export async function damagedSettingsText(): Promise<string> {
  return JSON.stringify(await settingsItem.getValue(), null, 2);
}

export { deleteAllSchoolData };

export { repairStoredKey };

/** Never throws: whatever storage holds, the options page gets something to show. */
export async function readOptionsState() {
  const [described, undo, damagedData] = await Promise.all([
    describeEffectiveSettings(),
    readClassListUndo(),
    storedDamage(),
  ]);
  const { stored } = described;
  return {
    local: stored.status === 'ok' ? stored.settings : null,
    damaged: stored.status === 'damaged' ? stored.problems : null,
    damagedData,
    effective: described.settings,
    managed: described.managed,
    managedProblems: described.problems,
    sites: described.sites,
    undoLabel: undo.value?.label ?? null,
  };
}

/** Calls back whenever anything the options page shows changes in storage. */
export function watchOptionsState(callback: () => void): () => void {
  const listener = () => callback();
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
