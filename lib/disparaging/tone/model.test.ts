// The checker reads the shipped model's weights as sentences need them (readModel); the
// trainer and the tests decode them all (decodeModel). Both must give the same probability
// for every sentence, to the last bit, or the checker would warn where training did not.
import { describe, expect, it } from 'vitest';
import { BUCKETS, SIGNAL_BASE, toneFeatures } from './features';
import { MODEL } from './model-data';
import { attackProbability, decodeModel, readModel } from './model';

const SENTENCES = [
  'Year 6 are spoilt little brats this week.',
  'The new deputy is an absolute clown.',
  'What a brilliant morning in Year 4 Oak, everyone worked so hard.',
  'Funny how her lot always get the trips.',
];

describe('readModel', () => {
  it('gives decodeModel’s probabilities exactly, sentence by sentence', () => {
    const full = decodeModel(MODEL);
    const lazy = readModel(MODEL);
    expect(lazy.threshold).toBe(full.threshold);
    for (const sentence of SENTENCES) {
      const features = toneFeatures(sentence, {
        targets: ['pupils'],
        carried: false,
        acts: ['insult'],
        praised: false,
        rulesAttack: true,
      });
      expect(lazy.probability(features)).toBe(attackProbability(full, features));
    }
  });

  it('reads every bucket as decodeModel does, the first and the last included', () => {
    const full = decodeModel(MODEL);
    const lazy = readModel(MODEL);
    for (let start = 0; start < BUCKETS; start += 4099) {
      const features = Int32Array.from(
        new Set([start, Math.min(start + 1, BUCKETS - 1), BUCKETS - 1, SIGNAL_BASE]),
      ).sort();
      expect(lazy.probability(features)).toBe(attackProbability(full, features));
    }
  });
});
