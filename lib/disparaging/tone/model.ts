// The tone model at run time: a logistic regression over the hashed features
// of features.ts, its weights shipped as one generated data module
// (model-data.ts, written by `npm run train:tone`). Weights are stored as
// signed bytes with one scale, base64-encoded: 2^17 weights in about 175 KB.
// The checker is handed them (lib/engine/data.ts) and reads each weight from the base64
// when a sentence first needs it (`readModel`); the extension ships them as a file beside
// its script. `decodeModel` decodes them all, for the trainer and the tests.
import type { EncodedModel } from './encoded';
import { BUCKETS, linearScore, type ToneSignals } from './features';

export type { EncodedModel } from './encoded';

export interface ToneModel {
  weights: Float32Array;
  /** Probability at or above which a sentence is called an attack. */
  threshold: number;
}

/** What the detector needs of a model: its threshold and a sentence's probability. */
export interface ToneScorer {
  threshold: number;
  probability(features: Int32Array): number;
}

export function decodeModel(encoded: EncodedModel): ToneModel {
  if (encoded.buckets !== BUCKETS) {
    throw new Error(`tone model has ${encoded.buckets} buckets, features use ${BUCKETS}`);
  }
  const weights = new Float32Array(encoded.buckets);
  for (let group = 0; group * 3 < encoded.buckets; group++) decodeGroup(encoded, group, weights);
  return { weights, threshold: encoded.threshold };
}

/**
 * The shipped model as the checker reads it: a weight is decoded from the base64 when a
 * sentence first reads it, three at a time (the bytes of four characters), never all
 * 131,072 at once. Decoding them all cost a woken worker's first check with a target 5-8 ms
 * of CPU; a sentence reads a few hundred. The probabilities are decodeModel's, exactly.
 */
export function readModel(encoded: EncodedModel): ToneScorer {
  if (encoded.buckets !== BUCKETS) {
    throw new Error(`tone model has ${encoded.buckets} buckets, features use ${BUCKETS}`);
  }
  // One read of each field: a model read from a file may sit behind getters (engine/state.test.ts).
  const source = { ...encoded };
  const weights = new Float32Array(encoded.buckets);
  const decoded = new Uint8Array(Math.ceil(encoded.buckets / 3));
  return {
    threshold: encoded.threshold,
    probability(features) {
      for (const f of features) {
        const group = (f / 3) | 0;
        if (decoded[group] === 0) {
          decodeGroup(source, group, weights);
          decoded[group] = 1;
        }
      }
      return 1 / (1 + Math.exp(-linearScore(weights, features)));
    },
  };
}

export function encodeModel(weights: Float32Array, threshold: number): EncodedModel {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const bytes = new Uint8Array(weights.length);
  for (let i = 0; i < weights.length; i++) bytes[i] = Math.round(weights[i]! / scale) & 0xff;
  return { buckets: weights.length, scale, threshold, weights: bytesToBase64(bytes) };
}

/** The probability that a sentence with these features is an attack. */
export function attackProbability(model: ToneModel, features: Int32Array): number {
  return 1 / (1 + Math.exp(-linearScore(model.weights, features)));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
}

const B64_VALUE = new Uint8Array(128);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/** Weights 3g, 3g + 1 and 3g + 2, signed bytes times the scale, from characters 4g to 4g + 3. */
function decodeGroup(
  { weights: text, buckets, scale }: EncodedModel,
  group: number,
  out: Float32Array,
): void {
  const at = group * 4;
  const n =
    (B64_VALUE[text.charCodeAt(at)]! << 18) |
    (B64_VALUE[text.charCodeAt(at + 1)]! << 12) |
    (B64_VALUE[text.charCodeAt(at + 2)]! << 6) |
    B64_VALUE[text.charCodeAt(at + 3)]!;
  for (let k = 0; k < 3 && group * 3 + k < buckets; k++) {
    out[group * 3 + k] = (((n >> (16 - 8 * k)) << 24) >> 24) * scale;
  }
}

/**
 * Below this the model is nearly sure a sentence is no attack, even with an insult word the
 * rules aim at a target: a character in a set text ("Mr Birling is a pompous idiot, the kids
 * love hating him"), an insult quoted to be answered. scripts/train-tone.ts reports how often
 * the rule is right on its held-back texts.
 */
export const INSULT_FLOOR = 0.2;

/**
 * Whether the detector warns on a sentence with a target: the model is sure enough, or the
 * rules found an insult word aimed at the target ("Year 6 are spoilt little brats") and the
 * model does not rule it out. The trainer calibrates the threshold with this same decision.
 */
export function warns(
  model: Pick<ToneModel, 'threshold'>,
  probability: number,
  signals: ToneSignals,
): boolean {
  if (probability >= model.threshold) return true;
  return insultAimed(signals) && probability >= INSULT_FLOOR;
}

/** The rules found an insult word aimed at a target in the sentence. */
export function insultAimed(signals: ToneSignals): boolean {
  return signals.rulesAttack && signals.acts.includes('insult');
}
