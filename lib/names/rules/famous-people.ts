// A listed word that is a famous person's or character's one-word name (famous-people.ts),
// in a piece about what they are famous for, is them: "Foden's done it again, what a finish",
// "the choir sang Elgar's Nimrod", "a bit of Stormzy on the drive home".
import { famousByWord, FIELD_WORDS } from '../famous-people';
import { defineNameRule, type Look } from '../rule';
import { nonPupilPattern } from '../non-pupil-lists';

/** Words before a name that speak to or praise a child: never a famous person's cue. */
const CUE_BEFORE = new Set('done thanks congrats congratulations proud welcome bravo'.split(' '));
/** "Kerr in Year 7", "Kerr (Y8)", "Kerr from 9B": a pupil placed in the school. */
const PLACED_AFTER = () => nonPupilPattern('placed-after', 'always', 'i');
/** A school's own match: its teams, its opponents, its players of the match. */
export const SCHOOL_SPORT = () => nonPupilPattern('school-sport', 'always', 'i');
/** Signs of the work itself, for a word that is also a given name: "Byron wrote", "watch
 * Luca on Disney", "Parry's 'Jerusalem'". */
const WORK_AFTER = () => nonPupilPattern('work-after', 'never', 'i');
const WORK_BEFORE = () => nonPupilPattern('work-before', 'never', 'i');

/** Another famous one-word name of the same field in the piece: "Lewandowski is better
 * than Salah" is about footballers. */
function otherOfField({ tokens, t }: Look, field: string): boolean {
  return tokens.some(
    (w) =>
      w !== t &&
      w.key !== t.key &&
      w.shape === 'title' &&
      famousByWord().get(w.key)?.field === field,
  );
}

function famousHere(look: Look): boolean {
  const { m, t, prev, text, after } = look;
  if (m.from !== m.to || m.full || m.titled || t.where !== 'text') return false;
  const person = famousByWord().get(t.key);
  if (!person) return false;
  if ((prev && CUE_BEFORE.has(prev.key)) || PLACED_AFTER().test(after)) return false;
  if (!FIELD_WORDS(person.field).test(text) && !otherOfField(look, person.field)) return false;
  if (person.field === 'football' && SCHOOL_SPORT().test(text)) return false;
  // A pupil known by this word as a first name, or a famous word that is also a given
  // name, needs the work itself beside it, not just the field.
  if (!look.onlyLast || person.given) {
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    return WORK_AFTER().test(after) || WORK_BEFORE().test(before);
  }
  return true;
}

export const famousPerson = defineNameRule({
  id: 'names/other-person/famous-person',
  why: "A listed word that is a famous person's one-word name (a vetted list with ids, lib/names/famous-people.ts), in a piece about their field, is the famous person.",
  says: 'quiet',
  quiet: [
    'Rashford again on the telly last night, what a finish for United.',
    'Our choir sang Elgar beautifully at the Remembrance concert.',
    'Year 4 painted sunflowers in the style of Hockney this week.',
    'Wordsworth wrote "I wandered lonely as a cloud" and Year 6 learned it by heart.',
    'Staffroom debate: is Rashford quicker than Saka?',
    'My son played Elgar at full volume on the drive home, and I know every note now.',
  ],
  flagged: [
    'Rashford scored twice for the U12s against Hillside tonight.',
    'Well done Hockney for a lovely painting in art today.',
    'Elgar in Year 8 sang a solo at the concert.',
    'Nelson sang a solo at the concert and Nelson was amazing.',
  ],
  fires: famousHere,
});
