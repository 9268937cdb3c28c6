// Pure: lays what school IT pushed (storage.managed) over the settings kept in this browser.
// Managed values win, part by part, and the options page shows those parts read-only.
import { validateSettings, type SettingsProblem } from '../lib/settings';
import type { SchoolSettings } from '../lib/settings/types';
import type { SiteList } from './sites';

export const MANAGED_PARTS = ['school', 'classes', 'staff', 'workingHours', 'checks'] as const;
export type ManagedPart = (typeof MANAGED_PARTS)[number] | 'sites';

export type ManagedValues = Partial<Record<(typeof MANAGED_PARTS)[number], unknown>> & {
  sites?: SiteList | null;
};

export interface MergedSettings {
  /** Valid settings to check posts against, or null when there are none. */
  settings: SchoolSettings | null;
  /** Parts set by school IT. */
  managed: ManagedPart[];
  /** Why the managed values could not be used, by path (e.g. "school.name"). */
  problems: SettingsProblem[];
}

export function mergeManaged(local: SchoolSettings | null, managed: ManagedValues): MergedSettings {
  const parts = MANAGED_PARTS.filter((part) => managed[part] != null);
  const managedList: ManagedPart[] = managed.sites ? [...parts, 'sites'] : [...parts];
  if (parts.length === 0) return { settings: local, managed: managedList, problems: [] };
  const combined: Record<string, unknown> = {
    format: 'school-settings',
    version: 1,
    classes: [],
    staff: [],
    ...local,
  };
  for (const part of parts) combined[part] = managed[part];
  const result = validateSettings(combined);
  if (result.ok) return { settings: result.settings, managed: managedList, problems: [] };
  // A broken policy must not switch checking off: fall back to this browser's settings.
  return { settings: local, managed: managedList, problems: result.problems };
}
