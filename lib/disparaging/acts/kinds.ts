// The kinds of act (index.ts says what each is) and the shape in which the lexicon takes the
// vocabulary: handed in, not imported (lib/engine/data.ts), so the extension ships the
// vocabulary in data/checker-data.json instead of inside background.js, about 35 KB.

export const ACT_KINDS = [
  'insult',
  'scorn',
  'weak',
  'jibe',
  'claim',
  'hint',
  'sarcasm',
  'mock',
  'irony',
] as const;

export type ActKind = (typeof ACT_KINDS)[number];

/** The act vocabulary as the lexicon compiles it: regular-expression sources. */
export interface ActSources {
  /** Each kind's patterns, in matching order: `{ insult: ['spineless', …], … }`. */
  byKind: Readonly<Record<ActKind, readonly string[]>>;
  /** Something gone wrong, beside which irony's praise words mock ("another brilliant
   * decision" beside "cancelled again"; judge.ts). */
  ironyNegatives: readonly string[];
}

/** No vocabulary, for when the shipped file cannot be read: the tone model and the targets
 * still decide, the act rules find nothing. */
export const NO_ACTS: ActSources = {
  byKind: Object.fromEntries(ACT_KINDS.map((k) => [k, []])) as unknown as Record<
    ActKind,
    readonly string[]
  >,
  ironyNegatives: [],
};
