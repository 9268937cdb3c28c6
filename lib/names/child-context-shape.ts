// The shape of the general child-reference step's word lists as they ship with the word data
// (lib/text/word-data.ts, WordData.childContext; the lists: child-context-words.ts; read by
// child-context-lists.ts). No lists here: what the background imports brings none of them in.

export interface ContextCue {
  /** `child-reference/context-…`: findings carry it. */
  id: string;
  /** Phrases ending at most `reach` words before the name: "welcome … Tobiah". */
  before?: readonly string[];
  /** Phrases starting at most `reach` words after the name: "Tobiah who joins". */
  after?: readonly string[];
  reach: number;
}

/** Lists of phrases, tried in order (each names one of child-context-words.ts's lists:
 * `atOurSchool` is AT_OUR_SCHOOL). */
export const CONTEXT_PHRASE_IDS = [
  'atOurSchool',
  'childSettings',
  'adultBefore',
  'adultDoingAfter',
] as const;
/** Lists of single words, read as sets (`staffVerbs` is STAFF_VERBS). */
export const CONTEXT_SET_IDS = [
  'staffVerbs',
  'settingWords',
  'elsewhereDomainWords',
  'littleElsewhere',
  'teamDomainWords',
  'placeLinks',
  'placeOnlyLinks',
  'movingTo',
  'staffTeams',
  'personBeforeLink',
  'childDomainWords',
  'adultWords',
  'adultRoleWords',
  'recordWords',
  'positionWords',
  'oneChildNouns',
  'pastWorkWords',
  'auxiliaryAfter',
] as const;
export type ContextPhraseId = (typeof CONTEXT_PHRASE_IDS)[number];
export type ContextSetId = (typeof CONTEXT_SET_IDS)[number];

/** The lists as they ship. */
export interface ChildContextWords {
  /** Cues, tried in order; the first that holds names the rule. */
  cues: readonly ContextCue[];
  phrases: Readonly<Record<ContextPhraseId, readonly string[]>>;
  words: Readonly<Record<ContextSetId, readonly string[]>>;
}

const isWords = (list: unknown) =>
  Array.isArray(list) && list.every((s) => typeof s === 'string' && s.length > 0);

/** Every cue with an id, a reach and phrase lists; every phrase and word list present. What
 * the background accepts from the data file (platform/background/checker-data.ts). */
export function isChildContextWords(value: unknown): value is ChildContextWords {
  const v = value as Partial<ChildContextWords> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(v.cues) &&
    v.cues.length > 0 &&
    v.cues.every(
      (c: Partial<ContextCue> | null) =>
        typeof c?.id === 'string' &&
        typeof c.reach === 'number' &&
        (c.before === undefined || isWords(c.before)) &&
        (c.after === undefined || isWords(c.after)),
    ) &&
    typeof v.phrases === 'object' &&
    v.phrases !== null &&
    CONTEXT_PHRASE_IDS.every((id) => isWords(v.phrases![id])) &&
    typeof v.words === 'object' &&
    v.words !== null &&
    CONTEXT_SET_IDS.every((id) => isWords(v.words![id]))
  );
}
