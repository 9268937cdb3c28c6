// The general child-reference step's word lists (child-context-words.ts) as the step reads
// them: shipped with the word data in data/checker-data.json, not inside background.js
// (lib/text/shipped-words.ts, WordData.childContext), like the non-pupil words. Installed with
// the word data (lib/text/word-data.ts) and made into sets once per install.
import { onWordDataInstalled, wordData } from '../text/word-data';
import {
  CONTEXT_SET_IDS,
  type ContextCue,
  type ContextPhraseId,
  type ContextSetId,
} from './child-context-shape';

/** The lists as the step reads them: the word lists as sets. */
export interface ChildContext {
  cues: readonly ContextCue[];
  phrases: Readonly<Record<ContextPhraseId, readonly string[]>>;
  sets: Readonly<Record<ContextSetId, ReadonlySet<string>>>;
}

let made: ChildContext | null | undefined;
onWordDataInstalled(() => (made = undefined));

/** The installed lists, or null when the word data have none: the general step then finds no
 * one (children on no list are found by the cue patterns alone, child-cues.ts). */
export function childContext(): ChildContext | null {
  if (made !== undefined) return made;
  const shipped = wordData().childContext;
  if (!shipped) return (made = null);
  const sets = {} as Record<ContextSetId, ReadonlySet<string>>;
  for (const id of CONTEXT_SET_IDS) sets[id] = new Set(shipped.words[id]);
  return (made = { cues: shipped.cues, phrases: shipped.phrases, sets });
}
