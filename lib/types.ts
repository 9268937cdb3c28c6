// The shapes every part of the checker shares. CONTRACTS.md §1 (settings) and §2 (findings).

export const FINDING_KINDS = [
  'pupil-name',
  'staff-name',
  'child-reference',
  'pupil-identifier',
  'school-identifier',
  'phone-number',
  'email-address',
  'postal-address',
  'parent-contact',
  'disparaging',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];
export type Severity = 'high' | 'medium' | 'low';

/** One warning, as the background, popup, overlay and scanner see it (CONTRACTS.md §2). */
export interface Finding {
  kind: FindingKind;
  /** UTF-16 offset into the checked text. */
  start: number;
  /** UTF-16 offset, exclusive. */
  end: number;
  /** The flagged characters: `text.slice(start, end)`. */
  text: string;
  /** Policy clause ids, e.g. ["5.4", "6.8"]. */
  clauses: string[];
  severity: Severity;
  /** A sentence a person can read: "Millie is on the Year 4 Oak class list". */
  reason: string;
  /** Id of the detector that raised it. */
  detector: string;
  /** A pupil the school has said must not be named online (restriction "name"). */
  restricted?: true;
}

/** What a detector reports; the engine fills in `text`, default clauses and severity. */
export interface Hit {
  kind: FindingKind;
  start: number;
  end: number;
  reason: string;
  severity?: Severity;
  clauses?: string[];
  /** A pupil the school has said must not be named online (restriction "name"). */
  restricted?: true;
}

export type Restriction = 'name' | 'photo';

export interface Pupil {
  first: string;
  last: string;
  preferred?: string;
  restrictions?: Restriction[];
  [unknown: string]: unknown;
}

export interface SchoolClass {
  name: string;
  pupils: Pupil[];
  [unknown: string]: unknown;
}

export interface StaffMember {
  first: string;
  last: string;
  title?: string;
  [unknown: string]: unknown;
}

export interface School {
  name: string;
  aliases: string[];
  localAuthority?: string;
  addresses: string[];
  postcodes: string[];
  emailDomains: string[];
  websites: string[];
  phones: string[];
  socialHandles: string[];
  hashtags: string[];
  [unknown: string]: unknown;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface WorkingHours {
  timeZone: string;
  days: Weekday[];
  /** "HH:MM", 24-hour, in timeZone. */
  start: string;
  end: string;
  breaks: { label: string; start: string; end: string }[];
  /** Absent = every week is term. ISO dates, inclusive. */
  termDates?: { start: string; end: string }[];
  /** ISO dates: INSET days, bank holidays. */
  closedDays: string[];
  [unknown: string]: unknown;
}

export interface PolicyClause {
  id: string;
  section: string;
  text: string;
}

export interface PolicyPack {
  format: 'policy-pack';
  version: 1;
  title: string;
  clauses: PolicyClause[];
}

/** The settings file, after validation and defaults (CONTRACTS.md §1). */
export interface SchoolSettings {
  format: 'school-settings';
  version: 1;
  school: School;
  classes: SchoolClass[];
  staff: StaffMember[];
  /** Absent = no timetable set: no 6.13 reminder. */
  workingHours?: WorkingHours;
  /** A school's own policy pack; absent = the built-in seed policy. */
  policy?: PolicyPack;
  /** Checks a school may switch off; absent = on. */
  checks?: Partial<Record<FindingKind, boolean>>;
  [unknown: string]: unknown;
}
