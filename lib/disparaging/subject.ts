// Whether a clause names its own subject before the harsh word ("the printer
// is useless", "Voldemort is pure evil"), so the word is not about a target
// named elsewhere in the sentence. Parts of speech come from compromise's own
// (unmodified) lexicon, looked up word by word: running its full tagger on
// each changed sentence costs milliseconds, far over the keystroke budget.
import nlp from 'compromise';

type Tags = string | string[];
interface TagInfo {
  parents?: string[];
}
const world = nlp.world() as unknown as {
  model: { one: { lexicon: Record<string, Tags>; tagSet: Record<string, TagInfo> } };
};
const { lexicon, tagSet } = world.model.one;

/** Nouns that stand in for a person named nearby ("the woman is a control freak"). */
const STAND_INS = new Set(['woman', 'man', 'bloke', 'lady', 'guy', 'fella', 'lot', 'one', 'ones']);
/** Intensifiers the lexicon also knows as nouns ("a total", "the real"). */
const INTENSIFIERS = new Set(['total', 'complete', 'absolute', 'utter', 'right', 'real', 'proper']);
const NOT_SUBJECTS = new Set(['Pronoun', 'Date', 'Duration', 'Value']);
/** Determiners the lexicon may not know, which would pass for nouns. */
const DETERMINERS = new Set(['our', 'my', 'your', 'their', 'his', 'her', 'its', 'the', 'a', 'an']);

function isNounTag(tag: string): boolean {
  if (NOT_SUBJECTS.has(tag)) return false;
  const parents = tagSet[tag]?.parents ?? [];
  if (parents.some((p) => NOT_SUBJECTS.has(p))) return false;
  return tag === 'Noun' || parents.includes('Noun');
}

/** A word compromise knows as a noun, or an unknown word that does not look like an adverb or verb form. */
export function isNounLike(word: string): boolean {
  const known = lexicon[word];
  if (known !== undefined) return (Array.isArray(known) ? known : [known]).some(isNounTag);
  return !/(?:ly|ing|ed)$/.test(word);
}

/**
 * Whether `fragment` (the clause before an act) holds a noun. A stand-in
 * ("the woman") points back to a target unless `strict`, used when the only
 * target comes after the act ("a man was jailed for stealing from a school").
 */
export function hasOwnSubject(fragment: string, strict = false): boolean {
  for (const raw of fragment.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []) {
    const word = raw.replace(/'s$/, '');
    if (word.includes("'")) continue; // a contraction: can't, they're
    if (INTENSIFIERS.has(word) || DETERMINERS.has(word)) continue;
    if (!strict && STAND_INS.has(word)) continue;
    if (isNounLike(word)) return true;
  }
  return false;
}

const PEOPLE = new Set([
  'child',
  'kid',
  'boy',
  'girl',
  'person',
  'people',
  'family',
  'human',
  'individual',
  'specimen',
  'lot',
  'bunch',
]);

/** Compounds that name a person: "salesman", "dentist", "librarian". */
const PERSON_SUFFIX = /(?:man|men|woman|women|person|people|ist|ists|ian|ians)$/;

/** A word for a person ("the most annoying child"): compromise tags many as Actor or Person. */
export function isPersonNoun(word: string): boolean {
  if (PEOPLE.has(word) || STAND_INS.has(word) || PERSON_SUFFIX.test(word)) return true;
  const known = lexicon[word];
  const tags = known === undefined ? [] : Array.isArray(known) ? known : [known];
  return tags.some(
    (t) => t === 'Actor' || t === 'Person' || (tagSet[t]?.parents ?? []).includes('Person'),
  );
}
