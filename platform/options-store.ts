// What the options page does to storage. Kept out of the components (which only take props)
// and out of main.tsx (which only wires), so it can be tested with fakeBrowser.
import { browser } from '#imports';
import sample from '../lib/sample/sample-settings.json';
import type { PolicyPack } from '../lib/policy/types';
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
  siteListItem,
} from './storage';
export { policyTextFromFile as readPolicyFile } from './policy-file';

export async function saveSettings(settings: SchoolSettings): Promise<void> {
  await settingsItem.setValue(settings);
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
  const [undo, current] = await Promise.all([classListUndoItem.getValue(), localSettings()]);
  if (!undo || !current) return;
  await settingsItem.setValue({ ...current, classes: undo.classes });
  await classListUndoItem.removeValue();
}

/**
 * Stores the school's policy (with its mapping). With an `undoLabel` (an import), the policy
 * as it was is kept so the import can be undone; a change to the mapping keeps none.
 */
export async function savePolicy(policy: PolicyPack, undoLabel?: string): Promise<void> {
  const current = await localSettings();
  if (!current) throw new Error('Save the school profile before importing a policy.');
  if (undoLabel)
    await policyUndoItem.setValue({ policy: current.policy ?? null, label: undoLabel });
  await settingsItem.setValue({ ...current, policy });
}

export async function undoPolicyImport(): Promise<void> {
  const [undo, current] = await Promise.all([policyUndoItem.getValue(), localSettings()]);
  if (!undo || !current) return;
  const { policy: _imported, ...rest } = current;
  await settingsItem.setValue(undo.policy ? { ...rest, policy: undo.policy } : rest);
  await policyUndoItem.removeValue();
}

export async function loadSample(): Promise<void> {
  const result = validateSettings(sample);
  if (!result.ok) throw new Error('The built-in sample settings are invalid.');
  await settingsItem.setValue(result.settings);
  await classListUndoItem.removeValue();
  await policyUndoItem.removeValue();
}

export async function toggleSite(id: string, on: boolean): Promise<void> {
  const list = await siteListItem.getValue();
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
  const list = await siteListItem.getValue();
  if (list.extra.some((site) => site.pattern === parsed.site.pattern)) return null;
  await siteListItem.setValue({ ...list, extra: [...list.extra, parsed.site] });
  return null;
}

export async function removeSite(pattern: string): Promise<void> {
  const list = await siteListItem.getValue();
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

export async function readOptionsState() {
  const [described, undo, policyUndo] = await Promise.all([
    describeEffectiveSettings(),
    classListUndoItem.getValue(),
    policyUndoItem.getValue(),
  ]);
  const { stored } = described;
  return {
    local: stored.status === 'ok' ? stored.settings : null,
    damaged: stored.status === 'damaged' ? stored.problems : null,
    effective: described.settings,
    managed: described.managed,
    managedProblems: described.problems,
    sites: described.sites,
    undoLabel: undo?.label ?? null,
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
