// How ordinary a word is, from how often people use it (SUBTLEX-US, see
// everyday-words.ts): "hope" and "summer" are everyday words; "heron" and "hale" are
// rare, and "Grace" and "Mason" are mostly names. A listed name that is an everyday
// word needs context; one that is rare behaves like a name. Decoded on first use
// (10,000 words, about a millisecond).
import { onWordDataInstalled, wordData } from './word-data';

let words: Set<string> | undefined;
onWordDataInstalled(() => (words = undefined));

/** A lower-case word people use at least twice in a million words, usually in lower case. */
export function isEverydayWord(word: string): boolean {
  words ??= decode(wordData().everyday);
  return words.has(word);
}

/** "0herb4al" → herb, herbal: a digit says how many letters the word before lends. */
function decode(coded: string): Set<string> {
  const out = new Set<string>();
  let prev = '';
  for (let i = 0; i < coded.length;) {
    const c = coded.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < coded.length && coded.charCodeAt(j) >= 97) j++;
    prev = prev.slice(0, c - 48) + coded.slice(i + 1, j);
    out.add(prev);
    i = j;
  }
  return out;
}
