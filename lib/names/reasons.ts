// Reasons a person can read, for name findings.
import type { Mention } from './scan';
import type { Entry, Person } from './name-index';

function listed(p: Person, e: Entry): string {
  if (e.field === 'preferred') return p.preferred ?? p.first;
  return e.field === 'first' ? p.first : p.last;
}

/** How the person is named: "Millie", "Amelia Smith", "Smith". */
export function displayName(m: Mention, e: Entry): string {
  const p = e.person;
  return m.full && !m.titled
    ? `${listed(p, e)} ${p.last}`
    : m.titled
      ? `${p.first} ${p.last}`
      : listed(p, e);
}

function classList(names: string[]): string {
  const unique = [...new Set(names)];
  const joined =
    unique.length > 1 ? `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}` : unique[0];
  return `the ${joined} class list${unique.length > 1 ? 's' : ''}`;
}

export function pupilReason(m: Mention, entries: Entry[], written: string): string {
  const first = entries[0]!;
  const name = displayName(m, first);
  if (entries.some((e) => e.person.restricted))
    return `${name} is on the school's do-not-name list`;
  const where = classList(entries.map((e) => e.person.className ?? 'class'));
  return m.typo ? `"${written}" looks like ${name}, who is on ${where}` : `${name} is on ${where}`;
}

export function staffReason(m: Mention, entries: Entry[], written: string): string {
  const p = entries[0]!.person;
  const name = `${p.first} ${p.last}`;
  return m.typo
    ? `"${written}" looks like ${name}, who is on the staff list`
    : `${name} is on the staff list`;
}
