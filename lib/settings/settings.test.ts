import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseSettingsJson, validateSettings } from './index';
import sample from '../sample/sample-settings.json';

const minimal = { school: { name: 'Old Park Primary School' } };
const problemsOf = (input: unknown) => {
  const result = validateSettings(input);
  return result.ok ? [] : result.problems.map(formatProblem);
};

const withRestrictions = (restrictions: unknown) => ({
  ...minimal,
  classes: [{ name: 'Oak', pupils: [{ first: 'Kacper', last: 'Nowak', restrictions }] }],
});

const hours = (start: string, end: string) => ({ ...minimal, workingHours: { start, end } });

describe('validateSettings', () => {
  it('accepts the built-in sample settings', () => {
    expect(validateSettings(sample).ok).toBe(true);
  });

  it('fills defaults for every missing optional field', () => {
    const result = validateSettings(minimal);
    expect(result).toEqual({
      ok: true,
      settings: {
        format: 'school-settings',
        version: 1,
        school: {
          name: 'Old Park Primary School',
          aliases: [],
          addresses: [],
          postcodes: [],
          emailDomains: [],
          websites: [],
          phones: [],
          socialHandles: [],
          hashtags: [],
        },
        classes: [],
        staff: [],
      },
    });
  });

  it('takes "24:00" as the end of the day, but not as a start', () => {
    expect(validateSettings(hours('18:00', '24:00')).ok).toBe(true);
    expect(problemsOf(hours('24:00', '24:00'))).toEqual([
      'workingHours.start: expected a 24-hour time such as "08:30"',
    ]);
  });

  it('fills working-hours defaults and keeps what is given', () => {
    const result = validateSettings({ ...minimal, workingHours: { start: '08:45', end: '15:30' } });
    expect(result.ok && result.settings.workingHours).toEqual({
      timeZone: 'Europe/London',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      start: '08:45',
      end: '15:30',
      breaks: [],
      closedDays: [],
    });
  });

  it('keeps unknown fields at every level', () => {
    const result = validateSettings({
      ...minimal,
      managedBy: 'Trust IT',
      school: { ...minimal.school, urn: 123456 },
      classes: [{ name: 'Oak', room: 4, pupils: [{ first: 'Amelia', last: 'Smith', upn: 'x' }] }],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.settings.managedBy).toBe('Trust IT');
    expect(result.settings.school.urn).toBe(123456);
    expect(result.settings.classes[0]!.room).toBe(4);
    expect(result.settings.classes[0]!.pupils[0]!.upn).toBe('x');
  });

  it('does not share default lists between results', () => {
    const a = validateSettings(minimal);
    const b = validateSettings(minimal);
    if (!a.ok || !b.ok) throw new Error('invalid');
    a.settings.school.aliases.push('changed');
    expect(b.settings.school.aliases).toEqual([]);
  });

  it('reports every problem at once, each with its JSON path', () => {
    const pupils = [
      { first: 'A', last: 'B' },
      { first: 'C', last: 'D' },
      { first: 'E', last: 'F' },
      { first: 'G', last: 'H' },
      { first: 'I', last: 'J' },
      { first: 7, last: 'K' },
    ];
    expect(
      problemsOf({
        school: { name: '', postcodes: ['TF3'] },
        classes: [
          { name: 'A', pupils: [] },
          { name: 'B', pupils: [] },
          { name: 'C', pupils },
        ],
        staff: [{ first: 'Dawn' }],
      }),
    ).toEqual([
      'school.name: must not be empty',
      'school.postcodes[0]: expected a full UK postcode such as "TF3 1AA"',
      'classes[2].pupils[5].first: expected text',
      'staff[0].last: required, but missing',
    ]);
  });

  it.each([
    [null, 'expected an object'],
    [[], 'expected an object'],
    [{}, 'school: required, but missing'],
    [{ ...minimal, format: 'policy-pack' }, 'format: expected "school-settings"'],
    [{ ...minimal, version: 2 }, 'version: expected 1 (the only version this extension reads)'],
    [{ ...minimal, classes: {} }, 'classes: expected a list'],
  ])('rejects %j', (input, problem) => {
    expect(problemsOf(input)).toEqual([problem]);
  });

  it('accepts only "name" and "photo" restrictions', () => {
    expect(validateSettings(withRestrictions(['name', 'photo'])).ok).toBe(true);
    expect(problemsOf(withRestrictions(['video']))).toEqual([
      'classes[0].pupils[0].restrictions[0]: expected "name" or "photo"',
    ]);
  });

  it('checks times, dates, time zones and ranges in the working hours', () => {
    expect(
      problemsOf({
        ...minimal,
        workingHours: {
          timeZone: 'Mars/Olympus',
          days: ['mon', 'Tuesday'],
          start: '8:30',
          end: '16:00',
          breaks: [{ label: 'Lunch', start: '13:00', end: '12:00' }],
          termDates: [{ start: '2026-09-02', end: '2026-02-30' }],
          closedDays: ['27/11/2026'],
        },
      }),
    ).toEqual([
      'workingHours.timeZone: expected a time zone such as "Europe/London"',
      'workingHours.days[1]: expected one of mon, tue, wed, thu, fri, sat, sun',
      'workingHours.start: expected a 24-hour time such as "08:30"',
      'workingHours.termDates[0].end: expected a date that exists',
      'workingHours.closedDays[0]: expected a date such as "2026-09-02"',
      'workingHours.breaks[0].end: must be after the start time (13:00)',
    ]);
  });

  it('accepts a policy pack and switched-off checks, and rejects bad ones', () => {
    const policy = {
      format: 'policy-pack',
      version: 1,
      title: 'Policy',
      clauses: [{ id: '1.1', section: 'Intro', text: 'Be kind.' }],
    };
    expect(validateSettings({ ...minimal, policy, checks: { disparaging: false } }).ok).toBe(true);
    expect(
      problemsOf({
        ...minimal,
        policy: { ...policy, clauses: [...policy.clauses, { id: '1.1', text: 'Again.' }] },
        checks: { disparaging: 'off' },
      }),
    ).toEqual([
      'policy.clauses: expected each clause id once',
      'checks.disparaging: expected true or false',
    ]);
    // A kind this version does not know is kept, so a newer file still loads.
    const newer = validateSettings({ ...minimal, checks: { 'future-kind': false } });
    expect(newer.ok && newer.settings.checks).toEqual({ 'future-kind': false });
  });

  it('accepts a mapping to the policy’s own clauses, and names every id the policy lacks', () => {
    const policy = {
      format: 'policy-pack',
      version: 1,
      title: 'Policy',
      clauses: [
        { id: '4.7', section: 'Personal accounts', text: 'Keep your number private.' },
        { id: '4.9', section: 'Personal accounts', text: 'No personal use at work.' },
      ],
    };
    const mapped = validateSettings({
      ...minimal,
      policy: {
        ...policy,
        kindClauses: { 'phone-number': ['4.7'], 'pupil-name': [] },
        reminderClauses: { 'working-hours': ['4.9'] },
      },
    });
    expect(mapped.ok && mapped.settings.policy?.kindClauses).toEqual({
      'phone-number': ['4.7'],
      'pupil-name': [],
    });
    expect(
      problemsOf({
        ...minimal,
        policy: {
          ...policy,
          kindClauses: { 'phone-number': ['6.15', '4.7'], disparaging: '5.5' },
          otherClauses: { defamation: ['3.3'] },
        },
      }),
    ).toEqual([
      'policy.kindClauses.disparaging: expected a list of clause ids',
      'policy.kindClauses["phone-number"][0]: 6.15 is not a clause of this policy',
      'policy.otherClauses.defamation[0]: 3.3 is not a clause of this policy',
    ]);
  });
});

describe('parseSettingsJson', () => {
  it('reads a valid file, with or without a byte order mark', () => {
    const text = readFileSync(new URL('../sample/sample-settings.json', import.meta.url), 'utf8');
    expect(parseSettingsJson(text).ok).toBe(true);
    expect(parseSettingsJson('\uFEFF' + text).ok).toBe(true);
  });

  it.each([
    [
      '{\n  "school": {\n    "name": "X",\n  }\n}',
      "line 4, column 3: unexpected '}' after a comma",
    ],
    ['{\n  "school": { "name": tru }\n}', 'line 2, column 23: expected a value, found "t"'],
    [
      '{\n  "school": { "name" "X" }\n}',
      'line 2, column 22: expected \':\' after the name, found "\\""',
    ],
    [
      '{ "school": { "name": "X" }',
      "line 1, column 28: expected ',' or '}', found the end of the file",
    ],
    ['', 'line 1, column 1: expected a value, found the end of the file'],
    ['{"a": "x\ny"}', 'line 1, column 9: line break or control character inside "quoted" text'],
    ['{} {}', 'line 1, column 4: unexpected text after the end of the document'],
  ])('reports the line and column of a syntax error in %j', (text, where) => {
    const result = parseSettingsJson(text);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '', message: `not valid JSON at ${where}` }],
    });
  });

  it('validates the parsed document', () => {
    expect(parseSettingsJson('{"school": {}}')).toEqual({
      ok: false,
      problems: [{ path: 'school.name', message: 'required, but missing' }],
    });
  });
});
