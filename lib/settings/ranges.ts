// Start/end pairs in the working hours (the day, each break, each term) must
// end after they start. Checked on the raw input, apart from the schema, so the
// problem is reported alongside any others in the file.
import type { SettingsProblem } from './problem';
import { isRealDate, TIME } from './schema';

const isTime = (value: string) => TIME.test(value);
/** "24:00" ends the day (lib/working-time/working-hours.ts), but starts nothing. */
const isEndTime = (value: string) => value === '24:00' || TIME.test(value);

type Loose = Record<string, unknown>;

export function rangeProblems(input: unknown): SettingsProblem[] {
  const hours = field(input, 'workingHours');
  if (!hours) return [];
  const problems: SettingsProblem[] = [];
  check(hours, 'workingHours', isTime, isEndTime, 'time', problems);
  list(hours, 'breaks').forEach((b, i) =>
    check(b, `workingHours.breaks[${i}]`, isTime, isEndTime, 'time', problems),
  );
  list(hours, 'termDates').forEach((t, i) =>
    check(t, `workingHours.termDates[${i}]`, isRealDate, isRealDate, 'date', problems),
  );
  return problems;
}

function check(
  range: Loose,
  path: string,
  isValid: (value: string) => boolean,
  isValidEnd: (value: string) => boolean,
  what: string,
  out: SettingsProblem[],
) {
  const { start, end } = range;
  if (typeof start !== 'string' || typeof end !== 'string') return;
  if (!isValid(start) || !isValidEnd(end)) return;
  if (end <= start)
    out.push({ path: `${path}.end`, message: `must be after the start ${what} (${start})` });
}

function field(value: unknown, key: string): Loose | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const inner = (value as Loose)[key];
  return inner && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Loose) : undefined;
}

function list(value: Loose, key: string): Loose[] {
  const inner = value[key];
  if (!Array.isArray(inner)) return [];
  return inner.filter((x): x is Loose => !!x && typeof x === 'object');
}
