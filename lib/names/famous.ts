// Famous, fictional and brand names made of list words (phrases.ts): the tokens they
// cover are never a pupil or a member of staff.
import { FAMOUS_PHRASES } from './phrases';
import { type Token, tokenize } from './tokens';

const FAMOUS = new Map<string, string[][]>();
for (const p of FAMOUS_PHRASES) {
  const keys = tokenize(p).map((t) => t.key);
  FAMOUS.set(keys[0]!, [...(FAMOUS.get(keys[0]!) ?? []), keys]);
}

/** 1 for every token inside a famous phrase. */
export function famousCover(tokens: Token[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of FAMOUS.get(tokens[i]!.key) ?? []) {
      let ok = true;
      for (let k = 1; k < phrase.length && ok; k++) ok = tokens[i + k]?.key === phrase[k];
      if (ok) covered.fill(1, i, i + phrase.length);
    }
  }
  return covered;
}

/** "Peppa Pig and George": a name joined by "and" or a comma to a famous character. */
export function besideFamous(tokens: Token[], famous: Uint8Array, i: number): boolean {
  if (i >= 2 && famous[i - 2] && tokens[i - 1]!.key === 'and') return true;
  if (i >= 1 && famous[i - 1] && /^\s*[,&]\s*$/.test(tokens[i]!.gapBefore)) return true;
  if (famous[i + 2] && tokens[i + 1]?.key === 'and') return true;
  return famous[i + 1] === 1 && /^\s*[,&]\s*$/.test(tokens[i + 1]!.gapBefore);
}
