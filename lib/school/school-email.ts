// School email must not be used to set up personal social media accounts (the seed policy's
// 6.10; each school's own policy decides which clauses the note cites).
// The content script asks this about the value of an email field on a sign-up form; it
// needs only the school's email domains, never the class lists.
import type { School } from '../settings/types';
import type { Severity } from '../engine/finding';

/** The part of the settings this check reads. */
export interface SchoolEmailSettings {
  school: Pick<School, 'emailDomains'>;
}

// One address, nothing else: "name@domain.tld". Deliberately loose on the local part.
const EMAIL = /^[^\s@]+@([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)$/i;

/** Normalises a configured domain: "@OldPark.example.sch.uk " → "oldpark.example.sch.uk". */
function normaliseDomain(domain: string): string {
  return domain.trim().replace(/^@/, '').replace(/\.$/, '').toLowerCase();
}

/**
 * True when `value` is one email address on one of the school's official domains
 * (or a subdomain of one, e.g. staff.school.sch.uk). Surrounding spaces are ignored.
 */
export function isOfficialSchoolEmail(value: string, settings: SchoolEmailSettings): boolean {
  const match = EMAIL.exec(value.trim());
  if (!match?.[1]) return false;
  const domain = match[1].toLowerCase();
  return settings.school.emailDomains
    .map(normaliseDomain)
    .filter((official) => official.length > 0)
    .some((official) => domain === official || domain.endsWith(`.${official}`));
}

/** The one reminder shown beside an email field holding a school address on a watched site. */
export const SCHOOL_EMAIL_REMINDER: {
  id: 'school-email';
  severity: Severity;
  reason: string;
} = {
  id: 'school-email',
  severity: 'medium',
  reason:
    'This is a school email address. School email must not be used to set up personal social media accounts; a separate personal address keeps work contact details private.',
};
