// Training for the names model, pure and deterministic: the same candidates and seed give
// the same weights, byte for byte (test/train-names.test.ts). Logistic regression by AdaGrad
// with L2 over examples shuffled by a seeded generator, as the tone model is trained
// (lib/disparaging/tone/train.ts); here each example is one candidate mention, its
// features named strings hashed into a small table (features.ts). Thresholds are chosen
// from probabilities the model gave schools it was not trained on (chooseThresholds),
// so that the recall of those schools does not drop.
import { adaGradStep, forEachShuffled } from '../../learn/adagrad';
import { hashFeature } from './features';

export interface NameExample {
  features: readonly string[];
  /** 1 when the candidate overlaps a labelled pupil (or staff) name. */
  label: 0 | 1;
  /** What the rules decided without the model. */
  flagged: boolean;
  /** Whether the model may quiet it at `quiet`: a single word that is also an ordinary word. */
  quietable: boolean;
  /** One word, not a full or titled name (the model may quiet it at `quietName`). */
  single: boolean;
  /** Left quiet by a weak rule the model may overrule (apply.ts RAISABLE). */
  raisable: boolean;
}

export interface NamesTraining {
  buckets: number;
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

// 2^14 buckets: about 4,000 distinct features in 2,000 posts (eleven schools); fewer buckets merged
// neighbour words that point opposite ways.
export const NAMES_TRAINING: NamesTraining = {
  buckets: 1 << 14,
  epochs: 15,
  rate: 0.1,
  l2: 1e-4,
  seed: 12,
};

export function trainNames(
  examples: readonly NameExample[],
  options: NamesTraining = NAMES_TRAINING,
): Float64Array {
  const { buckets } = options;
  const hashed = examples.map((e) => Int32Array.from(e.features, (f) => hashFeature(f, buckets)));
  const w = new Float64Array(buckets);
  const g2 = new Float64Array(buckets).fill(1e-8);
  forEachShuffled(examples.length, options.epochs, options.seed, (n) => {
    const features = hashed[n]!;
    let score = 0;
    for (const f of features) score += w[f]!;
    const grad = 1 / (1 + Math.exp(-score)) - examples[n]!.label;
    for (const f of features) adaGradStep(w, g2, f, grad + options.l2 * w[f]!, options.rate);
  });
  return w;
}

export function probabilityOf(w: Float64Array | Float32Array, features: readonly string[]): number {
  let score = 0;
  for (const f of features) score += w[hashFeature(f, w.length)]!;
  return 1 / (1 + Math.exp(-score));
}

export interface Scored {
  p: number;
  example: NameExample;
}

/** What the model may move, each part chosen by leave-one-school-out (`npm run eval:names`). */
export interface NamesPolicy {
  /** Quiet a flagged single word that is no ordinary word too, below its own, stricter
   * threshold (`quietName`): "Thanks to Kirsty at the Co-op", "my two are 4 today! Isla and
   * Finlay". */
  quietNames: boolean;
  /** Raise a candidate a weak quiet rule left quiet (apply.ts RAISABLE), at or above `raise`. */
  raise: boolean;
}

export interface Thresholds {
  /** A candidate a weak quiet rule left quiet is a name at or above this probability. */
  raise: number;
  /** A single ordinary word the rules flagged is quiet below this probability. */
  quiet: number;
  /** A single word that is no ordinary word, flagged by the rules, is quiet below this. */
  quietName: number;
}

/** The policy `npm run train:names` ships. */
export const SHIPPED_POLICY: NamesPolicy = { quietNames: false, raise: true };

/** Never raise or quiet: the rules decide alone. */
export const OFF: Thresholds = { raise: 1.01, quiet: 0, quietName: 0 };

/** The share of the held-out names the two quiet thresholds together may cost: 0.1 %, one
 * name in a thousand (with 25 schools, four of the 24 others' ~4,900 names). Recall first:
 * the model is there to take back warnings the person would dismiss, not to decide alone. */
export const LOSS_BUDGET = 0.001;

/** A quiet threshold is worth having only where it quiets more words than names. */
const useful = (c: { lost: number; words: number }) => c.words > c.lost;

/** Probabilities at which a threshold may sit: 0.01 … 0.99. */
const GRID = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
/** Quiet thresholds stay below this. Short, plain posts about a pupil get middling
 * probabilities ("Ruby made a lovely card." 0.61, "Amber loves maths." 0.42, a pupil praised
 * in a leavers' list 0.16): with 25 schools the loss budget alone chose 0.49, and a ceiling of
 * 0.25 still quieted three held-out names for 13 words (`npm run eval:names`). 0.12 is where
 * the seventeen-school model stood when no school lost a name. */
const QUIET_CEILING = 0.12;
/** Raise thresholds stay at or above this: below it the model is not saying "a name". */
const RAISE_FLOOR = 0.5;

/**
 * Thresholds from probabilities given to candidates the model was not trained on:
 * - `quiet` and, when the policy lets it, `quietName`: the pair that quiets the most words
 *   the rules flag while the names they quiet stay within LOSS_BUDGET of all names (each
 *   threshold only where it quiets more words than names; off when none does);
 * - when the policy lets it, `raise`: where raising the weak quiet rules' candidates finds
 *   the most names at a precision no lower than the rules' own flags have in the same
 *   schools (off when no threshold keeps it).
 */
export function chooseThresholds(
  scored: readonly Scored[],
  policy: NamesPolicy = { quietNames: false, raise: false },
  lossBudget = LOSS_BUDGET,
): Thresholds {
  const names = scored.filter((s) => s.example.label === 1).length;
  const budget = Math.floor(names * lossBudget);
  const below = (keep: (e: NameExample) => boolean) => {
    const group = scored.filter((s) => keep(s.example));
    return GRID.filter((t) => t < QUIET_CEILING).map((t) => {
      const under = group.filter((s) => s.p < t);
      const lost = under.filter((s) => s.example.label === 1).length;
      return { t, lost, words: under.length - lost };
    });
  };
  const none = { t: 0, lost: 0, words: 0 };
  const words = [none, ...below((e) => e.flagged && e.quietable).filter(useful)];
  const others = policy.quietNames
    ? [none, ...below((e) => e.flagged && e.single && !e.quietable).filter(useful)]
    : [none];
  let best = { quiet: none, quietName: none };
  for (const w of words)
    for (const n of others) {
      if (w.lost + n.lost > budget) continue;
      const gain = w.words + n.words;
      const bestGain = best.quiet.words + best.quietName.words;
      if (gain > bestGain) best = { quiet: w, quietName: n };
    }
  let raise = OFF.raise;
  if (policy.raise) {
    const flagged = scored.filter((s) => s.example.flagged);
    const precision = flagged.filter((s) => s.example.label === 1).length / (flagged.length || 1);
    const quiet = scored.filter((s) => !s.example.flagged && s.example.raisable);
    let most = 0;
    for (const t of GRID.filter((g) => g >= RAISE_FLOOR)) {
      const over = quiet.filter((s) => s.p >= t);
      const found = over.filter((s) => s.example.label === 1).length;
      if (found > most && found / over.length >= precision) [most, raise] = [found, t];
    }
  }
  return { raise, quiet: best.quiet.t, quietName: best.quietName.t };
}
