// Staff on the school's staff list, named in a post (clauses 5.4, 6.8): with or
// without a title ("Mrs Hughes", "mr pemberton", "Dawn"), sign-offs included.
// Shares the name scan and the rules of lib/names/ with pupil-name.
import { defineDetector } from '../engine/detector';
import { nameHits } from '../names/name-hits';
import { type NameIndex, nameIndexFor } from '../names/name-index';

export default defineDetector<NameIndex>({
  id: 'staff-name',
  raises: ['staff-name'],
  description: 'Names of staff on the staff list',
  compile: (settings, { data, shared }) =>
    shared('name-index', () => nameIndexFor(settings, data.namesModel, data.staffShortForms)),
  detect: (text, index, context) => nameHits('staff', text, index, context),
});
