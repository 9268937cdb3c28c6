// Which place-and-time reminder, if any, a page gets (working time, Wikipedia). Pure: the
// background passes in the status, the page address and when this site last had one.
import {
  halfDayKey,
  isEncyclopaediaEdit,
  ENCYCLOPAEDIA_REMINDER,
  WORKING_TIME_REMINDER,
  type Reminder,
} from './reminders';
import type { WorkStatus } from './working-hours';
import type { WallClock } from './zoned-time';

export interface PageReminderDecision {
  reminder: Reminder;
  /** The site and half-day to record, so the banner shows at most once per site per half-day. */
  record?: { site: string; slot: string };
}

/** "www.facebook.com" and "m.facebook.com" are one site for the once-per-half-day rule. */
export function siteOf(url: string): string {
  const host = new URL(url).hostname.toLowerCase();
  return host.replace(/^(?:www|m|mobile|web)\./, '');
}

/**
 * Wikipedia's edit view at work (working time or a break: the edit is still recorded
 * against the school's address) gets the encyclopaedia reminder each time. Any other page the
 * reminder script runs on is a social site: the working-time one outside breaks, once per
 * site per half-day. Reading Wikipedia is fine.
 */
export function decidePageReminder(
  url: string,
  status: WorkStatus | null,
  clock: WallClock | null,
  lastShown: Record<string, string>,
): PageReminderDecision | null {
  if (!status || !clock) return null;
  let site: string;
  try {
    site = siteOf(url);
  } catch {
    return null;
  }
  if (site === 'wikipedia.org' || site.endsWith('.wikipedia.org')) {
    const atWork = status.state === 'working' || status.state === 'break';
    return atWork && isEncyclopaediaEdit(url) ? { reminder: ENCYCLOPAEDIA_REMINDER } : null;
  }
  if (status.state !== 'working') return null;
  const slot = halfDayKey(clock.date, clock.minutes);
  if (lastShown[site] === slot) return null;
  return { reminder: WORKING_TIME_REMINDER, record: { site, slot } };
}
