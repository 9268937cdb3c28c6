// Famous, fictional and brand names made of list words (famous-data.ts, shipped with the
// word data): the tokens they cover are never a pupil or a member of staff.
import { onWordDataInstalled, wordData } from '../text/word-data';
import { type Token, tokenize } from './tokens';

let famous: Map<string, string[][]> | undefined;
onWordDataInstalled(() => (famous = undefined));

function phrases(): Map<string, string[][]> {
  if (famous) return famous;
  famous = new Map();
  for (const p of wordData().famous?.phrases ?? []) {
    const keys = tokenize(p).map((t) => t.key);
    famous.set(keys[0]!, [...(famous.get(keys[0]!) ?? []), keys]);
  }
  return famous;
}

/** 1 for every token inside a famous phrase. */
export function famousCover(tokens: Token[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  const known = phrases();
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of known.get(tokens[i]!.key) ?? []) {
      let ok = true;
      for (let k = 1; k < phrase.length && ok; k++) ok = tokens[i + k]?.key === phrase[k];
      if (ok) covered.fill(1, i, i + phrase.length);
    }
  }
  return covered;
}
