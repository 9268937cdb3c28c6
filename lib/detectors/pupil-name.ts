// Pupils on the school's class lists, named in a post (clauses 5.4, 6.8): first,
// preferred, last or full names, in any case, without diacritics, in hashtags,
// with one-edit typos. Pupils the school must not name online (restriction
// "name", issue 8) are always high severity and say so. Logic in lib/names/.
import { defineDetector } from '../engine/detector';
import { ADULT_AFFILIATION_AFTER } from '../names/context-words';
import { scanNames } from '../names/find-names';
import type { Mention } from '../names/scan';
import { type NameIndex, nameIndexFor } from '../names/name-index';
import { pupilReason } from '../names/reasons';
import type { Hit } from '../engine/finding';

/** "Chloe from the supply agency", "Lucy from HR": a lone first name with an adult
 * affiliation is an adult who shares a pupil's name ("Chloe from Year 4" still counts). */
function adultAffiliation(m: Mention, text: string): boolean {
  const firstOnly = !m.full && m.entries.every((e) => e.field !== 'last');
  return firstOnly && ADULT_AFFILIATION_AFTER.test(text.slice(m.end, m.end + 60));
}

export default defineDetector<NameIndex>({
  id: 'pupil-name',
  description: 'Names of pupils on the class lists',
  compile: nameIndexFor,
  detect(text, index) {
    const hits: Hit[] = [];
    for (const m of scanNames(text, index).mentions) {
      const pupils = m.entries.filter((e) => e.person.kind === 'pupil');
      if (pupils.length === 0 || (m.titled && pupils.length < m.entries.length)) continue;
      if (adultAffiliation(m, text)) continue;
      const restricted = pupils.some((e) => e.person.restricted);
      hits.push({
        kind: 'pupil-name',
        start: m.start,
        end: m.end,
        reason: pupilReason(m, pupils, text.slice(m.start, m.end)),
        ...(restricted ? { severity: 'high' as const, restricted: true } : {}),
      });
    }
    return hits;
  },
});
