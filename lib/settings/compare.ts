// What importing a settings file would change, part by part, in words a school office can
// check before anything is replaced: "Pupils: 240 (3 restricted) → 236 (3 restricted); 6
// added, 10 removed". Pure: the options page shows it and asks before it replaces anything.
import type { Pupil, SchoolSettings, StaffMember, Weekday, WorkingHours } from './types';

export type SettingsPart =
  'school' | 'classes' | 'pupils' | 'staff' | 'timetable' | 'policy' | 'checks';

export interface SettingsChange {
  part: SettingsPart;
  /** "School", "Classes", "Pupils", "Staff", "Working hours", "Policy", "Checks". */
  label: string;
  /** The part as it is now, and as the import would leave it, e.g. "3 classes". */
  before: string;
  after: string;
  changed: boolean;
  /** What changes inside the part, e.g. "adds Year 3 Ash; removes Year 6 Elm". */
  detail?: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Year 3 Ash, Year 4 Oak and 3 more": a few names, then a count. */
function someNames(names: string[], shown = 3): string {
  if (names.length <= shown) return names.join(', ');
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

/** Added and removed, by a key that ignores case: "adds 6; removes 10". */
function addedRemoved<T>(
  before: T[],
  after: T[],
  key: (item: T) => string,
  describe: (keys: string[]) => string,
): string | undefined {
  const was = new Set(before.map(key));
  const now = new Set(after.map(key));
  const added = [...now].filter((k) => !was.has(k));
  const removed = [...was].filter((k) => !now.has(k));
  const parts = [
    added.length ? `adds ${describe(added)}` : '',
    removed.length ? `removes ${describe(removed)}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : undefined;
}

const personKey = (p: Pupil | StaffMember) => `${p.first} ${p.last}`.trim().toLowerCase();
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};
const WEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** ["mon", …, "fri"] → "Mon–Fri"; ["mon", "wed"] → "Mon, Wed". */
export function describeDays(days: Weekday[]): string {
  const sorted = WEEK.filter((d) => days.includes(d));
  const first = WEEK.indexOf(sorted[0]!);
  const runs = sorted.length > 2 && sorted.every((d, i) => WEEK.indexOf(d) === first + i);
  if (runs) return `${DAY_NAMES[sorted[0]!]}–${DAY_NAMES[sorted.at(-1)!]}`;
  return sorted.map((d) => DAY_NAMES[d]).join(', ') || 'no days';
}

/** "Mon–Fri 08:30–16:00, 2 breaks, 6 terms, 5 closed days"; "none" when absent. */
export function describeTimetable(hours: WorkingHours | undefined): string {
  if (!hours) return 'none (no clause 6.13 reminders)';
  const parts = [`${describeDays(hours.days)} ${hours.start}–${hours.end}`];
  if (hours.breaks.length) parts.push(plural(hours.breaks.length, 'break'));
  if (hours.termDates?.length) parts.push(plural(hours.termDates.length, 'term'));
  if (hours.closedDays.length) parts.push(plural(hours.closedDays.length, 'closed day'));
  return parts.join(', ');
}

function pupils(settings: SchoolSettings | null): Pupil[] {
  return settings?.classes.flatMap((c) => c.pupils) ?? [];
}

function describePupils(list: Pupil[]): string {
  const restricted = list.filter((p) => p.restrictions?.length).length;
  return `${list.length} (${restricted} restricted)`;
}

function describePolicy(settings: SchoolSettings | null): string {
  const policy = settings?.policy;
  return policy
    ? `${policy.title}, ${plural(policy.clauses.length, 'clause')}`
    : 'the built-in policy';
}

function describeChecks(settings: SchoolSettings | null): string {
  const off = Object.entries(settings?.checks ?? {})
    .filter(([, on]) => on === false)
    .map(([kind]) => kind);
  return off.length ? `${off.join(', ')} switched off` : 'every check on';
}

/** Which school fields differ: "aliases, postcodes". */
function schoolFieldsChanged(before: SchoolSettings['school'], after: SchoolSettings['school']) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => k !== 'name' && !same(before[k], after[k]));
}

/**
 * Every part an import replaces, as it is now (`before`, null when this browser has no
 * settings) and as it would be. Parts that do not change are listed too, marked unchanged,
 * so the person sees that their class lists survive as well as what goes.
 */
export function compareSettings(
  before: SchoolSettings | null,
  after: SchoolSettings,
): SettingsChange[] {
  const nothing = 'nothing yet';
  const schoolFields = before ? schoolFieldsChanged(before.school, after.school) : [];
  const beforeClasses = before?.classes ?? [];
  const beforePupils = pupils(before);
  const afterPupils = pupils(after);
  return [
    {
      part: 'school',
      label: 'School',
      before: before?.school.name ?? nothing,
      after: after.school.name,
      changed: !before || !same(before.school, after.school),
      detail:
        before && before.school.name === after.school.name && schoolFields.length
          ? `same name; ${schoolFields.join(', ')} change`
          : undefined,
    },
    {
      part: 'classes',
      label: 'Classes',
      before: before ? plural(beforeClasses.length, 'class', 'classes') : nothing,
      after: plural(after.classes.length, 'class', 'classes'),
      changed: !same(beforeClasses, after.classes),
      detail: addedRemoved(
        beforeClasses,
        after.classes,
        (c) => c.name,
        (names) => someNames(names),
      ),
    },
    {
      part: 'pupils',
      label: 'Pupils',
      before: before ? describePupils(beforePupils) : nothing,
      after: describePupils(afterPupils),
      changed: !same(beforePupils, afterPupils),
      detail: addedRemoved(beforePupils, afterPupils, personKey, (keys) =>
        plural(keys.length, 'pupil'),
      ),
    },
    {
      part: 'staff',
      label: 'Staff',
      before: before ? String(before.staff.length) : nothing,
      after: String(after.staff.length),
      changed: !same(before?.staff ?? [], after.staff),
      detail: addedRemoved(before?.staff ?? [], after.staff, personKey, (keys) =>
        plural(keys.length, 'person', 'people'),
      ),
    },
    {
      part: 'timetable',
      label: 'Working hours',
      before: before ? describeTimetable(before.workingHours) : nothing,
      after: describeTimetable(after.workingHours),
      changed: !same(before?.workingHours, after.workingHours),
    },
    {
      part: 'policy',
      label: 'Policy',
      before: before ? describePolicy(before) : nothing,
      after: describePolicy(after),
      changed: !same(before?.policy, after.policy),
    },
    {
      part: 'checks',
      label: 'Checks',
      before: before ? describeChecks(before) : nothing,
      after: describeChecks(after),
      changed: !same(before?.checks ?? {}, after.checks ?? {}),
    },
  ];
}
