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
  /** Whether the model may quiet it: a single word that is also an ordinary word. */
  quietable: boolean;
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

/** Never raise or quiet: the rules decide alone. */
export const OFF = { raise: 1.01, quiet: 0 };
/** Quiet only well below the lowest name the held-out schools showed: a school the model has
 * not seen has names in contexts it has not seen ("Our Robin won the poetry prize!", 0.27,
 * is a pupil; the lowest name's probability on the eleven schools, each scored by a model
 * that had not seen it, was 0.28). Chosen by leave-one-school-out over the seventeen
 * schools (`npm run eval:names`): the largest of 0.75, 0.5, 0.35 at which no school loses a
 * name to a threshold chosen on the other sixteen. With the list, house, famous-person and
 * place rules in place, 0.5 cost avon a name; at 0.35 none loses one and the model still
 * quiets words the rules flag (clean posts warned 7.9 -> 7.8 %). */
const QUIET_MARGIN = 0.35;
/** "High" for raising: below it, in cross-validation, raising added false alarms (at 0.5
 * it flagged five Welsh words in one school's posts and found no name). */
const RAISE_FLOOR = 0.8;

/**
 * Thresholds from probabilities given to candidates the model was not trained on:
 * `quiet` three quarters of the lowest probability of a quietable candidate that is a name
 * (off when no word lies below it), and, only when `mayRaise`, `raise` where flagging more of
 * the rules' quiet candidates finds the most names net of the false alarms it adds (off when
 * none does). The shipped policy is quiet-only: over the seventeen schools raising at 0.8
 * found 12 more names but warned on Welsh words and hymn titles in schools it had not seen
 * (cymru's precision fell 99.0 -> 96.9), a trade the rules should make by name instead.
 */
export function chooseThresholds(
  scored: readonly Scored[],
  { mayRaise = false }: { mayRaise?: boolean } = {},
): { raise: number; quiet: number } {
  const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
  let raise = OFF.raise;
  let best = 0;
  for (const t of mayRaise ? grid.filter((g) => g >= RAISE_FLOOR) : []) {
    let net = 0;
    for (const { p, example } of scored)
      if (!example.flagged && p >= t) net += example.label ? 1 : -1;
    if (net > best) [best, raise] = [net, t];
  }
  // The highest threshold at which no name would be quieted: the lowest name's probability.
  let lowest = 0.5;
  for (const { p, example } of scored)
    if (example.flagged && example.quietable && example.label) lowest = Math.min(lowest, p);
  const quiet = Math.floor(lowest * QUIET_MARGIN * 100) / 100;
  const quiets = scored.some(
    ({ p, example }) => example.flagged && example.quietable && !example.label && p < quiet,
  );
  return { raise, quiet: quiets ? quiet : OFF.quiet };
}
