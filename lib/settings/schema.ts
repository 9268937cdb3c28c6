// The settings file of CONTRACTS.md §1 as a valibot schema. Objects are loose
// (unknown fields are kept, so a newer file survives an older extension);
// missing optional fields take their defaults; every message says what was
// expected, so a problem reads "classes[2].pupils[5].first: expected text".
import * as v from 'valibot';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;
const NO_SPACES = /^\S+$/;

const text = v.string('expected text');
const nonEmptyText = v.pipe(text, v.trim(), v.minLength(1, 'must not be empty'));
const list = <T extends v.GenericSchema>(item: T) =>
  v.optional(v.array(item, 'expected a list'), () => []);
const time = v.pipe(text, v.regex(TIME, 'expected a 24-hour time such as "08:30"'));
/** An end time may also be "24:00", the end of the day (lib/working-time/working-hours.ts reads it so). */
const endTime = v.pipe(
  text,
  v.check(
    (t) => t === '24:00' || TIME.test(t),
    'expected a 24-hour time such as "16:00" or "24:00"',
  ),
);
const isoDate = v.pipe(
  text,
  v.regex(ISO_DATE, 'expected a date such as "2026-09-02"'),
  v.check(isRealDate, 'expected a date that exists'),
);

export function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

function isTimeZone(zone: string): boolean {
  try {
    // Throws a RangeError for a zone the platform does not know.
    const resolved = new Intl.DateTimeFormat('en-GB', { timeZone: zone }).resolvedOptions();
    return resolved.timeZone !== '' && (zone.includes('/') || zone === 'UTC');
  } catch {
    return false;
  }
}

const school = v.looseObject(
  {
    name: nonEmptyText,
    aliases: list(nonEmptyText),
    localAuthority: v.optional(nonEmptyText),
    localAuthorityAliases: v.optional(list(nonEmptyText)),
    addresses: list(nonEmptyText),
    postcodes: list(
      v.pipe(text, v.regex(POSTCODE, 'expected a full UK postcode such as "TF3 1AA"')),
    ),
    emailDomains: list(
      v.pipe(text, v.regex(NO_SPACES, 'expected a domain such as "school.sch.uk"')),
    ),
    websites: list(v.pipe(text, v.regex(NO_SPACES, 'expected a web address with no spaces'))),
    phones: list(nonEmptyText),
    socialHandles: list(nonEmptyText),
    hashtags: list(nonEmptyText),
  },
  'expected an object',
);

const pupil = v.looseObject(
  {
    first: nonEmptyText,
    last: text,
    preferred: v.optional(text),
    restrictions: v.optional(
      v.array(v.picklist(['name', 'photo'], 'expected "name" or "photo"'), 'expected a list'),
    ),
  },
  'expected an object',
);

const schoolClass = v.looseObject(
  { name: nonEmptyText, pupils: list(pupil) },
  'expected an object',
);

const staffMember = v.looseObject(
  { first: text, last: text, title: v.optional(text) },
  'expected an object',
);

// `end` after `start` is checked in ranges.ts, so it is reported even when other fields are wrong.
const workingHours = v.looseObject(
  {
    timeZone: v.optional(
      v.pipe(text, v.check(isTimeZone, 'expected a time zone such as "Europe/London"')),
      'Europe/London',
    ),
    days: v.optional(
      v.array(v.picklist(WEEKDAYS, `expected one of ${WEEKDAYS.join(', ')}`), 'expected a list'),
      () => WEEKDAYS.slice(0, 5),
    ),
    start: time,
    end: endTime,
    breaks: list(
      v.looseObject(
        { label: v.optional(text, ''), start: time, end: endTime },
        'expected an object',
      ),
    ),
    termDates: v.optional(
      v.array(
        v.looseObject({ start: isoDate, end: isoDate }, 'expected an object'),
        'expected a list',
      ),
    ),
    closedDays: list(isoDate),
  },
  'expected an object',
);

const clauseMapping = v.record(
  v.string(),
  v.array(nonEmptyText, 'expected a list of clause ids'),
  'expected an object',
);

/** A policy pack (CONTRACTS.md §6), as a settings file's `policy` or the seed's in the data file. */
export const policyPackSchema = v.pipe(
  v.looseObject(
    {
      format: v.literal('policy-pack', 'expected "policy-pack"'),
      version: v.literal(1, 'expected 1'),
      title: v.optional(text, ''),
      clauses: v.pipe(
        v.array(
          v.looseObject(
            { id: nonEmptyText, section: v.optional(text, ''), text: nonEmptyText },
            'expected an object',
          ),
          'expected a list',
        ),
        v.minLength(1, 'expected at least one clause'),
        v.check(
          (clauses) => new Set(clauses.map((c) => c.id)).size === clauses.length,
          'expected each clause id once',
        ),
      ),
      // Which clauses each kind and reminder cites; that each id is a clause is policy-mapping.ts's.
      kindClauses: v.optional(clauseMapping),
      reminderClauses: v.optional(clauseMapping),
      otherClauses: v.optional(clauseMapping),
    },
    'expected an object',
  ),
);

// Keys are kinds of finding (FINDING_KINDS). A key this version does not know is
// kept, like any unknown field, so a file naming a newer kind still loads.
const checks = v.record(v.string(), v.boolean('expected true or false'), 'expected an object');

export const settingsSchema = v.looseObject(
  {
    format: v.optional(
      v.literal('school-settings', 'expected "school-settings"'),
      'school-settings',
    ),
    version: v.optional(v.literal(1, 'expected 1 (the only version this extension reads)'), 1),
    school,
    classes: list(schoolClass),
    staff: list(staffMember),
    workingHours: v.optional(workingHours),
    policy: v.optional(policyPackSchema),
    checks: v.optional(checks),
  },
  'expected an object',
);
