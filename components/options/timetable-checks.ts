// Checks of the working-hours timetable (CONTRACTS.md §1 "workingHours"); every problem listed.
import type { Weekday, WorkingHours } from '../../lib/settings/types';

export const WEEKDAYS: readonly { day: Weekday; label: string }[] = [
  { day: 'mon', label: 'Monday' },
  { day: 'tue', label: 'Tuesday' },
  { day: 'wed', label: 'Wednesday' },
  { day: 'thu', label: 'Thursday' },
  { day: 'fri', label: 'Friday' },
  { day: 'sat', label: 'Saturday' },
  { day: 'sun', label: 'Sunday' },
];

export const DEFAULT_HOURS: WorkingHours = {
  timeZone: 'Europe/London',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  start: '08:30',
  end: '16:00',
  breaks: [],
  closedDays: [],
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (text: string) =>
  DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));

export function checkTimetable(hours: WorkingHours): string[] {
  const problems: string[] = [];
  if (hours.days.length === 0) problems.push('Choose at least one working day.');
  if (!TIME.test(hours.start)) problems.push('The day needs a start time.');
  if (!TIME.test(hours.end)) problems.push('The day needs an end time.');
  if (TIME.test(hours.start) && TIME.test(hours.end) && hours.end <= hours.start) {
    problems.push('The day must end after it starts.');
  }
  hours.breaks.forEach((b, i) => {
    const name = b.label.trim() || `Break ${i + 1}`;
    if (!TIME.test(b.start) || !TIME.test(b.end))
      problems.push(`${name} needs a start and an end time.`);
    else if (b.end <= b.start) problems.push(`${name} must end after it starts.`);
    else if (b.start < hours.start || b.end > hours.end)
      problems.push(`${name} must fall within the working day.`);
  });
  (hours.termDates ?? []).forEach((term, i) => {
    if (!validDate(term.start) || !validDate(term.end))
      problems.push(`Term ${i + 1} needs a first and a last day.`);
    else if (term.end < term.start)
      problems.push(`Term ${i + 1} must end on or after its first day.`);
  });
  hours.closedDays.forEach((day, i) => {
    if (!validDate(day)) problems.push(`Closed day ${i + 1} needs a date.`);
  });
  return problems;
}
