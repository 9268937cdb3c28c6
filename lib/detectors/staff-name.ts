// Staff on the school's staff list, named in a post (clauses 5.4, 6.8): with or
// without a title ("Mrs Hughes", "mr pemberton", "Dawn"), sign-offs included.
// Shares the name scan of lib/names/ with pupil-name.
import { defineDetector } from '../engine/detector';
import { scanNames } from '../names/find-names';
import { type NameIndex, nameIndexFor } from '../names/name-index';
import { staffReason } from '../names/reasons';
import type { Hit } from '../engine/finding';

export default defineDetector<NameIndex>({
  id: 'staff-name',
  description: 'Names of staff on the staff list',
  compile: nameIndexFor,
  detect(text, index) {
    const hits: Hit[] = [];
    for (const m of scanNames(text, index).mentions) {
      const staff = m.entries.filter((e) => e.person.kind === 'staff');
      if (staff.length === 0) continue;
      hits.push({
        kind: 'staff-name',
        start: m.start,
        end: m.end,
        reason: staffReason(m, staff, text.slice(m.start, m.end)),
      });
    }
    return hits;
  },
});
