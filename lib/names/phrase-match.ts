// Matching word phrases against the tokens around a name, and the lexicon's verb test.
import { posOf } from '../text/part-of-speech';
import type { Token } from './tokens';

/** Phrases by their last word, so a name's previous word picks the few to compare. */
export function byLastWord(list: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const phrase of list) {
    const words = phrase.split(' ');
    const last = words[words.length - 1]!;
    map.set(last, [...(map.get(last) ?? []), words]);
  }
  return map;
}
export function phraseEndsBefore(tokens: Token[], i: number, phrase: string[]): boolean {
  const from = i - phrase.length;
  if (from < 0) return false;
  for (let k = 0; k < phrase.length; k++) {
    if (tokens[from + k]!.key !== phrase[k]) return false;
    if (k > 0 && tokens[from + k]!.sentenceStart) return false;
  }
  return !tokens[i]!.sentenceStart;
}

export function endsWithAny(tokens: Token[], i: number, phrases: string[][] | undefined): boolean {
  return phrases !== undefined && phrases.some((p) => phraseEndsBefore(tokens, i, p));
}

export function phraseStartsAfter(tokens: Token[], j: number, phrase: string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const t = tokens[j + 1 + k];
    if (!t || t.key !== phrase[k] || t.sentenceStart) return false;
  }
  return true;
}

/** A verb, or a past participle the lexicon files as an adjective ("adopted"). */
export function verbish(key: string): boolean {
  const pos = posOf(key);
  return pos === 'verb' || (pos === 'adjective' && key.endsWith('ed'));
}
