// Whether a clause names its own subject before the harsh word ("the printer
// is useless", "Voldemort is pure evil"), so the word is not about a target
// named elsewhere in the sentence. Parts of speech come from compromise's own
// (unmodified) lexicon, looked up word by word (lib/text/part-of-speech.ts):
// running its full tagger on each changed sentence costs milliseconds, far over
// the keystroke budget.
import { ARTICLES_AND_POSSESSIVES } from '../text/determiners';
import { isNounLike, isPersonWord } from '../text/part-of-speech';

/** Nouns that stand in for a person named nearby ("the woman is a control freak"). */
const STAND_INS = new Set(['woman', 'man', 'bloke', 'lady', 'guy', 'fella', 'lot', 'one', 'ones']);
/** Intensifiers the lexicon also knows as nouns ("a total", "the real"). */
const INTENSIFIERS = new Set(['total', 'complete', 'absolute', 'utter', 'right', 'real', 'proper']);

/**
 * Whether `fragment` (the clause before an act) holds a noun. A stand-in
 * ("the woman") points back to a target unless `strict`, used when the only
 * target comes after the act ("a man was jailed for stealing from a school").
 */
export function hasOwnSubject(fragment: string, strict = false): boolean {
  for (const raw of fragment.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []) {
    const word = raw.replace(/'s$/, '');
    if (word.includes("'")) continue; // a contraction: can't, they're
    // Determiners the lexicon may not know would pass for nouns.
    if (INTENSIFIERS.has(word) || ARTICLES_AND_POSSESSIVES.words.has(word)) continue;
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
  return PEOPLE.has(word) || STAND_INS.has(word) || PERSON_SUFFIX.test(word) || isPersonWord(word);
}
