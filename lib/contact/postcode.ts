// Finds full UK postcodes in any case and spacing ("TF2 6XY", "tf26xy") and
// rejects look-alikes: unknown areas ("KS2 3rd"), inward codes with letters
// Royal Mail never uses there, and lower-case ordinals ("L2 2nd").
import { INWARD_EXCLUDED_LETTERS, POSTCODE_AREAS } from '../detectors/postcode-areas';

export interface PostcodeMatch {
  start: number;
  end: number;
  /** Upper case, no spaces: "TF26XY". */
  compact: string;
}

// Outward: area letters, a district digit, an optional digit or letter; then at
// most two spaces and the inward code. Every part is fixed-width: linear.
const POSTCODE =
  /(?<![\p{L}\p{N}])([A-Za-z]{1,2})(\d[A-Za-z\d]?)[ \u00a0]{0,2}(\d[A-Za-z]{2})(?![\p{L}\p{N}])/gu;
const LOWER_ORDINAL = /^(?:1st|2nd|3rd|[04-9]th)$/;

export function findPostcodes(text: string): PostcodeMatch[] {
  if (!/\d[A-Za-z]{2}/.test(text)) return [];
  const found: PostcodeMatch[] = [];
  for (const m of text.matchAll(POSTCODE)) {
    const [whole, area, district, inward] = m as unknown as [string, string, string, string];
    if (!POSTCODE_AREAS.has(area.toUpperCase())) continue;
    if (INWARD_EXCLUDED_LETTERS.test(inward.slice(1))) continue;
    if (LOWER_ORDINAL.test(inward)) continue;
    found.push({
      start: m.index,
      end: m.index + whole.length,
      compact: (area + district + inward).toUpperCase(),
    });
  }
  return found;
}

export function compactPostcode(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}
