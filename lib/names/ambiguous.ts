// Whether a candidate needs evidence to be a name: the decision (decide.ts) asks it of the
// candidate it decides, and the list rules (rules/lists.ts) of its neighbours.
import { isEnglishWord } from '../text/english';
import type { NameIndex } from './name-index';
import type { Mention } from './scan';
import type { Token } from './tokens';

/** A single word that is also an ordinary word (Will, May, Bird), not a full name; with
 * the tokens, also any English word the writer typed in lower case ("one heron, three
 * swans"): a name typed in lower case that is no word ("millie") needs no more. */
export function isAmbiguous(m: Mention, index: NameIndex, tokens?: Token[]): boolean {
  if (m.full || !m.entries.every((e) => e.parts.length === 1)) return false;
  if (m.entries.every((e) => index.ambiguous.has(e.parts[0]!))) return true;
  const t = tokens?.[m.from];
  return t !== undefined && m.from === m.to && t.shape === 'lower' && isEnglishWord(t.key);
}
