// The writer's own family (or a friend's): "my own son Oscar", "our niece Summer".
// child-reference uses the same family words (child-cues.ts).
import { FAMILY_ADJECTIVES, OWN_FAMILY_NOUNS } from '../context-words';
import { POSSESSIVES } from '../rule-words';
import { defineNameRule } from '../rule';
import type { Token } from '../tokens';

/** The token before i in the same sentence, skipping "own", "little" and the like. */
function beforeSkipping(tokens: Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && !tokens[j + 1]!.sentenceStart && FAMILY_ADJECTIVES.has(tokens[j]!.key)) j--;
  return j >= 0 && !tokens[j + 1]!.sentenceStart ? j : -1;
}

export const ownFamily = defineNameRule({
  id: 'names/own-family',
  why: "The writer's own family shares pupils' names; they are not pupils named at work.",
  says: 'quiet',
  quiet: ['My own son Oscar starts school next week.', 'our niece Summer is visiting'],
  flagged: ["My class loved Oscar's story."],
  fires: ({ tokens, m }) => {
    const i = m.from;
    if (!/^[ \t]*,?[ \t]*$/.test(tokens[i]!.gapBefore)) return false;
    const noun = beforeSkipping(tokens, i);
    if (noun < 0 || !OWN_FAMILY_NOUNS.has(tokens[noun]!.key)) return false;
    const owner = beforeSkipping(tokens, noun);
    return owner >= 0 && POSSESSIVES.has(tokens[owner]!.key);
  },
});
