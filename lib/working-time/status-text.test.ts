import { describe, expect, it } from 'vitest';
import type { WorkingHours } from '../settings/types';
import { workStatusAt } from './working-hours';
import { describeWorkStatus, formatWhen } from './status-text';

const hours: WorkingHours = {
  timeZone: 'Europe/London',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  start: '08:30',
  end: '16:00',
  breaks: [{ label: 'Lunchtime', start: '12:00', end: '13:00' }],
  termDates: [{ start: '2026-09-02', end: '2026-10-23' }],
  closedDays: ['2026-10-09'],
};
const utc = (iso: string) => Date.parse(`${iso}Z`);

describe('formatWhen', () => {
  const now = utc('2026-10-07T09:00'); // Wednesday 10:00 BST
  it.each([
    ['2026-10-07T11:00', '12:00'],
    ['2026-10-08T07:30', 'Thu 08:30'],
    ['2026-11-02T08:30', 'Mon 2 Nov, 08:30'],
  ])('%s → %s', (at, expected) => expect(formatWhen(utc(at), 'Europe/London', now)).toBe(expected));
});

const text = (at: string) =>
  describeWorkStatus(workStatusAt(hours, utc(at)), hours.timeZone, utc(at));

describe('describeWorkStatus', () => {
  it.each([
    ['2026-10-07T09:00', 'Working time until 12:00', /waits for playtime, lunchtime/],
    ['2026-10-07T11:30', 'Lunchtime until 13:00', /not working time/],
    ['2026-10-07T18:00', 'Outside working hours', /^Working time starts Thu 08:30\.$/],
    ['2026-10-09T10:00', 'School closed today', /^Back Mon 08:30\.$/],
    ['2026-10-28T10:00', 'School holiday', undefined],
  ])('%s → %s', (at, headline, detail) => {
    const result = text(at);
    expect(result.headline).toBe(headline);
    if (detail) expect(result.detail).toMatch(detail);
    else expect(result.detail).toBeUndefined();
  });
});
