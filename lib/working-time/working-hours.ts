// Is it working time at the school? No personal social media at work, except at playtime and
// lunchtime (the seed policy's 6.13). Everything is reckoned on the school's clock (settings.workingHours.timeZone),
// so a laptop set to another zone, or a DST change, does not move the school day.
import type { Weekday, WorkingHours } from '../settings/types';
import { addDays, assertTimeZone, instantAtWallClock, wallClockAt, weekdayOf } from './zoned-time';

export type WorkState = 'working' | 'break' | 'outside-hours' | 'holiday';

export interface WorkStatus {
  state: WorkState;
  /** The break's label, e.g. "Lunchtime", when state is 'break'. */
  breakLabel?: string;
  /** Why a holiday: a closed day (INSET, bank holiday) or outside the term dates. */
  holiday?: 'closed-day' | 'out-of-term';
  /** When the state next changes, in ms since the epoch; null if it never does (no working days). */
  changesAt: number | null;
  /** When working time (outside breaks) next begins after now; null if never. */
  nextWorkingAt: number | null;
}

type State = Omit<WorkStatus, 'changesAt' | 'nextWorkingAt'>;

/** Why a timetable cannot be used, naming the settings path. */
export class WorkingHoursError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

const WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** Far enough to cross a summer holiday and any realistic gap between terms. */
const SEARCH_DAYS = 400;

interface Timetable {
  hours: WorkingHours;
  start: number;
  end: number;
  breaks: { label: string; start: number; end: number }[];
}

/** Parses "HH:MM" (24-hour) into minutes since midnight; "24:00" (end of the day) only where allowed. */
export function parseClockTime(value: unknown, path: string, allowMidnightEnd = false): number {
  if (allowMidnightEnd && value === '24:00') return 24 * 60;
  const match = typeof value === 'string' ? /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value) : null;
  if (!match)
    throw new WorkingHoursError(path, `expected a time like "08:30", got ${JSON.stringify(value)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function compile(hours: WorkingHours): Timetable {
  try {
    assertTimeZone(hours.timeZone);
  } catch (error) {
    throw new WorkingHoursError('workingHours.timeZone', (error as Error).message);
  }
  return {
    hours,
    start: parseClockTime(hours.start, 'workingHours.start'),
    end: parseClockTime(hours.end, 'workingHours.end', true),
    breaks: (hours.breaks ?? []).map((b, i) => ({
      label: b.label,
      start: parseClockTime(b.start, `workingHours.breaks[${i}].start`),
      end: parseClockTime(b.end, `workingHours.breaks[${i}].end`, true),
    })),
  };
}

type DayKind = 'school-day' | 'day-off' | 'closed-day' | 'out-of-term';

function dayKind(t: Timetable, date: string): DayKind {
  if ((t.hours.closedDays ?? []).includes(date)) return 'closed-day';
  const terms = t.hours.termDates;
  if (terms && !terms.some((term) => term.start <= date && date <= term.end)) return 'out-of-term';
  return t.hours.days.includes(WEEKDAYS[weekdayOf(date)]!) ? 'school-day' : 'day-off';
}

/** The status at one wall-clock moment, without the next change. */
function stateAt(t: Timetable, date: string, minutes: number): State {
  const kind = dayKind(t, date);
  if (kind === 'closed-day' || kind === 'out-of-term') return { state: 'holiday', holiday: kind };
  if (kind === 'day-off' || minutes < t.start || minutes >= t.end)
    return { state: 'outside-hours' };
  const current = t.breaks.find((b) => b.start <= minutes && minutes < b.end);
  return current ? { state: 'break', breakLabel: current.label } : { state: 'working' };
}

function sameState(a: State, b: State): boolean {
  return a.state === b.state && a.breakLabel === b.breakLabel && a.holiday === b.holiday;
}

/** Where the status can change on a day: midnight, the day's edges and every break's edges. */
function edgesOf(t: Timetable): number[] {
  const edges = [0, t.start, t.end, ...t.breaks.flatMap((b) => [b.start, b.end])];
  return [...new Set(edges)].sort((a, b) => a - b);
}

/**
 * The school's working status at `now`, and when it next changes.
 * Throws WorkingHoursError (naming the settings path) for an unusable timetable.
 */
export function workStatusAt(hours: WorkingHours, now: Date | number = Date.now()): WorkStatus {
  const t = compile(hours);
  const instant = typeof now === 'number' ? now : now.getTime();
  const zone = hours.timeZone;
  const clock = wallClockAt(instant, zone);
  const current = stateAt(t, clock.date, clock.minutes);
  const edges = edgesOf(t);
  let changesAt: number | null = null;
  let previous = current;
  for (let day = 0; day <= SEARCH_DAYS; day++) {
    const date = addDays(clock.date, day);
    for (const minutes of edges) {
      const at = instantAtWallClock(date, minutes, zone);
      if (at <= instant) continue;
      const local = wallClockAt(at, zone);
      const next = stateAt(t, local.date, local.minutes);
      if (changesAt === null && !sameState(next, current)) changesAt = at;
      if (next.state === 'working' && previous.state !== 'working') {
        return { ...current, changesAt, nextWorkingAt: at };
      }
      previous = next;
    }
  }
  return { ...current, changesAt, nextWorkingAt: null };
}

/** Personal social media is not allowed (the seed policy's 6.13): working time outside the breaks. */
export function isReminderTime(status: WorkStatus | null): boolean {
  return status?.state === 'working';
}
