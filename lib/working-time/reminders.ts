// The two reminders that depend on where and when, not on what is typed: no personal social
// media in working time (the seed policy's 6.13) and no editing Wikipedia at work (its 6.11).
// Each names its topic, not a clause: the school's own policy decides which clauses it cites
// (lib/policy/citations.ts), and with none the reminder shows only its plain-English line.

export interface Reminder {
  topic: 'working-hours' | 'encyclopaedia';
  headline: string;
  why: string;
}

export const WORKING_TIME_REMINDER: Reminder = {
  topic: 'working-hours',
  headline: 'It is working time',
  why: 'Personal social media waits for playtime, lunchtime or after school.',
};

export const ENCYCLOPAEDIA_REMINDER: Reminder = {
  topic: 'encyclopaedia',
  headline: 'Editing Wikipedia at work',
  why: 'Edits made at work are recorded against the school’s internet address, so do not edit in a personal capacity at work.',
};

/** Wikipedia's edit views: the source editor (action=edit) and the visual editor (veaction=edit). */
export function isEncyclopaediaEdit(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  if (host !== 'wikipedia.org' && !host.endsWith('.wikipedia.org')) return false;
  const params = parsed.searchParams;
  return (
    ['edit', 'submit'].includes(params.get('action') ?? '') ||
    params.get('veaction') === 'edit' ||
    params.get('veaction') === 'editsource'
  );
}

/** Half-day slot for "at most once per site per half-day": 2026-06-10 am / pm on the school clock. */
export function halfDayKey(date: string, minutes: number): string {
  return `${date}-${minutes < 12 * 60 ? 'am' : 'pm'}`;
}
