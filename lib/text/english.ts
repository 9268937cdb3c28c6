// Whether a lower-case word is ordinary English (SCOWL base forms, see english-words.ts).
// The set is built on first use, once per background page: about 30k words, a few ms.
import { frontDecode } from './front-coding';
import { onWordDataInstalled, wordData } from './word-data';
import { stemsOf } from './word-forms';

let words: Set<string> | undefined;
onWordDataInstalled(() => (words = undefined));

/** "heron", "storeys", "banked" are English words; "millie", "tiago", "kasia" are not. */
export function isEnglishWord(word: string): boolean {
  words ??= frontDecode(wordData().english);
  return words.has(word) || stemsOf(word).some((s) => words!.has(s));
}
