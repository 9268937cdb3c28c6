// From the settings' timetable to what the working-hours panel shows.
import type { WorkingHours } from '../../lib/settings/types';
import { describeWorkStatus } from '../../lib/working-time/status-text';
import { isReminderTime, workStatusAt } from '../../lib/working-time/working-hours';
import type { WorkView } from './WorkStatusPanel';

export function workViewFor(hours: WorkingHours | undefined, now: number): WorkView {
  if (!hours) return { kind: 'unset' };
  try {
    const status = workStatusAt(hours, now);
    return {
      kind: 'status',
      text: describeWorkStatus(status, hours.timeZone, now),
      reminder: isReminderTime(status),
    };
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
}
