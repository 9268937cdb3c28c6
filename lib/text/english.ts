// Whether a lower-case word is ordinary English (SCOWL base forms, see english-words.ts).
// The set is built on first use, once per background page: about 30k words, a few ms.
import { onWordDataInstalled, wordData } from './word-data';
import { stemsOf } from './word-forms';

let words: Set<string> | undefined;
onWordDataInstalled(() => (words = undefined));

/** "heron", "storeys", "banked" are English words; "millie", "tiago", "kasia" are not. */
export function isEnglishWord(word: string): boolean {
  words ??= decode(wordData().english);
  return words.has(word) || stemsOf(word).some((s) => words!.has(s));
}

/** "0herb4al" → herb, herbal: a digit says how many letters the word before lends. */
function decode(coded: string): Set<string> {
  const out = new Set<string>();
  let prev = '';
  for (const m of coded.matchAll(/(\d)([a-z]*)/g)) {
    prev = prev.slice(0, Number(m[1])) + m[2]!;
    out.add(prev);
  }
  return out;
}
