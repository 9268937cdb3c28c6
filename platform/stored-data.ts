// Every key the extension keeps in storage.local, checked by shape when it is read. Anything
// may be there: an older or newer version's data, a write cut short, a hand edit in the
// browser's tools. A damaged value is never used as it is: the code gets the default, and
// the options page shows what was damaged and offers to repair it (reset it to the default).
// The settings themselves are checked by lib/settings (platform/settings-source.ts) and, when
// damaged, are kept untouched for export; the warnings kept for the popup are checked in
// platform/background/tab-findings.ts.
import * as v from 'valibot';
import { validateSettings } from '../lib/settings';
import { reminderShownItem } from './reminder-state';
import { DEFAULT_SITE_LIST, isSitePattern, type SiteList } from './sites';
import {
  classListUndoItem,
  measureItem,
  settingsUndoItem,
  siteListItem,
  welcomeShownItem,
  type ClassListUndo,
  type SettingsUndo,
} from './storage';

/** The keys checked here, with the name the options page gives each. */
export const STORED_KEYS = {
  sites: 'The list of sites to check',
  classListUndo: 'The class lists kept to undo the last import',
  settingsUndo: 'The settings kept to undo the last settings import',
  reminderShown: 'When each site last showed the working-hours reminder',
  welcomeShown: 'Whether the welcome page was shown',
  measure: 'The timing switch of the end-to-end tests',
} as const;
export type StoredKey = keyof typeof STORED_KEYS;

export interface StoredDamage {
  key: StoredKey;
  label: string;
  /** What was wrong, in words, e.g. "extra[0].pattern: expected a site address pattern". */
  problems: string[];
}

export interface Checked<T> {
  value: T;
  damage?: StoredDamage;
}

/** An object (not a list) whose every value is of one type. */
const record = <T>(isValue: (value: unknown) => value is T, expected: string) =>
  v.custom<Record<string, T>>(
    (input) =>
      typeof input === 'object' &&
      input !== null &&
      !Array.isArray(input) &&
      Object.values(input).every(isValue),
    `expected an object of ${expected}`,
  );
const isBoolean = (x: unknown): x is boolean => typeof x === 'boolean';
const isString = (x: unknown): x is string => typeof x === 'string';

const SITE_LIST = v.object({
  builtIn: record(isBoolean, 'true or false'),
  extra: v.array(
    v.object({
      pattern: v.pipe(v.string(), v.check(isSitePattern, 'expected a site address pattern')),
      label: v.pipe(v.string(), v.maxLength(300)),
    }),
    'expected a list',
  ),
});
const REMINDER_SHOWN = record(isString, 'text');
const FLAG = v.boolean('expected true or false');
const UNDO = v.nullable(v.object({ classes: v.array(v.unknown()), label: v.string() }));

function issuesOf(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

async function read<T>(
  key: StoredKey,
  get: () => Promise<unknown>,
  check: (raw: unknown) => { ok: true; value: T } | { ok: false; problems: string[] },
  fallback: T,
): Promise<Checked<T>> {
  let raw: unknown;
  try {
    raw = await get();
  } catch (error) {
    return { value: fallback, damage: { key, label: STORED_KEYS[key], problems: [String(error)] } };
  }
  const result = check(raw);
  if (result.ok) return { value: result.value };
  return { value: fallback, damage: { key, label: STORED_KEYS[key], problems: result.problems } };
}

const shaped =
  <T>(schema: v.GenericSchema<unknown, T>) =>
  (raw: unknown) => {
    const result = v.safeParse(schema, raw);
    return result.success
      ? { ok: true as const, value: result.output }
      : { ok: false as const, problems: issuesOf(result.issues) };
  };

export const readSiteList = (): Promise<Checked<SiteList>> =>
  read('sites', () => siteListItem.getValue(), shaped(SITE_LIST), DEFAULT_SITE_LIST);

/** Managed site lists (school IT's policy) are checked the same way; damaged means none. */
export function checkSiteList(raw: unknown): SiteList | null {
  const result = v.safeParse(SITE_LIST, raw);
  return result.success ? result.output : null;
}

export const readReminderShown = (): Promise<Checked<Record<string, string>>> =>
  read('reminderShown', () => reminderShownItem.getValue(), shaped(REMINDER_SHOWN), {});

export const readWelcomeShown = (): Promise<Checked<boolean>> =>
  read('welcomeShown', () => welcomeShownItem.getValue(), shaped(FLAG), false);

export const readMeasure = (): Promise<Checked<boolean>> =>
  read('measure', () => measureItem.getValue(), shaped(FLAG), false);

/** The undo copy's classes are checked as a settings file's classes are. */
export const readClassListUndo = (): Promise<Checked<ClassListUndo | null>> =>
  read(
    'classListUndo',
    () => classListUndoItem.getValue(),
    (raw) => {
      const outer = v.safeParse(UNDO, raw);
      if (!outer.success) return { ok: false, problems: issuesOf(outer.issues) };
      if (outer.output === null) return { ok: true, value: null };
      const inner = validateSettings({ school: { name: 'x' }, classes: outer.output.classes });
      if (!inner.ok)
        return { ok: false, problems: inner.problems.map((p) => `${p.path}: ${p.message}`) };
      return { ok: true, value: { classes: inner.settings.classes, label: outer.output.label } };
    },
    null,
  );

/** The settings kept for undo are checked as a settings file is (none kept is valid too). */
export const readSettingsUndo = (): Promise<Checked<SettingsUndo | null>> =>
  read(
    'settingsUndo',
    () => settingsUndoItem.getValue(),
    (raw): { ok: true; value: SettingsUndo | null } | { ok: false; problems: string[] } => {
      const outer = v.safeParse(
        v.nullable(v.object({ settings: v.unknown(), label: v.string() })),
        raw,
      );
      if (!outer.success) return { ok: false, problems: issuesOf(outer.issues) };
      if (outer.output === null) return { ok: true, value: null };
      if (outer.output.settings === null) {
        return { ok: true, value: { settings: null, label: outer.output.label } };
      }
      const inner = validateSettings(outer.output.settings);
      if (!inner.ok) {
        return {
          ok: false,
          problems: inner.problems.map((p) => `settings.${p.path}: ${p.message}`),
        };
      }
      return { ok: true, value: { settings: inner.settings, label: outer.output.label } };
    },
    null,
  );

/** Every checked key that is damaged now, for the options page. */
export async function storedDamage(): Promise<StoredDamage[]> {
  const all = await Promise.all([
    readSiteList(),
    readClassListUndo(),
    readSettingsUndo(),
    readReminderShown(),
    readWelcomeShown(),
    readMeasure(),
  ]);
  return all.flatMap((checked) => (checked.damage ? [checked.damage] : []));
}

/** Repairs a damaged key: it goes back to its default. */
export async function repairStoredKey(key: StoredKey): Promise<void> {
  const items = {
    sites: siteListItem,
    classListUndo: classListUndoItem,
    settingsUndo: settingsUndoItem,
    reminderShown: reminderShownItem,
    welcomeShown: welcomeShownItem,
    measure: measureItem,
  };
  await items[key].removeValue();
}
