// Whether a lower-case word is ordinary English (SCOWL base forms, see english-words.ts).
// The set is built on first use, once per background page: about 30k words, a few ms.
import { ENGLISH_WORDS_TEXT } from './english-words';
import { stemsOf } from './word-forms';

let words: Set<string> | undefined;

/** "heron", "storeys", "banked" are English words; "millie", "tiago", "kasia" are not. */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(ENGLISH_WORDS_TEXT.split(/\s+/).filter(Boolean));
  return words.has(word) || stemsOf(word).some((s) => words!.has(s));
}
