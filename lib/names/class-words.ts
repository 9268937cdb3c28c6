// The distinctive words of the school's class names ("Year 4 Rowan" → Rowan): a child put
// in one of them is a pupil (rules/flag.ts) or a child known through work (child-reference).
import { foldName } from '../text/fold';
import type { NameIndex } from './name-index';

/** Words of class names that say nothing alone: a child "in Red" or "in Year" is not yet
 * put in one of the school's classes. */
const GENERIC = new Set(
  'year yr class form group set room reception nursery primary senior junior infant red blue green yellow orange purple pink white black gold silver grey brown'.split(
    ' ',
  ),
);

const cache = new WeakMap<NameIndex, Map<string, string>>();

/** Folded distinctive class word → the word as the school writes it. */
export function schoolClassWords(index: NameIndex): Map<string, string> {
  let words = cache.get(index);
  if (!words) {
    words = new Map();
    for (const p of index.people)
      for (const w of p.className?.split(/[\s/-]+/) ?? []) {
        const key = foldName(w);
        if (key.length >= 3 && /^\p{L}+$/u.test(key) && !GENERIC.has(key)) words.set(key, w);
      }
    cache.set(index, words);
  }
  return words;
}
