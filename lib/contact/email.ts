// Finds email addresses. Shared by email-address (personal addresses) and
// school-identifier (addresses on the school's official domains).
import { MAX_CANDIDATES } from './chars';
import type { Span } from '../text/span';

export interface EmailMatch extends Span {
  /** Lower case: "oldpark.example.sch.uk". */
  domain: string;
}

const LOCAL_CHAR = /[\p{L}\p{N}._%+'\u2019-]/u;
// Labels separated by dots the labels cannot contain, then a top-level label of letters: linear.
const DOMAIN = /^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?![\p{L}\p{N}-])/u;

/** Anchors on each "@" and reads outwards, so text with no "@" costs one indexOf. */
/** Email addresses in `text`; detectors share one answer per piece (DetectContext.memo). */
export function findEmails(text: string): EmailMatch[] {
  const found: EmailMatch[] = [];
  let scanned = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (++scanned > MAX_CANDIDATES) break;
    let start = at;
    while (start > 0 && at - start < 128 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    // Dots and quotes at the edge belong to the sentence: "('jo@x.com')".
    if (at - start >= 128) continue;
    while (start < at && /[.'\u2019]/.test(text[start]!)) start++;
    if (start === at) continue;
    const domain = DOMAIN.exec(text.slice(at + 1, at + 256));
    if (!domain) continue;
    found.push({ start, end: at + 1 + domain[0].length, domain: domain[0].toLowerCase() });
  }
  return found;
}

/** True when `domain` is `official` or one of its subdomains. */
export function isOnDomain(domain: string, official: string): boolean {
  const o = official.toLowerCase().replace(/^@/, '');
  return domain === o || domain.endsWith('.' + o);
}
