// Context that makes a word read as a name: a possessive before family words past
// "little" ("Rocky's little brother"), a name spoken to ("Jade you absolute star"),
// a name in a list of names ("Hunter and Jade"), and the name-like places a typo that
// is itself a word needs ("marks for Scarlet").
import { adjacent, candidateAt, type Mention, nextIn, prevIn, type Scan } from './scan';
import { posOf } from '../text/part-of-speech';
import { byLastWord, endsWithAny, verbish } from './phrase-match';
import { COMPLIMENT_WORDS, FAMILY_ADJECTIVES } from './context-words';
import { KIN_NOUNS, NAME_CUES_BEFORE } from './rule-words';
import type { Token } from './tokens';

const CUES_BEFORE = byLastWord(NAME_CUES_BEFORE);

/** "Rocky's little brother": a possessive name before a family or possession noun. */
export function kinAfter(tokens: Token[], j: number): boolean {
  let k = j + 1;
  while (tokens[k] && FAMILY_ADJECTIVES.has(tokens[k]!.key) && !tokens[k]!.sentenceStart) k++;
  const noun = tokens[k];
  return noun !== undefined && !noun.sentenceStart && KIN_NOUNS.has(noun.key);
}

/** "Jade you absolute star", "Tom you legend": a name spoken to, opening a sentence
 * (not "Hope you all", "Hope you lot are well", "Will you"). */
export function vocative(key: string, tokens: Token[], j: number): boolean {
  const you = tokens[j + 1];
  if (!you || !YOU.test(you.key) || you.sentenceStart) return false;
  const pos = posOf(key);
  if (pos === 'verb' || pos === 'modal') return false;
  const after = tokens[j + 2];
  if (you.key !== 'you') return complimentWithin(tokens, j + 2);
  if (!after || after.sentenceStart) return true;
  // "Dawn you are a legend", not "Dawn you could hear the birds".
  if (/^(?:are|were)$/.test(after.key)) return complimentWithin(tokens, j + 3);
  if (YOU_GROUPS.has(after.key) || verbish(after.key)) return false;
  const afterPos = posOf(after.key);
  return afterPos === 'adjective' || afterPos === 'noun';
}
const YOU = /^you(?:['’ʼ]?re)?$/;

/** A compliment within three words of i, in the same sentence: "a legend", "an absolute star". */
function complimentWithin(tokens: Token[], i: number): boolean {
  for (let k = i; k < i + 3 && tokens[k] && !tokens[k]!.sentenceStart; k++)
    if (COMPLIMENT_WORDS.has(tokens[k]!.key)) return true;
  return false;
}
const YOU_GROUPS = new Set('lot guys all both two lads girls boys folks people lovely'.split(' '));

const PERSON_PREPOSITIONS = new Set('for from to with by'.split(' '));

/** A real word or name one edit from a pupil's name counts only where a name is expected:
 * after a cue or "marks for", "effort from"; or a name-only word followed by a verb. */
export function variantContext(m: Mention, scan: Scan): boolean {
  const { tokens } = scan;
  const t = tokens[m.from]!;
  const prev = prevIn(tokens, m.from);
  const next = nextIn(tokens, m.to);
  const nextPos = next && adjacent(next) ? (verbish(next.key) ? 'verb' : posOf(next.key)) : '';
  if (nextPos === 'noun' || nextPos === 'adjective' || next?.shape === 'title') return false;
  const cued =
    prev !== undefined &&
    (PERSON_PREPOSITIONS.has(prev.key) || endsWithAny(tokens, m.from, CUES_BEFORE.get(prev.key)));
  return cued || (posOf(t.key) === 'name' && nextPos === 'verb');
}

/** Words that join two names: English "and", "or", and Welsh "a", "ac" ("Catrin a Seren"). */
const JOINS = new Set(['and', 'or', 'a', 'ac']);
const joins = (t: Token) => JOINS.has(t.key) && (t.key !== 'a' || t.raw === 'a');

/** Listed names joined by "and", "&" or commas: "Hunter and Jade", "Ruby, Ayaan, Mia". */
export function coordinated(m: Mention, scan: Scan): boolean {
  const { tokens } = scan;
  const t = tokens[m.from]!;
  const before = tokens[m.from - 1];
  if (before && !t.sentenceStart) {
    if (/^\s*[,&+]\s*$/.test(t.gapBefore) && namedAt(m, scan, m.from - 1)) return true;
    if (joins(before) && !before.sentenceStart && namedAt(m, scan, m.from - 2)) return true;
  }
  const after = tokens[m.to + 1];
  if (after && !after.sentenceStart) {
    if (/^(?:['’ʼ]s?)?\s*[,&+]\s*$/.test(after.gapBefore) && namedAt(m, scan, m.to + 1))
      return true;
    if (joins(after) && namedAt(m, scan, m.to + 2)) return true;
  }
  return false;
}

/** Another listed name at token i, not in lower case where case means something. */
function namedAt(m: Mention, scan: Scan, i: number): boolean {
  const c = candidateAt(scan, i);
  return (
    c !== undefined && c !== m && (scan.style !== 'normal' || scan.tokens[i]!.shape !== 'lower')
  );
}
