import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-settings.json';
import { validateSettings } from '.';
import { compareSettings, describeDays, describeTimetable } from './compare';
import type { SchoolSettings } from './types';

const result = validateSettings(sample);
if (!result.ok) throw new Error('sample settings are invalid');
const current: SchoolSettings = result.settings;

const row = (changes: ReturnType<typeof compareSettings>, part: string) =>
  changes.find((change) => change.part === part)!;

describe('compareSettings', () => {
  it('the same file changes nothing, and says so part by part', () => {
    const changes = compareSettings(current, structuredClone(current));
    expect(changes.map((c) => c.part)).toEqual([
      'school',
      'classes',
      'pupils',
      'staff',
      'timetable',
      'policy',
      'checks',
    ]);
    expect(changes.filter((c) => c.changed)).toEqual([]);
    expect(row(changes, 'pupils')).toMatchObject({
      before: '10 (1 restricted)',
      after: '10 (1 restricted)',
    });
  });

  it('names what a file from another year would add and remove', () => {
    const next = structuredClone(current);
    next.classes[0]!.name = 'Year 5 Oak';
    next.classes[0]!.pupils = next.classes[0]!.pupils.slice(2); // Amelia and Kacper leave
    next.classes[0]!.pupils.push({ first: 'Tia', last: 'Evans' });
    next.staff = [];
    delete next.workingHours;
    next.school = { ...next.school, postcodes: ['TF3 9ZZ'] };
    const changes = compareSettings(current, next);
    expect(row(changes, 'school')).toMatchObject({
      changed: true,
      detail: 'same name; postcodes change',
    });
    expect(row(changes, 'classes')).toMatchObject({
      before: '1 class',
      after: '1 class',
      changed: true,
      detail: 'adds Year 5 Oak; removes Year 4 Oak',
    });
    expect(row(changes, 'pupils')).toMatchObject({
      before: '10 (1 restricted)',
      after: '9 (0 restricted)',
      detail: 'adds 1 pupil; removes 2 pupils',
    });
    expect(row(changes, 'staff')).toMatchObject({
      before: '2',
      after: '0',
      detail: 'removes 2 people',
    });
    expect(row(changes, 'timetable')).toMatchObject({
      after: 'none (no clause 6.13 reminders)',
      changed: true,
    });
    expect(row(changes, 'policy').changed).toBe(false);
  });

  it('a school policy and switched-off checks are shown as such', () => {
    const next = structuredClone(current);
    next.policy = {
      format: 'policy-pack',
      version: 1,
      title: 'Online Safety Policy',
      clauses: [{ id: '2.4', section: 'Staff', text: 'Do not name pupils.' }],
    };
    next.checks = { disparaging: false };
    const changes = compareSettings(current, next);
    expect(row(changes, 'policy')).toMatchObject({
      before: 'the built-in policy',
      after: 'Online Safety Policy, 1 clause',
      changed: true,
    });
    expect(row(changes, 'checks')).toMatchObject({
      before: 'every check on',
      after: 'disparaging switched off',
      changed: true,
    });
  });

  it('into an empty browser everything is new', () => {
    const changes = compareSettings(null, current);
    expect(changes.every((c) => c.before === 'nothing yet')).toBe(true);
    expect(row(changes, 'classes').detail).toBe('adds Year 4 Oak');
  });
});

describe('describeTimetable', () => {
  it.each<[Parameters<typeof describeDays>[0], string]>([
    [['mon', 'tue', 'wed', 'thu', 'fri'], 'Mon–Fri'],
    [['mon', 'wed', 'fri'], 'Mon, Wed, Fri'],
    [['sat', 'sun'], 'Sat, Sun'],
    [[], 'no days'],
  ])('%o → %s', (days, text) => expect(describeDays(days)).toBe(text));

  it('sums up the sample timetable', () => {
    expect(describeTimetable(current.workingHours)).toBe('Mon–Fri 08:30–16:00, 2 breaks');
  });
});
