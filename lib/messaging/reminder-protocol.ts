// Messages for the place-and-time reminders (clauses 6.13, 6.11). Types only.
// The content script sends its address; it never sees settings or class lists.
import type { Reminder } from '../working-time/reminders';

/** Content script → background, with runtime.sendMessage. */
export type ReminderRequest =
  { type: 'get-page-reminder'; url: string } | { type: 'open-policy-clause'; clause: string };

/** Background → content script: the reminder to show (with its clause's text), or none. */
export interface PageReminderAnswer {
  reminder: (Reminder & { clauseText?: string }) | null;
}
