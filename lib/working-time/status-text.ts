// The working-hours status in words, with times on the school's clock.
import type { WorkStatus } from './working-hours';
import { wallClockAt } from './zoned-time';

export interface WorkStatusText {
  headline: string;
  detail?: string;
}

const DAY_MS = 86_400_000;

/** "10:30" today, "Mon 08:30" within the week, "Mon 2 Nov, 08:30" further off. */
export function formatWhen(at: number, timeZone: string, now: number): string {
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  if (wallClockAt(at, timeZone).date === wallClockAt(now, timeZone).date) return time;
  const soon = at - now < 6 * DAY_MS;
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    ...(soon ? {} : { day: 'numeric', month: 'short' }),
  }).format(at);
  return soon ? `${day} ${time}` : `${day}, ${time}`;
}

export function describeWorkStatus(
  status: WorkStatus,
  timeZone: string,
  now: number,
): WorkStatusText {
  const when = (at: number | null) => (at === null ? undefined : formatWhen(at, timeZone, now));
  const until = when(status.changesAt);
  const back = when(status.nextWorkingAt);
  switch (status.state) {
    case 'working':
      return {
        headline: until ? `Working time until ${until}` : 'Working time',
        detail: 'Personal social media waits for playtime, lunchtime or after school.',
      };
    case 'break':
      return {
        headline: `${status.breakLabel || 'Break'}${until ? ` until ${until}` : ''}`,
        detail: 'Breaks are not working time: personal use is fine now.',
      };
    case 'outside-hours':
      return {
        headline: 'Outside working hours',
        detail: back ? `Working time starts ${back}.` : undefined,
      };
    case 'holiday':
      return {
        headline: status.holiday === 'closed-day' ? 'School closed today' : 'School holiday',
        detail: back ? `Back ${back}.` : undefined,
      };
  }
}
