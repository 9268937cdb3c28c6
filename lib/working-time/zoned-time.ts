// Wall-clock arithmetic in a named IANA time zone, using only Intl (no tz database of our own).
// The school's clock, not the computer's, decides whether it is working time.

export interface WallClock {
  /** ISO calendar date in the zone, "YYYY-MM-DD". */
  date: string;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError naming the zone when the runtime does not know it. */
export function assertTimeZone(timeZone: string): void {
  try {
    formatterFor(timeZone);
  } catch {
    throw new RangeError(`unknown time zone "${timeZone}"`);
  }
}

function fields(instant: number, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return out;
}

export function wallClockAt(instant: number, timeZone: string): WallClock {
  const f = fields(instant, timeZone);
  const date = `${f.year}-${pad(f.month!)}-${pad(f.day!)}`;
  return { date, minutes: f.hour! * 60 + f.minute! };
}

/** The zone's offset from UTC at an instant, in milliseconds (London in summer: +3 600 000). */
function offsetAt(instant: number, timeZone: string): number {
  const f = fields(instant, timeZone);
  const asUtc = Date.UTC(f.year!, f.month! - 1, f.day!, f.hour!, f.minute!, f.second!);
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant at which the zone's clock shows `date` `minutes`. A wall time skipped by a
 * spring-forward gap maps to the instant just after the gap, as clocks do.
 */
export function instantAtWallClock(date: string, minutes: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d, 0, minutes);
  const first = naive - offsetAt(naive, timeZone);
  const second = naive - offsetAt(first, timeZone);
  return second === first ? first : Math.max(first, second);
}

/** Weekday of an ISO calendar date, 0 = Sunday, independent of any time zone. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
