import type { PolicyPack } from '../policy/types';
import type { FindingKind } from '../engine/finding';

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
  /** Other names the council goes by ("Sefton", "Sefton MBC"): each counts on its own. */
  localAuthorityAliases?: string[];
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

/** The settings file, after validation and defaults (CONTRACTS.md §1). */
export interface SchoolSettings {
  format: 'school-settings';
  version: 1;
  school: School;
  classes: SchoolClass[];
  staff: StaffMember[];
  /** Absent = no timetable set: no working-time reminder. */
  workingHours?: WorkingHours;
  /** A school's own policy pack; absent = the built-in seed policy. */
  policy?: PolicyPack;
  /** Checks a school may switch off; absent = on. */
  checks?: Partial<Record<FindingKind, boolean>>;
  [unknown: string]: unknown;
}
