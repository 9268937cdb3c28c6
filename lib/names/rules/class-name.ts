// A class named after someone ("Year 5 Holmes", "Seacole class", "the Wrens parents"): the
// school's own class names (settings) say which words are classes, and the words around
// say the class is meant, not a child who shares the name.
import { schoolClassWords } from '../class-words';
import { defineNameRule } from '../rule';
import { adjacent } from '../scan';

/** Words after a class's name: "Holmes class", "Wrens parents", "Holmes's assembly". */
const CLASS_AFTER = new Set(
  'class classes classroom room parents families children kids team group assembly trip register'.split(
    ' ',
  ),
);
/** Words before it: "Year 5 Holmes", "Reception Seacole", "Nursery Ducklings", "P3 Rowan". */
const YEAR_BEFORE =
  /(?:\b(?:year|yr|y|p|primary|form|reception|nursery)[ \t]*\d{0,2}|\b[yp]\d{1,2})[ \t]+$/i;

export const className = defineNameRule({
  id: 'names/non-person/class-name',
  why: 'A word of one of the school\'s own class names, with its year before it ("Year 4 Rowan") or "class" or "parents" after it, or an ordinary word before a capitalised "Class" ("Green Class"), is the class.',
  says: 'quiet',
  quiet: [
    'Year 2 Hazel top the attendance chart this week!',
    'Hazel class parents: PE is Monday.',
    'Two new starters joined us from Amber Class today.',
  ],
  flagged: ['Summer in Rowan class counted down the days.', 'Hazel in Year 2 read to us.'],
  fires: ({ m, t, next, index, text, ambiguous }) => {
    if (m.from !== m.to || m.full || m.titled || t.where !== 'text') return false;
    // "from Green Class", "Ruby Group": an ordinary word with a capitalised "Class" or
    // "Group" after it names a class, the school's own or another's.
    if (
      ambiguous &&
      t.shape === 'title' &&
      next &&
      adjacent(next) &&
      /^(?:Class|Group)$/.test(next.raw)
    )
      return true;
    if (!schoolClassWords(index).has(t.key)) return false;
    if (next && adjacent(next) && !t.possessive && CLASS_AFTER.has(next.key)) return true;
    return YEAR_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
  },
});
