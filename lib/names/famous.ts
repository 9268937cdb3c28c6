// Famous, fictional and brand names made of list words (rule-words.ts): the tokens they
// cover are never a pupil or a member of staff.
import { FAMOUS_PHRASES } from './rule-words';
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
