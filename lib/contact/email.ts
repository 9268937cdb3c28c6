// Finds email addresses. Shared by email-address (personal addresses) and
// school-identifier (addresses on the school's official domains).

export interface EmailMatch {
  start: number;
  end: number;
  /** Lower case: "oldpark.example.sch.uk". */
  domain: string;
}

// The look-behind makes each attempt start at the beginning of a local part, so
// a long run of letters with no "@" is scanned once, not once per letter.
// Domain labels are separated by dots the labels cannot contain: linear.
const EMAIL =
  /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})(?![\p{L}\p{N}-])/gu;

export function findEmails(text: string): EmailMatch[] {
  if (!text.includes('@')) return [];
  const found: EmailMatch[] = [];
  for (const m of text.matchAll(EMAIL)) {
    let start = m.index;
    // A quoted or bracketed address: trailing dots belong to the sentence.
    while (text[start] === '.' || text[start] === "'") start++;
    found.push({ start, end: m.index + m[0].length, domain: m[1]!.toLowerCase() });
  }
  return found;
}

/** True when `domain` is `official` or one of its subdomains. */
export function isOnDomain(domain: string, official: string): boolean {
  const o = official.toLowerCase().replace(/^@/, '');
  return domain === o || domain.endsWith('.' + o);
}
