// Whether a capitalised word next to a listed name can itself be someone's name: the
// test the someone-else rules and the house and story rules share.
import { isEverydayWord } from '../../text/everyday';
import { posOf } from '../../text/part-of-speech';
import { COMPLIMENT_WORDS } from '../context-words';
import { CAPITALISED_NEIGHBOURS, SUBJECT_WORDS } from '../rule-words';
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
