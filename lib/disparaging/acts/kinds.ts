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
  /** Who clause 5.5 protects, as staff write them (lib/disparaging/targets.ts): about 20 KB of
   * patterns that ship in the data file with the acts, not in the background's script. */
  targets: readonly TargetGroup[];
}

/** One group of targets: `label` completes "This could read as an attack on …". */
export interface TargetGroup {
  label: string;
  /** Regular-expression sources matched case-insensitively at word boundaries. */
  patterns: readonly string[];
  /** Matched case-sensitively: short capitals ("TA", "LA") that are ordinary words in lower case. */
  exact?: readonly string[];
}

/** No vocabulary, for when the shipped file cannot be read: with no targets and no acts the
 * check judges nothing (the tone model ships in the same file). */
export const NO_ACTS: ActSources = {
  byKind: Object.fromEntries(ACT_KINDS.map((k) => [k, []])) as unknown as Record<
    ActKind,
    readonly string[]
  >,
  ironyNegatives: [],
  targets: [],
};
