// Migrations of the stored settings (WXT storage `version`/`migrations`). Each is pure and
// tolerant: a value it does not recognise is returned unchanged, so the options page can
// report it as damaged and offer recovery instead of losing it.
import type { SchoolClass } from '../lib/settings/types';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * v1 → v2: the options page edits classes by name, so names become unique (a v1 store could
 * hold two "Year 4" classes from repeated imports: their pupils are joined) and each pupil's
 * restrictions are listed once, sorted.
 */
export function migrateSettingsToV2(value: unknown): unknown {
  if (!isObject(value) || !Array.isArray(value.classes)) return value;
  const byName = new Map<string, SchoolClass>();
  for (const entry of value.classes as unknown[]) {
    if (!isObject(entry) || typeof entry.name !== 'string' || !Array.isArray(entry.pupils)) {
      return value;
    }
    const key = entry.name.trim().toLowerCase();
    const pupils = (entry.pupils as unknown[]).map((pupil) =>
      isObject(pupil) && Array.isArray(pupil.restrictions)
        ? { ...pupil, restrictions: [...new Set(pupil.restrictions as string[])].sort() }
        : pupil,
    ) as SchoolClass['pupils'];
    const earlier = byName.get(key);
    if (earlier) earlier.pupils.push(...pupils);
    else byName.set(key, { ...entry, name: entry.name.trim(), pupils } as SchoolClass);
  }
  return { ...value, classes: [...byName.values()] };
}
