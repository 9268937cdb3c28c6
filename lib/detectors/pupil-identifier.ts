// Flags pupil record identifiers: a valid UPN or ULN is confidential,
// person-identifiable information (policy 3.2, 5.4). Only identifiers whose
// check character is right are flagged, so order numbers and look-alikes pass.
// Check rules and their sources: lib/contact/pupil-ids.ts.
import { isWordChar, MAX_CANDIDATES, REFERENCE_LABEL_BEFORE } from '../contact/chars';
import { isValidUln, isValidUpn } from '../contact/pupil-ids';
import type { Hit } from '../types';
import { defineDetector } from './detector';

// A 13-character UPN (letter, 11 digits, digit or letter) or a 10-digit ULN, standing alone.
const CANDIDATE = /[A-Za-z]\d{11}[A-Za-z\d]|[1-9]\d{9}/g;

export default defineDetector({
  id: 'pupil-identifier',
  description: 'A valid Unique Pupil Number (UPN) or Unique Learner Number (ULN)',
  compile: () => null,
  detect: (text) => {
    const hits: Hit[] = [];
    if (!/\d{10}/.test(text)) return hits;
    let scanned = 0;
    for (const m of text.matchAll(CANDIDATE)) {
      if (++scanned > MAX_CANDIDATES) break;
      const id = m[0];
      if (isWordChar(text[m.index - 1]) || isWordChar(text[m.index + id.length])) continue;
      if (REFERENCE_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
      const reason =
        id.length === 13
          ? isValidUpn(id) && "This looks like a pupil's Unique Pupil Number (UPN)"
          : isValidUln(id) && "This looks like a pupil's Unique Learner Number (ULN)";
      if (reason)
        hits.push({ kind: 'pupil-identifier', start: m.index, end: m.index + id.length, reason });
    }
    return hits;
  },
});
