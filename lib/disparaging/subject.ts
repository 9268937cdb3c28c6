// Whether a clause names its own subject before the harsh word ("the printer
// is useless", "Voldemort is pure evil"), so the word is not about a target
// named elsewhere in the sentence. compromise tags the few words before the
// act; it only runs once the cheap gates have found a target and an act in
// the same line, and its answers are memoised while a sentence is typed.
import nlp from 'compromise';

/** Nouns that stand in for a person named nearby ("the woman is a control freak"). */
const STAND_INS = new Set(['woman', 'man', 'bloke', 'lady', 'guy', 'fella', 'lot', 'one', 'ones']);
const MAX_MEMO = 500;
const memo = new Map<string, boolean>();

export function hasOwnSubject(fragment: string): boolean {
  const words = fragment.trim();
  if (!/\p{L}/u.test(words)) return false;
  const known = memo.get(words);
  if (known !== undefined) return known;
  const nouns = nlp(words)
    .match('(#Noun && !#Pronoun && !#Date && !#Value)')
    .out('array') as string[];
  const own = nouns.some((n) => !STAND_INS.has(n.toLowerCase().replace(/[^\p{L}]/gu, '')));
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(words, own);
  return own;
}
