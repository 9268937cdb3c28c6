// Pupils on the school's class lists, named in a post (clauses 5.4, 6.8): first,
// preferred, last or full names, in any case, without diacritics, in hashtags,
// with one-edit typos. Pupils the school must not name online (restriction
// "name", issue 8) are always high severity and say so. Logic in lib/names/;
// each finding and trace names the rule that decided (lib/names/rules/).
import { defineDetector } from '../engine/detector';
import { nameHits } from '../names/name-hits';
import { type NameIndex, nameIndexFor } from '../names/name-index';

export default defineDetector<NameIndex>({
  id: 'pupil-name',
  raises: ['pupil-name'],
  description: 'Names of pupils on the class lists',
  compile: (settings, { data, shared }) =>
    shared('name-index', () => nameIndexFor(settings, data.namesModel, data.staffShortForms)),
  detect: (text, index, context) => nameHits('pupil', text, index, context),
});
