// Whether a capitalised word next to a listed name can itself be someone's name: the
// test the someone-else rules and the house and story rules share.
import { isEverydayWord } from '../../text/everyday';
import { posOf } from '../../text/part-of-speech';
import { tagsOf } from '../../text/word-tags';
import { COMPLIMENT_WORDS } from '../context-words';
import { CAPITALISED_NEIGHBOURS, COURSE_WORDS, SUBJECT_WORDS } from '../rule-words';
import type { Token } from '../tokens';

/** A capitalised word that can be someone's name: two letters or more (an initial is
 * no surname: "Liam M", "Ava R."), no class code ("Leo Y4"), no subject, language or
 * team word ("Jacob Maths champion"), and no everyday word unless a noun ("Zoe Ball")
 * that is no praise ("Oscar Amazing effort", "Noah Legend"). */
export function nameShaped(tok: Token): boolean {
  const k = tok.key;
  if (k.length < 2 || tok.raw.length < 2 || CAPITALISED_NEIGHBOURS.has(k) || SUBJECT_WORDS.has(k))
    return false;
  if (!isEverydayWord(k)) return true;
  const pos = posOf(k);
  return (pos === 'noun' || pos === 'unknown' || pos === 'name') && !COMPLIMENT_WORDS.has(k);
}

/** Lexicon tags (compromise) of capitalised words that are no person's name: a city, a
 * country, a region ("Leeds"; not the lexicon's "Place", which holds towns that are
 * surnames too: "Bellingham", "Durham"; nor its "Organization", which holds firms named after
 * people: "Harrison Ford", "Michael Dell"), a team, a people or language
 * ("Polish"), an exclamation ("Hurrah"), a month or a day. */
const NOT_A_PERSON_TAGS = new Set([
  'City',
  'Country',
  'Region',
  'SportsTeam',
  'Demonym',
  'Expression',
  'Month',
  'WeekDay',
]);
const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

/** The lexicon knows the word as a city, country, region, team, people, exclamation or date,
 * and never as a person's name: "Newcastle", "Leeds" ("Lincoln", a surname too, is not
 * excluded). */
export function placeOrThingName(key: string): boolean {
  const tags = tagsOf(key);
  if (!tags) return false;
  return tags.some((t) => NOT_A_PERSON_TAGS.has(t)) && !tags.some((t) => PERSON_TAGS.has(t));
}

/** nameShaped, and no place, organisation, course or exclamation: the neighbour the
 * someone-else rules read as another person's surname or given name. "Maryam Newcastle
 * Medicine", "Umar Teesside Nursing" (a course after it makes it the university's town),
 * "Holly B Durham Law" are offers, not full names. `after` is the word after `tok`. */
export function personShaped(tok: Token, after?: Token): boolean {
  if (!nameShaped(tok) || COURSE_WORDS.has(tok.key) || placeOrThingName(tok.key)) return false;
  return !(
    after &&
    after.shape === 'title' &&
    /^[ \t]+$/.test(after.gapBefore) &&
    COURSE_WORDS.has(after.key)
  );
}
