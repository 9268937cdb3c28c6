// Flags home addresses and full UK postcodes that are not the school's: it is
// not safe to reveal where people live (policy 6.15). Street addresses need a
// house number or building name; postcodes are checked against the real list
// of UK postcode areas (lib/contact/postcode-areas.ts).
import { compactPostcode, findPostcodes } from '../contact/postcode';
import { schoolPhrases, schoolWordsOf } from '../school/school-variants';
import { findStreetAddresses } from '../contact/street-address';
import { squash } from '../contact/words';
import type { Hit } from '../engine/finding';
import { defineDetector, once } from '../engine/detector';

interface Compiled {
  schoolStreets: Set<string>;
  schoolPostcodes: Set<string>;
}

// Between a street line and its postcode: commas, spaces and a town or two.
const JOINS_POSTCODE = /^[\s,]*(?:\p{Lu}[\p{L}'-]*[\s,]+){0,3}$/u;
const STREET_REASON = 'This looks like a street address';

export default defineDetector<Compiled>({
  id: 'postal-address',
  raises: ['postal-address'],
  description: "A street address or full UK postcode that is not the school's",
  compile: (settings, { data }) => ({
    schoolStreets: new Set(
      schoolPhrases(settings.school, schoolWordsOf(data.schoolWords))
        .filter((p) => p.kind === 'address')
        .map((p) => p.tokens.join('')),
    ),
    schoolPostcodes: new Set(settings.school.postcodes.map(compactPostcode)),
  }),
  detect: (text, c, context) => {
    const hits: Hit[] = [];
    for (const a of findStreetAddresses(text)) {
      if (c.schoolStreets.has(squash(a.street))) continue;
      hits.push({ kind: 'postal-address', start: a.start, end: a.end, reason: STREET_REASON });
    }
    for (const p of once(context, 'postcodes', () => findPostcodes(text))) {
      if (c.schoolPostcodes.has(p.compact)) continue;
      const before = hits.findLast((h) => h.reason === STREET_REASON && h.start < p.start);
      if (before && before.end <= p.start && JOINS_POSTCODE.test(text.slice(before.end, p.start))) {
        before.end = p.end;
        continue;
      }
      if (before && before.end > p.start) {
        before.end = Math.max(before.end, p.end);
        continue;
      }
      hits.push({
        kind: 'postal-address',
        start: p.start,
        end: p.end,
        reason: 'This is a full UK postcode',
      });
    }
    return hits;
  },
});
