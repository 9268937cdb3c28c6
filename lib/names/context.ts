// Context that makes a listed word someone (or something) other than a pupil or
// a member of staff: the writer's own family ("my niece Summer"), a pet or a toy
// ("my dog Max"), a place ("holiday in Holland"), a plant ("Ivy is growing").
import {
  FAMILY_ADJECTIVES,
  OWN_FAMILY_NOUNS,
  PET_TOY_NOUNS,
  PLACE_WORDS_BEFORE,
  THING_NOUNS_AFTER,
  THING_VERBS,
} from './context-words';
import { POSSESSIVES } from './phrases';
import type { Token } from './tokens';

/** The token before i in the same sentence, skipping "own", "little" and the like. */
function beforeSkipping(tokens: Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && !tokens[j + 1]!.sentenceStart && FAMILY_ADJECTIVES.has(tokens[j]!.key)) j--;
  return j >= 0 && !tokens[j + 1]!.sentenceStart ? j : -1;
}

/** "my own son Oscar", "our niece Summer", "her godson Alfie". */
export function ownFamilyBefore(tokens: Token[], i: number): boolean {
  if (!/^[ \t]*,?[ \t]*$/.test(tokens[i]!.gapBefore)) return false;
  const noun = beforeSkipping(tokens, i);
  if (noun < 0 || !OWN_FAMILY_NOUNS.has(tokens[noun]!.key)) return false;
  const owner = beforeSkipping(tokens, noun);
  return owner >= 0 && POSSESSIVES.has(tokens[owner]!.key);
}

/** "my dog Max", "the class teddy, Ruby", "a doll called Rose". */
export function petOrToyBefore(tokens: Token[], i: number): boolean {
  if (tokens[i]!.sentenceStart) return false;
  let j = i - 1;
  if (/^(?:called|named)$/.test(tokens[j]!.key) && !tokens[j]!.sentenceStart) j--;
  return j >= 0 && PET_TOY_NOUNS.has(tokens[j]!.key);
}

/** A single name after "in", "to", "from", "visiting": a place ("holiday in Holland"). */
export function placeBefore(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev || t.sentenceStart || t.possessive || !/^[ \t]+$/.test(t.gapBefore)) return false;
  if (GROUP_WORDS.test(tokens[i + 1]?.key ?? '')) return false; // "in Baker class"

  if (PLACE_WORDS_BEFORE.has(prev.key)) return true;
  const travel = i >= 2 && !prev.sentenceStart ? tokens[i - 2]!.key : '';
  return prev.key === 'to' && TRAVEL_WORDS.test(travel);
}
const GROUP_WORDS = /^(?:class|group|set|room|team|house|classroom)$/;
const TRAVEL_WORDS =
  /^(?:trip|holiday|holidays|flight|flights|flew|fly|flying|going|went|go|moving|moved|move|travel|travelled|traveling|drove|driving|way|off)$/;

/** "Rose garden", "Iris flowers", "Ivy is growing", "Carol service": a plant or a thing. */
export function thingAfter(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!next || next.sentenceStart || next.shape !== 'lower') return false;
  if (THING_NOUNS_AFTER.has(next.key) || THING_VERBS.has(next.key)) return true;
  const after = tokens[j + 2];
  const copula = /^(?:is|was|are|were|has|had|keeps)$/.test(next.key);
  return copula && after !== undefined && !after.sentenceStart && THING_VERBS.has(after.key);
}
