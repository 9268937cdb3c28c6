// Flags pupil record identifiers: a valid UPN or ULN is confidential,
// person-identifiable information (policy 3.2, 5.4). Only identifiers whose
// check character is right are flagged, so order numbers and look-alikes pass.
// Check rules and their sources: lib/contact/pupil-ids.ts.
import { isWordChar, MAX_CANDIDATES, REFERENCE_LABEL_BEFORE } from '../contact/chars';
import { isValidUln, isValidUpn } from '../contact/pupil-ids';
import type { Hit } from '../engine/finding';
import { defineDetector } from '../engine/detector';

// A 13-character UPN (letter, 11 digits, digit or letter) or a 10-digit ULN, standing alone.
const CANDIDATE = /[A-Za-z]\d{11}[A-Za-z\d]|[1-9]\d{9}/g;
// Written in groups ("A123 4567 8901 2", "481 203 7750") only right after the
// label: spaced digit groups unlabelled are far more often phone or order numbers.
const LABELLED_SPACED =
  /\b(?:upn|uln)s?\b(?:[ \t]*(?:no\.?|number|is|are|=|:|#|-))*[ \t]*([A-Za-z]?[ -]?\d{1,6}(?:[ -]\d{1,6}){1,6}(?:[ -]?[A-Za-z](?![A-Za-z\d]))?)/gi;
const UPN_REASON = "This looks like a pupil's Unique Pupil Number (UPN)";
const ULN_REASON = "This looks like a pupil's Unique Learner Number (ULN)";

export default defineDetector({
  id: 'pupil-identifier',
  raises: ['pupil-identifier'],
  description: 'A valid Unique Pupil Number (UPN) or Unique Learner Number (ULN)',
  compile: () => null,
  detect: (text) => {
    const hits: Hit[] = [];
    if (/\d{10}/.test(text)) findWhole(text, hits);
    if (/\bu[pl]n/i.test(text)) findLabelledSpaced(text, hits);
    return hits;
  },
});

function findWhole(text: string, hits: Hit[]): void {
  let scanned = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    if (++scanned > MAX_CANDIDATES) break;
    const id = m[0];
    if (isWordChar(text[m.index - 1]) || isWordChar(text[m.index + id.length])) continue;
    if (REFERENCE_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
    const reason = reasonFor(id);
    if (reason)
      hits.push({ kind: 'pupil-identifier', start: m.index, end: m.index + id.length, reason });
  }
}

function findLabelledSpaced(text: string, hits: Hit[]): void {
  let scanned = 0;
  for (const m of text.matchAll(LABELLED_SPACED)) {
    if (++scanned > MAX_CANDIDATES) break;
    const written = m[1]!;
    const start = m.index + m[0].length - written.length;
    const end = start + written.length;
    if (!/[ -]/.test(written) || isWordChar(text[end])) continue;
    const reason = reasonFor(written.replace(/[ -]/g, ''));
    if (reason) hits.push({ kind: 'pupil-identifier', start, end, reason });
  }
}

function reasonFor(id: string): string | false {
  if (id.length === 13) return isValidUpn(id) && UPN_REASON;
  return id.length === 10 && /^[1-9]/.test(id) && isValidUln(id) && ULN_REASON;
}
