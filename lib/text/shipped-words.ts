// The word data as the repository holds them, imported: for Node (lib/engine/shipped-data.ts,
// the unit tests' setup). The extension's background does not import this module: it reads
// the same words from data/checker-data.json (platform/background/checker-data.ts).
import { ENGLISH_WORDS_CODED } from './english-words';
import { EVERYDAY_WORDS_CODED } from './everyday-words';
import { LITERAL_GATES } from './gate-data';
import type { WordData } from './word-data';
import { FAMOUS_PEOPLE_BY_FIELD, FAMOUS_PHRASES } from '../names/famous-data';
import { NON_PUPIL_WORDS } from '../names/non-pupil-data';
import { CHILD_CONTEXT_WORDS } from '../names/child-context-words';
import {
  INFLECTED,
  ODD_WORDS,
  TAG_LISTS,
  TAG_PARENTS,
  WORD_GROUP_CODES,
  WORD_GROUPS,
  WORDS,
} from './word-tags-data';

export const SHIPPED_WORDS: WordData = {
  english: ENGLISH_WORDS_CODED,
  everyday: EVERYDAY_WORDS_CODED,
  lexicon: {
    lists: TAG_LISTS,
    tagParents: TAG_PARENTS,
    inflected: INFLECTED,
    groups: WORD_GROUPS,
    words: WORDS,
    groupCodes: WORD_GROUP_CODES,
    odd: ODD_WORDS,
  },
  gates: LITERAL_GATES,
  famous: { phrases: FAMOUS_PHRASES, people: FAMOUS_PEOPLE_BY_FIELD },
  nonPupil: NON_PUPIL_WORDS,
  childContext: CHILD_CONTEXT_WORDS,
};
