// Training for the tone model, pure and deterministic: the same examples and
// seed give the same weights, byte for byte (test: train.test.ts). Three model
// families over the same features, so the choice is measured, not assumed:
// - logistic regression, trained by AdaGrad with L2, examples shuffled by a
//   seeded generator (lib/learn/adagrad.ts);
// - a linear support vector machine (hinge loss), trained the same way;
// - naive Bayes log-count ratios (the "NB" half of NBSVM), one pass, no tuning.
// All three give one weight per bucket, read by model.ts's attackProbability.
import { adaGradStep, forEachShuffled } from '../../learn/adagrad';
import { BUCKETS, linearScore, SIGNAL_BASE } from './features';

export interface Example {
  features: Int32Array;
  label: 0 | 1;
}

export interface TrainOptions {
  epochs: number;
  /** AdaGrad's base step. */
  rate: number;
  /** L2 penalty per update. */
  l2: number;
  seed: number;
}

// A base step of 0.2 rather than 0.5: on the held-back fifth, recall 59 % against 51 % at the
// same precision (the larger step learnt single words of its training texts too well).
export const DEFAULT_TRAINING: TrainOptions = { epochs: 20, rate: 0.2, l2: 1e-6, seed: 7 };

export function trainLogistic(
  examples: readonly Example[],
  options: TrainOptions = DEFAULT_TRAINING,
): Float32Array {
  return trainLinear(examples, options, (score, label) => 1 / (1 + Math.exp(-score)) - label);
}

/**
 * A linear support vector machine: hinge loss, so only examples on the wrong side of the
 * margin (score × ±1 < 1) move the weights. Its score is no probability; the sigmoid of it
 * is thresholded like the others'.
 */
export function trainHinge(
  examples: readonly Example[],
  options: TrainOptions = DEFAULT_TRAINING,
): Float32Array {
  return trainLinear(examples, options, (score, label) => {
    const sign = label ? 1 : -1;
    return score * sign < 1 ? -sign : 0;
  });
}

/** AdaGrad with L2 over shuffled examples; `loss` gives the gradient of the loss at a score. */
function trainLinear(
  examples: readonly Example[],
  options: TrainOptions,
  loss: (score: number, label: 0 | 1) => number,
): Float32Array {
  const w = new Float64Array(BUCKETS);
  const g2 = new Float64Array(BUCKETS).fill(1e-8);
  forEachShuffled(examples.length, options.epochs, options.seed, (n) => {
    const { features, label } = examples[n]!;
    let words = 0;
    for (const f of features) if (f < SIGNAL_BASE) words++;
    const x = 1 / Math.sqrt(words || 1);
    const slope = loss(linearScore(w, features), label);
    if (!slope) return;
    for (const f of features) {
      adaGradStep(w, g2, f, slope * (f < SIGNAL_BASE ? x : 1) + options.l2 * w[f]!, options.rate);
    }
  });
  return Float32Array.from(w);
}

/** Log-count ratios with add-one smoothing, scaled so z/√n lands in a sensible range. */
export function trainNaiveBayes(examples: readonly Example[]): Float32Array {
  const pos = new Float64Array(BUCKETS).fill(1);
  const neg = new Float64Array(BUCKETS).fill(1);
  let posTotal = BUCKETS;
  let negTotal = BUCKETS;
  for (const { features, label } of examples) {
    for (const f of features) {
      if (label) pos[f]!++;
      else neg[f]!++;
    }
    if (label) posTotal += features.length;
    else negTotal += features.length;
  }
  const w = new Float32Array(BUCKETS);
  for (let f = 0; f < BUCKETS; f++)
    w[f] = Math.log(pos[f]! / posTotal) - Math.log(neg[f]! / negTotal);
  return w;
}

export interface Scores {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  /** The share of clean texts it would warn. */
  falseRate: number;
}

/** Precision and recall of `probs` against `labels` at one threshold. */
export function scoreAt(
  probs: readonly number[],
  labels: readonly number[],
  threshold: number,
): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  probs.forEach((p, i) => {
    const said = p >= threshold;
    if (said && labels[i]) tp++;
    else if (said) fp++;
    else if (labels[i]) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const clean = labels.filter((l) => !l).length;
  return { threshold, precision, recall, f1, falseRate: clean ? fp / clean : 0 };
}

/** At most `maxFalseRate` of the clean texts picked out by `mask` may be warned. */
export interface FalseRateLimit {
  mask: readonly boolean[];
  maxFalseRate: number;
}

/**
 * The threshold with the best recall among those whose precision reaches
 * `minPrecision` and that keep within every false-alarm limit (a nudge people
 * learn to ignore is worth nothing; real posts are mostly clean, so how often a
 * clean post is warned matters more than precision on a balanced sample), else
 * the one with the best F1.
 */
export function chooseThreshold(
  probs: readonly number[],
  labels: readonly number[],
  minPrecision: number,
  limits: readonly FalseRateLimit[] = [],
): Scores {
  const candidates = Array.from(
    { length: 95 },
    (_, i) => Math.round((0.03 + i * 0.01) * 100) / 100,
  );
  const within = (t: number) =>
    limits.every(({ mask, maxFalseRate }) => {
      const picked = probs.map((_, i) => i).filter((i) => mask[i] && !labels[i]);
      const warned = picked.filter((i) => probs[i]! >= t).length;
      return !picked.length || warned / picked.length <= maxFalseRate;
    });
  const scored = candidates.map((t) => scoreAt(probs, labels, t));
  const precise = scored.filter((s) => s.precision >= minPrecision && within(s.threshold));
  const pool = precise.length ? precise : scored;
  const key = precise.length ? (s: Scores) => s.recall : (s: Scores) => s.f1;
  return pool.reduce((best, s) => (key(s) > key(best) ? s : best));
}

/** One training text as the detector sees it: its sentences, each judged on its own. */
export interface Bag {
  label: 0 | 1;
  /** The sentences the detector would ask the model about (they have a target). */
  sentences: readonly Int32Array[];
}

/**
 * Trains on sentences although the data label whole texts (multiple-instance
 * learning). The detector judges one sentence at a time, so a model trained on
 * whole texts learns that the harmless opening of a two-sentence attack ("Met
 * the new head today. She thinks we work for free.") is itself an attack, and
 * warns on the wrong sentence. Here every sentence of a clean text is clean; a
 * one-sentence attack is an attack; and in a longer attack only the sentence
 * the model rates highest is taken as the attack, its others left out, chosen
 * again after each of `rounds` retrainings. Round one learns from clean texts
 * and one-sentence attacks alone.
 */
export function trainMultiInstance(
  bags: readonly Bag[],
  train: (examples: Example[]) => Float32Array,
  rounds = 2,
): Float32Array {
  const base: Example[] = [];
  const multi: Bag[] = [];
  for (const bag of bags) {
    if (!bag.label) for (const features of bag.sentences) base.push({ features, label: 0 });
    else if (bag.sentences.length === 1) base.push({ features: bag.sentences[0]!, label: 1 });
    else if (bag.sentences.length > 1) multi.push(bag);
  }
  let weights = train(base);
  for (let round = 0; round < rounds; round++) {
    const chosen = multi.map((bag) => ({
      features: bestSentence(weights, bag),
      label: 1 as const,
    }));
    weights = train([...base, ...chosen]);
  }
  return weights;
}

function bestSentence(weights: Float32Array, bag: Bag): Int32Array {
  let best = bag.sentences[0]!;
  let bestZ = -Infinity;
  for (const features of bag.sentences) {
    const z = linearScore(weights, features);
    if (z > bestZ) [best, bestZ] = [features, z];
  }
  return best;
}
