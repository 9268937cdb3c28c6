// What the options page does to storage. Kept out of the components (which only take props)
// and out of main.tsx (which only wires), so it can be tested with fakeBrowser.
import { browser } from '#imports';
import type { TryCheckAnswer, TryCheckRequest } from '../lib/messaging/try-protocol';
import sample from '../lib/sample/sample-settings.json';
import type { PolicyPack } from '../lib/policy/types';
import { NO_SCHOOL_SETTINGS } from '../lib/settings/defaults';
import { validateSettings } from '../lib/settings';
import type { SchoolClass, SchoolSettings } from '../lib/settings/types';
import { describeEffectiveSettings, onLateManagedSettings } from './settings-source';
import { requestSiteAccess } from './site-access';
import { parseSiteInput } from './sites';
import {
  classListUndoItem,
  deleteAllSchoolData,
  policyUndoItem,
  settingsItem,
  settingsUndoItem,
  siteListItem,
} from './storage';
export { policyTextFromFile as readPolicyFile, previewPolicyText } from './policy-file';
import {
  readClassListUndo,
  readSettingsUndo,
  readSiteList,
  repairStoredKey,
  storedDamage,
} from './stored-data';

/** An edit in one of the page's editors. The undo of an earlier import no longer applies. */
export async function saveSettings(settings: SchoolSettings): Promise<void> {
  await settingsItem.setValue(settings);
  await settingsUndoItem.removeValue();
}

/**
 * "Import settings", once the person has seen what changes and agreed: replaces this
 * browser's settings, keeping the ones it replaces (or that there were none) for one undo.
 */

/** Puts back the settings from before the last import (none, if there were none). */
export async function undoSettingsImport(): Promise<void> {
  const undo = (await readSettingsUndo()).value;
  if (!undo) return;
  if (undo.settings) await settingsItem.setValue(undo.settings);
  else await settingsItem.removeValue();
  await settingsUndoItem.removeValue();
  await classListUndoItem.removeValue();
  await policyUndoItem.removeValue();
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
 * "Import settings", once the person has seen what changes and agreed: replaces this
 * browser's settings, keeping the ones it replaces (or that there were none) for one undo,
 * but only if storage can hold the new settings and that copy beside everything else kept: a
 * refusal says so before anything is replaced. Resolves to that message, or null.
 */
export async function importSettings(
  settings: SchoolSettings,
  label: string,
): Promise<string | null> {
  const undo = { settings: await localSettings(), label };
  const need = storedBytes('settings', settings) + storedBytes('settingsUndo', undo);
  // The settings and both undo copies are replaced or cleared; everything else stays.
  const replaced = new Set(['settings', 'settingsUndo', 'classListUndo', 'policyUndo']);
  const others = Object.entries(await browser.storage.local.get(null)).filter(
    ([key]) => !replaced.has(key),
  );
  const room = LOCAL_QUOTA_BYTES - others.reduce((n, [k, v]) => n + storedBytes(k, v), 0);
  if (need > room) {
    return `This settings file is too large to keep: with a copy of the settings it replaces (for Undo), it needs ${megabytes(need)}, and this browser has room for ${megabytes(Math.max(0, room))}. Nothing was imported; the settings here are unchanged.`;
  }
  try {
    await settingsUndoItem.setValue(undo);
    await settingsItem.setValue(settings);
  } catch (error) {
    return `The browser could not keep this settings file (${String(error)}). Nothing was imported; the settings here are unchanged.`;
  }
  // A class-list or policy undo from before would put old data into the new school's settings.
  await classListUndoItem.removeValue();
  await policyUndoItem.removeValue();
  return null;
}

async function localSettings(): Promise<SchoolSettings | null> {
  const result = validateSettings(await settingsItem.getValue());
  return result.ok ? result.settings : null;
}

/**
 * With an `undoLabel`, the class lists as they were are kept so the import can be undone.
 * A class list may be the first thing loaded: then `schoolName` (asked for beside the
 * preview) or a profile school IT pushed starts this browser's settings.
 */
export async function saveClasses(
  classes: SchoolClass[],
  undoLabel?: string,
  schoolName?: string,
): Promise<void> {
  const current = (await localSettings()) ?? (await startingSettings(schoolName));
  if (!current) throw new Error('Enter the school name before adding class lists.');
  if (undoLabel) await classListUndoItem.setValue({ classes: current.classes, label: undoLabel });
  await settingsItem.setValue({ ...current, classes });
  await settingsUndoItem.removeValue();
}

async function startingSettings(schoolName?: string): Promise<SchoolSettings | null> {
  const { settings } = await describeEffectiveSettings();
  const school = schoolName?.trim()
    ? { ...NO_SCHOOL_SETTINGS.school, name: schoolName.trim() }
    : settings?.school;
  return school ? { ...NO_SCHOOL_SETTINGS, school, classes: [], staff: [] } : null;
}

/** The try-it box: the background checks the text against the settings in use. */
export async function tryCheck(text: string): Promise<TryCheckAnswer> {
  const request: TryCheckRequest = { type: 'try-check', text };
  const answer = (await browser.runtime.sendMessage(request)) as TryCheckAnswer | undefined;
  if (!answer) throw new Error('The background did not answer.');
  return answer;
}

export async function undoImport(): Promise<void> {
  const [{ value: undo }, current] = await Promise.all([readClassListUndo(), localSettings()]);
  if (!undo || !current) return;
  await settingsItem.setValue({ ...current, classes: undo.classes });
  await classListUndoItem.removeValue();
}

/**
 * Stores the school's policy (with its mapping). With an `undoLabel` (an import), the policy
 * as it was is kept so the import can be undone; a change to the mapping keeps none. Either
 * is an edit: the undo of an earlier settings import no longer applies.
 */
export async function savePolicy(policy: PolicyPack, undoLabel?: string): Promise<void> {
  const current = await localSettings();
  if (!current) throw new Error('Save the school profile before importing a policy.');
  if (undoLabel)
    await policyUndoItem.setValue({ policy: current.policy ?? null, label: undoLabel });
  await settingsItem.setValue({ ...current, policy });
  await settingsUndoItem.removeValue();
}

export async function undoPolicyImport(): Promise<void> {
  const [undo, current] = await Promise.all([policyUndoItem.getValue(), localSettings()]);
  if (!undo || !current) return;
  const { policy: _imported, ...rest } = current;
  await settingsItem.setValue(undo.policy ? { ...rest, policy: undo.policy } : rest);
  await policyUndoItem.removeValue();
}

/** The sample school, loaded like an import: whatever it replaces can be put back. */
export async function loadSample(): Promise<void> {
  const result = validateSettings(sample);
  if (!result.ok) throw new Error('The built-in sample settings are invalid.');
  await importSettings(result.settings, 'the sample school');
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
  const [described, undo, settingsUndo, damagedData, policyUndo] = await Promise.all([
    // As a page: managed storage that has not answered by then is shown when it does.
    describeEffectiveSettings({ page: true }),
    readClassListUndo(),
    readSettingsUndo(),
    storedDamage(),
    policyUndoItem.getValue(),
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
    settingsUndoLabel: settingsUndo.value?.label ?? null,
    policyUndoLabel: policyUndo?.label ?? null,
  };
}

/** Calls back whenever anything the options page shows changes in storage. */
export function watchOptionsState(callback: () => void): () => void {
  const listener = () => callback();
  browser.storage.onChanged.addListener(listener);
  const unwatchLate = onLateManagedSettings(listener);
  return () => {
    browser.storage.onChanged.removeListener(listener);
    unwatchLate();
  };
}
