// Finds full UK postcodes in any case and spacing ("TF2 6XY", "tf26xy") and
// rejects look-alikes: unknown areas ("KS2 3rd"), inward codes with letters
// Royal Mail never uses there, and lower-case ordinals ("L2 2nd").
import { INWARD_EXCLUDED_LETTERS, POSTCODE_AREAS } from './postcode-areas';
import { isWordChar, MAX_CANDIDATES } from './chars';
import type { Span } from '../text/span';

export interface PostcodeMatch extends Span {
  /** Upper case, no spaces: "TF26XY". */
  compact: string;
}

// Anchor on the inward code (digit, two letters), then read the outward code
// (area letters, district digit, optional digit or letter) just before it.
const INWARD = /\d[A-Za-z]{2}/g;
const OUTWARD_BEFORE = /([A-Za-z]{1,2})(\d[A-Za-z\d]?)[ \u00a0]{0,2}$/;
const LOWER_ORDINAL = /^(?:1st|2nd|3rd|[04-9]th)$/;

/** Postcodes in `text`; detectors share one answer per piece (DetectContext.memo). */
export function findPostcodes(text: string): PostcodeMatch[] {
  const found: PostcodeMatch[] = [];
  let scanned = 0;
  for (const m of text.matchAll(INWARD)) {
    if (++scanned > MAX_CANDIDATES) break;
    const inward = m[0];
    const end = m.index + 3;
    if (isWordChar(text[end]) || LOWER_ORDINAL.test(inward)) continue;
    if (INWARD_EXCLUDED_LETTERS.test(inward.slice(1))) continue;
    const outward = OUTWARD_BEFORE.exec(text.slice(Math.max(0, m.index - 6), m.index));
    if (!outward) continue;
    const start = m.index - outward[0].length;
    const [, area, district] = outward as unknown as [string, string, string];
    if (isWordChar(text[start - 1]) || !POSTCODE_AREAS.has(area.toUpperCase())) continue;
    found.push({ start, end, compact: (area + district + inward).toUpperCase() });
  }
  return found;
}

export function compactPostcode(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}
