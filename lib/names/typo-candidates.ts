// Which words of text may be typos of a listed name: unknown capitalised words
// ("Ameila"), and words or names one edit from a pupil's name ("Jasmin", "Scarlet"),
// which evidence.ts takes only in a name-like context.
import { isEnglishWord } from '../text/english';
import { isKnownWord, posOf } from '../text/part-of-speech';
import { DEMONYMS } from './context-words';
import { type NameIndex, TYPO_MIN_LENGTH } from './name-index';
import type { Token } from './tokens';

/** A capitalised known word or name one edit from a listed name: "Jasmin", "Scarlet". */
export function variantCandidate(t: Token, index: NameIndex): boolean {
  if (t.where !== 'text' || t.shape !== 'title' || t.key.length < TYPO_MIN_LENGTH - 1) return false;
  if (DEMONYMS.has(t.key)) return false;
  if (index.ambiguous.has(t.key) || (t.sentenceStart && posOf(t.key) !== 'name')) return false;
  return !(t.key.endsWith('s') && index.byFirstPart.has(t.key.slice(0, -1)));
}

/** A capitalised word no lexicon knows, one edit from a listed name ("Ameila"); or a
 * lower-case one of five letters or more ("shanise" for Shanice): lower-case text is
 * where slips are commonest, and `lowerTypo` then takes only names that are no word. */
export function typoCandidate(t: Token, index: NameIndex): boolean {
  if (t.where !== 'text' || t.key.length < TYPO_MIN_LENGTH - 1) return false;
  if (t.shape !== 'title' && !(t.shape === 'lower' && t.key.length >= TYPO_MIN_LENGTH))
    return false;
  if (DEMONYMS.has(t.key)) return false;
  if (index.ambiguous.has(t.key) || isKnownWord(t.key) || isEnglishWord(t.key)) return false;
  // "Oscars", "Carpenters": a plural of a name is no typo.
  if (t.key.endsWith('s') && index.byFirstPart.has(t.key.slice(0, -1))) return false;
  return true;
}
