// Finds UK telephone numbers written the ways people write them: national
// ("07700 900123", "(01632) 960123", "01632-960-224", "020 7946 0123") and
// international ("+44 7700 900123", "+44 (0)7700 900123", "0044 ..."), Ofcom's
// drama ranges included. Numbering rules from Ofcom's National Telephone
// Numbering Plan: a 0 trunk prefix, then 10 significant digits (9 for a few
// 01 areas and 0800 numbers) that never start with 0, 4 or 6.
// libphonenumber-js was measured and not used: see docs/detectors.md, "Contact details".
import { MAX_CANDIDATES, REFERENCE_LABEL_BEFORE } from './chars';
import type { Span } from '../text/span';

export interface PhoneMatch extends Span {
  /** The national significant number: digits after the 0 or +44. */
  significant: string;
}

// Prefix, then digit groups joined by one separator each. Every separator holds
// a non-digit, so there is one way to split a run: linear, no backtracking
// blow-up; groups are bounded so a match is never longer than a phone number.
const PHONE =
  /(?:(?:\+|00)44[ \u00a0.-]?(?:\(0\)[ \u00a0]?)?|\(0\)[ \u00a0]?|\(?0)\d{1,11}(?:(?:\)[ \u00a0]?|[ \u00a0]?[-.\u2013][ \u00a0]?|[ \u00a0])\d{1,11}){0,5}/g;
const DIGIT_RUN = /\d+/g;
// A number labelled as something other than a phone: "ref 0123 456 7890", "ULN: 01…".
const NOT_A_PHONE_LABEL = /\b(?:id|upn|uln)\s*[:#]?\s*$/i;

// Not a phone when it continues a word, a number, a price or a path.
const NOT_BEFORE = /[\p{L}\p{N}+#£$€/@_]/u;

/** Phone numbers in `text`. Two detectors ask about the same piece: they share one answer
 * through the engine's per-piece memo (DetectContext.memo), not a cache here. */
export function findPhoneNumbers(text: string): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  if (!/\d{2}/.test(text)) return found;
  let scanned = 0;
  for (const m of text.matchAll(PHONE)) {
    if (++scanned > MAX_CANDIDATES) break;
    if (NOT_BEFORE.test(text[m.index - 1] ?? '')) continue;
    const match = bestPrefix(m[0]);
    if (!match) continue;
    const start = m.index;
    const end = start + match.length;
    if (/^[\p{L}\p{N}%/]/u.test(text.slice(end, end + 1))) continue;
    const before = text.slice(Math.max(0, start - 32), start);
    if (REFERENCE_LABEL_BEFORE.test(before) || NOT_A_PHONE_LABEL.test(before)) continue;
    found.push({ start, end, significant: significantDigits(match)! });
  }
  return found;
}

/** The longest run of whole digit groups from the start that is a plausible UK number. */
function bestPrefix(candidate: string): string | undefined {
  const groupEnds = [...candidate.matchAll(DIGIT_RUN)].map((g) => g.index + g[0].length);
  for (let i = groupEnds.length - 1; i >= 0; i--) {
    const prefix = candidate.slice(0, groupEnds[i]);
    if (isPlausible(prefix)) return prefix;
  }
  return undefined;
}

function isPlausible(candidate: string): boolean {
  const significant = significantDigits(candidate);
  if (!significant || !/^[1235789]/.test(significant)) return false;
  if (significant.length !== 10 && !(significant.length === 9 && /^[18]/.test(significant))) {
    return false;
  }
  if (candidate.includes(')') && !candidate.startsWith('(') && !candidate.includes('(0)')) {
    return false;
  }
  return hasPhoneGrouping(candidate);
}

/** Digits after the trunk 0 or the country code 44; undefined when neither starts it. */
export function significantDigits(candidate: string): string | undefined {
  const international = /^(?:\+|00)44/.test(candidate);
  const digits = candidate.replace(/\(0\)/, '').replace(/\D/g, '');
  if (international) return digits.slice(digits.startsWith('00') ? 4 : 2);
  // "(0)7700 900123": the bracketed trunk 0 of a number written for abroad, without the +44
  if (candidate.startsWith('(0)')) return digits;
  return digits.startsWith('0') ? digits.slice(1) : undefined;
}

// People group phone digits in threes and fours ("0161 496 0788"); groups of one
// or two digits are dates and scores ("01 02 2024"), except London's "+44 20".
function hasPhoneGrouping(candidate: string): boolean {
  const body = candidate.replace(/^(?:(?:\+|00)44[ \u00a0.-]?)?(?:\(0\)[ \u00a0]?)?/, '');
  const groups = body.match(DIGIT_RUN) ?? [];
  return groups.every((g, i) => g.length >= 3 || (i === 0 && g.length === 2 && g !== '00'));
}

/** The significant digits of the school's phones, however the settings write them ("Tel: 01952 …"). */
export function phoneKeys(phones: readonly string[]): Set<string> {
  const keys = phones.map(
    (p) => findPhoneNumbers(p)[0]?.significant ?? significantDigits(p.replace(/[^\d+]/g, '')) ?? '',
  );
  return new Set(keys.filter(Boolean));
}
