// The tone model at run time: a logistic regression over the hashed features
// of features.ts, its weights shipped as one generated data module
// (model-data.ts, written by `npm run train:tone`). Weights are stored as
// signed bytes with one scale, base64-encoded: 2^17 weights in about 175 KB.
// The checker is handed them (lib/engine/data.ts) and decodes them when a sentence first
// needs them, about a millisecond; the extension ships them as a file beside its script.
import type { EncodedModel } from './encoded';
import { BUCKETS, linearScore, type ToneSignals } from './features';

export type { EncodedModel } from './encoded';

export interface ToneModel {
  weights: Float32Array;
  /** Probability at or above which a sentence is called an attack. */
  threshold: number;
}

export function decodeModel(encoded: EncodedModel): ToneModel {
  if (encoded.buckets !== BUCKETS) {
    throw new Error(`tone model has ${encoded.buckets} buckets, features use ${BUCKETS}`);
  }
  const bytes = base64ToBytes(encoded.weights);
  const weights = new Float32Array(encoded.buckets);
  for (let i = 0; i < weights.length; i++) weights[i] = ((bytes[i]! << 24) >> 24) * encoded.scale;
  return { weights, threshold: encoded.threshold };
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

function base64ToBytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    value = ((value << 6) | B64_VALUE[clean.charCodeAt(i)]!) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
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
export function warns(model: ToneModel, probability: number, signals: ToneSignals): boolean {
  if (probability >= model.threshold) return true;
  return insultAimed(signals) && probability >= INSULT_FLOOR;
}

/** The rules found an insult word aimed at a target in the sentence. */
export function insultAimed(signals: ToneSignals): boolean {
  return signals.rulesAttack && signals.acts.includes('insult');
}
