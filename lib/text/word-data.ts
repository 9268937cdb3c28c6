// The word data the text look-ups read (english.ts, everyday.ts, word-tags.ts, and the
// literal gates of literal-gate.ts), held here
// rather than imported by them, so that the extension can ship the lists in
// data/checker-data.json instead of inside background.js (lib/engine/data.ts). The checker
// installs them when it is built (lib/engine/checker.ts `buildChecker`), before anything can
// look a word up; Node installs the lists it imports (lib/engine/shipped-data.ts, and the
// unit tests' setup, test/setup-words.ts). A look-up before any install throws: a checker
// must never run as though no word were English without saying so.
import type { ChildContextWords } from '../names/child-context-shape';

/** The generated module's shape (see scripts/gen-lexicon.ts), read by word-tags.ts. */
export interface LexiconData {
  /** Tag lists, comma-separated. */
  lists: readonly string[];
  tagParents: Readonly<Record<string, string>>;
  /** Tag list number + rule → the tag list number of that inflected form. */
  inflected: Readonly<Record<string, number>>;
  /** Group number → tag list number followed by the group's rules ("9sdg"). */
  groups: readonly string[];
  /** Sorted words, a line each sixteen: the first whole, the rest front-coded. */
  words: string;
  /** Each word's group, one character (GROUP_CODE_BASE + number, skipping three). */
  groupCodes: string;
  /** Words front-coding cannot hold, with their tag list number. */
  odd: readonly (readonly [string, number])[];
}

export interface WordData {
  /** English words in base form, front-coded (english-words.ts). */
  english: string;
  /** Everyday words, front-coded (everyday-words.ts). */
  everyday: string;
  /** compromise's lexicon as word-tags-data.ts holds it. */
  lexicon: LexiconData;
  /**
   * The literals each built-in pattern requires, by its source's key (gate-data.ts). Without
   * them the same literals are worked out from the patterns (literal-gate.ts): slower, same answers.
   */
  gates: Readonly<Record<string, string>>;
  /**
   * Famous names the name rules know (lib/names/famous-data.ts): full names made of list
   * words ("Noah's Ark") and people named by one word, by field. Without them no listed
   * word is quieted as famous (recall first).
   */
  famous?: {
    phrases: readonly string[];
    people: Readonly<Record<string, string>>;
  };
  /**
   * Words that make a listed name someone or something other than a pupil, by list id
   * (lib/names/non-pupil-data.ts: occupations no pupil holds, animals, words of a world of
   * fiction). Without them those quiet rules never fire (recall first).
   */
  nonPupil?: Readonly<Record<string, readonly string[]>>;
  /**
   * The general child-reference step's cues and word lists (lib/names/child-context-words.ts):
   * what presents a given name on no list as a child known through work, and what makes it an
   * adult. Without them that step finds no one; the cue patterns still do (recall is theirs).
   */
  childContext?: ChildContextWords;
}

/**
 * No words at all, for when the shipped file cannot be read: no word is English, everyday or
 * in the lexicon, so a listed name typed in any case is treated as a name (recall first);
 * the literal gates are worked out from the patterns instead.
 */
export const NO_WORDS: WordData = {
  english: '',
  everyday: '',
  lexicon: {
    lists: [],
    tagParents: {},
    inflected: {},
    groups: [],
    words: '',
    groupCodes: '',
    odd: [],
  },
  gates: {},
};

let installed: WordData | undefined;
const resets: (() => void)[] = [];

/** Makes `data` the words every look-up reads; installing the same data again costs nothing. */
export function installWordData(data: WordData): void {
  if (data === installed) return;
  installed = data;
  for (const reset of resets) reset();
}

/** The installed words; throws when nothing has installed any yet. */
export function wordData(): WordData {
  if (!installed) {
    throw new Error(
      'Before You Post: a word was looked up before the word data were installed (buildChecker installs them)',
    );
  }
  return installed;
}

/** `reset` runs whenever other words are installed: for caches built from the old ones. */
export function onWordDataInstalled(reset: () => void): void {
  resets.push(reset);
}
