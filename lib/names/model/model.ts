// The names model at run time: a logistic regression over the named features of
// features.ts, its weights one signed byte per hash bucket (encoded.ts). It gives a
// candidate's probability of being a person on the lists named here, and the features that
// moved it most, for the trace ("w-1:reading −1.9"). Decoded once, on the first candidate.
import type { EncodedNamesModel } from './encoded';
import { hashFeature } from './features';

export type { EncodedNamesModel } from './encoded';

export interface NamesModel {
  buckets: number;
  weights: Float32Array;
  raise: number;
  quiet: number;
  quietName: number;
}

export interface Contribution {
  feature: string;
  weight: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function decodeNamesModel(encoded: EncodedNamesModel): NamesModel {
  const { buckets, scale, raise, quiet, quietName = 0, weights: text } = encoded;
  if (!Number.isInteger(Math.log2(buckets)) || typeof text !== 'string')
    throw new Error('names model: buckets must be a power of two and weights base64');
  const bytes = base64Bytes(text);
  if (bytes.length < buckets)
    throw new Error(`names model: ${bytes.length} weights, ${buckets} buckets`);
  const weights = new Float32Array(buckets);
  for (let i = 0; i < buckets; i++) weights[i] = ((bytes[i]! << 24) >> 24) * scale;
  return { buckets, weights, raise, quiet, quietName };
}

export function encodeNamesModel(
  weights: Float64Array | Float32Array,
  thresholds: { raise: number; quiet: number; quietName?: number },
): EncodedNamesModel {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Uint8Array(weights.length);
  weights.forEach((w, i) => (bytes[i] = Math.round(w / scale) & 0xff));
  return { buckets: weights.length, scale, ...thresholds, weights: bytesBase64(bytes) };
}

/** The probability that the candidate with these features is a listed person named. */
export function nameProbability(model: NamesModel, features: readonly string[]): number {
  let score = 0;
  for (const f of features) score += model.weights[hashFeature(f, model.buckets)]!;
  return 1 / (1 + Math.exp(-score));
}

/** The features that moved the probability most, largest first. */
export function topContributions(
  model: NamesModel,
  features: readonly string[],
  count = 4,
): Contribution[] {
  return features
    .map((feature) => ({ feature, weight: model.weights[hashFeature(feature, model.buckets)]! }))
    .filter((c) => c.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, count)
    .map((c) => ({ feature: c.feature, weight: Math.round(c.weight * 100) / 100 }));
}

function base64Bytes(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (const c of clean) {
    const v = BASE64.indexOf(c);
    if (v < 0) throw new Error('names model: weights are not base64');
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

function bytesBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1] ?? 0, bytes[i + 2] ?? 0];
    const v = (a << 16) | (b << 8) | c;
    out += BASE64[(v >> 18) & 63]! + BASE64[(v >> 12) & 63]!;
    out += i + 1 < bytes.length ? BASE64[(v >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? BASE64[v & 63]! : '=';
  }
  return out;
}
