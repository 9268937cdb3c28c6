// The names model as shipped (model-data.ts, written by `npm run train:names`): its own
// module, so the generated data and the code that reads it (model.ts) both depend on this
// shape and not on each other.
export interface EncodedNamesModel {
  /** Hash buckets of the features (features.ts `hashFeature`), a power of two. */
  buckets: number;
  /** A stored byte times `scale` is the weight. */
  scale: number;
  /** A candidate a weak quiet rule left quiet is a name at or above this probability. */
  raise: number;
  /** A single ordinary word the rules flagged is quiet below this probability. */
  quiet: number;
  /** A single word that is no ordinary word, flagged by the rules, is quiet below this
   * probability (absent or 0: never). */
  quietName?: number;
  /** base64 of one signed byte per bucket. */
  weights: string;
}
