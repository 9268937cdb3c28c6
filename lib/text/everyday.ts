// How ordinary a word is, from how often people use it (SUBTLEX-US, see
// everyday-words.ts): "hope" and "summer" are everyday words; "heron" and "hale" are
// rare, and "Grace" and "Mason" are mostly names. A listed name that is an everyday
// word needs context; one that is rare behaves like a name. Decoded on first use
// (10,000 words, about a millisecond).
import { frontDecode } from './front-coding';
import { onWordDataInstalled, wordData } from './word-data';

let words: Set<string> | undefined;
onWordDataInstalled(() => (words = undefined));

/** A lower-case word people use at least twice in a million words, usually in lower case. */
export function isEverydayWord(word: string): boolean {
  words ??= frontDecode(wordData().everyday);
  return words.has(word);
}
