// Messages for the place-and-time reminders (working time, Wikipedia). Types only.
// The content script sends its address; it never sees settings or class lists.
import type { Reminder } from '../working-time/reminders';

/** Content script → background, with runtime.sendMessage. */
export type ReminderRequest =
  { type: 'get-page-reminder'; url: string } | { type: 'open-policy-clause'; clause: string };

/**
 * Background → content script: the reminder to show, with the clauses of the school's policy
 * it cites and their text (none when the policy has no clause on it), or no reminder.
 */
export interface PageReminderAnswer {
  reminder: (Reminder & { clauses: { id: string; text: string }[] }) | null;
}
