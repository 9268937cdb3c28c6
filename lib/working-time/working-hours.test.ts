import { describe, expect, it } from 'vitest';
import type { WorkingHours } from '../settings/types';
import { WorkingHoursError, isReminderTime, workStatusAt } from './working-hours';

const london: WorkingHours = {
  timeZone: 'Europe/London',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  start: '08:30',
  end: '16:00',
  breaks: [
    { label: 'Morning playtime', start: '10:30', end: '10:45' },
    { label: 'Lunchtime', start: '12:00', end: '13:00' },
  ],
  closedDays: ['2026-11-27'],
};
const withTerms: WorkingHours = {
  ...london,
  termDates: [
    { start: '2026-09-02', end: '2026-10-23' },
    { start: '2026-11-02', end: '2026-12-18' },
  ],
};

const utc = (iso: string) => Date.parse(`${iso}Z`);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 16));

describe('workStatusAt', () => {
  it.each([
    // [case, instant (UTC), state, label/holiday, next change (UTC)]
    [
      'before the day starts (GMT)',
      '2026-03-27T08:29',
      'outside-hours',
      undefined,
      '2026-03-27T08:30',
    ],
    ['first minute of the day', '2026-03-27T08:30', 'working', undefined, '2026-03-27T10:30'],
    ['morning playtime', '2026-03-27T10:40', 'break', 'Morning playtime', '2026-03-27T10:45'],
    ['lunchtime starts exactly', '2026-03-27T12:00', 'break', 'Lunchtime', '2026-03-27T13:00'],
    ['after lunch until home time', '2026-03-27T13:00', 'working', undefined, '2026-03-27T16:00'],
    // Spring forward: clocks go to BST on Sunday 29 March 2026, so Monday starts at 07:30 UTC.
    [
      'Friday evening across spring DST',
      '2026-03-27T16:00',
      'outside-hours',
      undefined,
      '2026-03-30T07:30',
    ],
    ['Monday 08:29 BST', '2026-03-30T07:29', 'outside-hours', undefined, '2026-03-30T07:30'],
    ['Monday 08:30 BST', '2026-03-30T07:30', 'working', undefined, '2026-03-30T09:30'],
    // Fall back: GMT again from Sunday 25 October 2026.
    [
      'Friday 16:59 BST across autumn DST',
      '2026-10-23T15:59',
      'outside-hours',
      undefined,
      '2026-10-26T08:30',
    ],
    ['Monday 08:30 GMT', '2026-10-26T08:30', 'working', undefined, '2026-10-26T10:30'],
    // Midnight: a Tuesday night rolls into Wednesday morning.
    [
      'a minute before midnight',
      '2026-06-09T22:59',
      'outside-hours',
      undefined,
      '2026-06-10T07:30',
    ],
    ['a minute after midnight', '2026-06-09T23:01', 'outside-hours', undefined, '2026-06-10T07:30'],
    ['Saturday', '2026-06-13T11:00', 'outside-hours', undefined, '2026-06-15T07:30'],
    // Closed day (Friday 27 November 2026): a holiday until Saturday, then an ordinary weekend.
    ['closed day', '2026-11-27T10:00', 'holiday', 'closed-day', '2026-11-28T00:00'],
    [
      'Thursday before a closed day',
      '2026-11-26T16:30',
      'outside-hours',
      undefined,
      '2026-11-27T00:00',
    ],
  ])('%s', (_name, at, state, detail, next) => {
    const status = workStatusAt(london, utc(at));
    expect(status.state).toBe(state);
    expect(status.breakLabel ?? status.holiday).toBe(detail);
    expect(iso(status.changesAt)).toBe(next);
  });

  it.each([
    [
      'last day of term, after school',
      '2026-10-23T15:30',
      'outside-hours',
      undefined,
      '2026-10-23T23:00',
    ],
    ['half term', '2026-10-28T10:00', 'holiday', 'out-of-term', '2026-11-02T00:00'],
    [
      'first day back after half term',
      '2026-11-02T08:30',
      'working',
      undefined,
      '2026-11-02T10:30',
    ],
    [
      'before the first term starts',
      '2026-08-20T09:00',
      'holiday',
      'out-of-term',
      '2026-09-01T23:00',
    ],
    ['after the last term ends', '2026-12-19T09:00', 'holiday', 'out-of-term', null],
  ])('term dates: %s', (_name, at, state, detail, next) => {
    const status = workStatusAt(withTerms, utc(at));
    expect(status.state).toBe(state);
    expect(status.holiday).toBe(detail);
    expect(iso(status.changesAt)).toBe(next);
  });

  it.each([
    ['Friday evening', withTerms, '2026-10-02T17:00', '2026-10-05T07:30'],
    ['half term', withTerms, '2026-10-28T10:00', '2026-11-02T08:30'],
    ['lunchtime', london, '2026-06-10T11:30', '2026-06-10T12:00'],
    [
      'working, so the next start is after playtime',
      london,
      '2026-06-10T08:00',
      '2026-06-10T09:45',
    ],
    ['after the last term', withTerms, '2026-12-19T09:00', null],
  ])('next working time: %s', (_name, hours, at, expected) => {
    expect(iso(workStatusAt(hours, utc(at)).nextWorkingAt)).toBe(expected);
  });

  it('reckons on the school clock, not the computer clock', () => {
    const saved = process.env.TZ;
    try {
      for (const machineZone of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles']) {
        process.env.TZ = machineZone;
        // 09:00 BST in London is 20:00 in Auckland and 01:00 in Los Angeles.
        const status = workStatusAt(london, utc('2026-06-10T08:00'));
        expect(status.state).toBe('working');
        expect(iso(status.changesAt)).toBe('2026-06-10T09:30');
      }
    } finally {
      process.env.TZ = saved;
    }
  });

  it('uses the school time zone when the school is not in London', () => {
    const newYork = { ...london, timeZone: 'America/New_York', closedDays: [] };
    // 10:00 in London is 05:00 in New York: outside hours there.
    expect(workStatusAt(newYork, utc('2026-06-10T09:00')).state).toBe('outside-hours');
    // 09:00 EDT = 13:00 UTC.
    expect(workStatusAt(newYork, utc('2026-06-10T13:00')).state).toBe('working');
  });

  it('takes 24:00 as the end of the day', () => {
    const allDay = { ...london, start: '00:00', end: '24:00', breaks: [], closedDays: [] };
    const status = workStatusAt(allDay, utc('2026-06-10T22:59'));
    expect(status.state).toBe('working');
    // Wednesday runs into Thursday without a gap: the next change is when Friday ends.
    expect(iso(status.changesAt)).toBe('2026-06-12T23:00');
  });

  it('never changes when no day is a working day', () => {
    const status = workStatusAt({ ...london, days: [], closedDays: [] }, utc('2026-06-10T09:00'));
    expect(status).toEqual({ state: 'outside-hours', changesAt: null, nextWorkingAt: null });
  });

  it.each([
    [{ timeZone: 'Mars/Olympus_Mons' }, 'workingHours.timeZone'],
    [{ start: '8.30' }, 'workingHours.start'],
    [{ end: '24:30' }, 'workingHours.end'],
    [{ start: '24:00' }, 'workingHours.start'],
    [{ breaks: [{ label: 'Lunch', start: '12:00', end: '1pm' }] }, 'workingHours.breaks[0].end'],
  ])('names the bad setting: %j', (change, path) => {
    const bad = { ...london, ...change } as WorkingHours;
    expect(() => workStatusAt(bad, utc('2026-06-10T09:00'))).toThrow(WorkingHoursError);
    expect(() => workStatusAt(bad, utc('2026-06-10T09:00'))).toThrow(path);
  });
});

describe('isReminderTime', () => {
  it.each([
    ['2026-06-10T08:00', true],
    ['2026-06-10T11:05', false], // lunchtime (12:05 BST)
    ['2026-06-10T18:00', false],
  ])('at %s → %s', (at, expected) => {
    expect(isReminderTime(workStatusAt(london, utc(at)))).toBe(expected);
  });
  it('is false with no timetable', () => expect(isReminderTime(null)).toBe(false));
});
