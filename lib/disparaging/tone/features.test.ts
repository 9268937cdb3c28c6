// toneFeatures hashes its word features without making their strings (features.ts). The
// model was trained on the strings' hashes, so the ids must be exactly those: this builds
// every feature as a string, the way the trainer first did, and compares.
import { describe, expect, it } from 'vitest';
import { hashFeature, SIGNAL_BASE, toneFeatures, type ToneSignals } from './features';

const CHARS_PREFIX = 'c:';

/** The word features of one sentence as strings, hashed one by one: the reference. */
function reference(sentence: string): number[] {
  const ids: number[] = [];
  const words = (
    sentence
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []
  ).map((w) => w.replace(/(\p{L})\1{2,}/gu, '$1$1'));
  let prev = '<s>';
  let prev2 = '<s>';
  for (const w of words) {
    ids.push(hashFeature(`w:${w}`), hashFeature(`b:${prev}_${w}`));
    ids.push(hashFeature(`t:${prev2}_${prev}_${w}`));
    prev2 = prev;
    prev = w;
    if (/^(?:i|i'm|im|me|my|myself|we|we're|us|our)$/.test(w))
      ids.push(hashFeature('s:first-person'));
    if (/^(?:you|you're|youre|your|yourselves|ya)$/.test(w))
      ids.push(hashFeature('s:second-person'));
    if (
      /^(?:not|never|no|nobody|nothing|none|cannot|can't|cant|won't|don't|didn't|doesn't|isn't|wasn't|aren't|haven't|hasn't|couldn't|wouldn't|shouldn't)$/.test(
        w,
      )
    )
      ids.push(hashFeature('s:negation'));
    const padded = `<${w}>`;
    for (let n = 3; n <= 5; n++) {
      for (let i = 0; i + n <= padded.length; i++) {
        ids.push(hashFeature(CHARS_PREFIX + padded.slice(i, i + n)) % SIGNAL_BASE);
      }
    }
  }
  ids.push(hashFeature(`b:${prev}_</s>`));
  return ids;
}

const NO_SIGNALS: ToneSignals = {
  targets: [],
  carried: false,
  acts: [],
  praised: false,
  rulesAttack: false,
};

describe('toneFeatures', () => {
  it.each([
    'The new caretaker never answers, we cant get hold of him.',
    "I'm not saying the trust's auditors are clueless, but soooo slow.",
    'Ça suffit: les élèves de 5e ont gagné 2–1 😍',
    'You lot',
    '',
  ])('gives the ids of the features written out as strings: %s', (sentence) => {
    const ids = [...toneFeatures(sentence, NO_SIGNALS)];
    // The signals added after the words, each once.
    const signals = ['s:no-target', 's:no-act', 's:bias'].map(hashFeature);
    const expected = [...new Set([...reference(sentence), ...signals])];
    for (const [test, feature] of [
      [/\?/, 's:question'],
      [/!/, 's:exclaim'],
      [/["“”]/, 's:quote'],
      [/\p{Extended_Pictographic}/u, 's:emoji'],
    ] as const) {
      if (test.test(sentence) && !expected.includes(hashFeature(feature)))
        expected.push(hashFeature(feature));
    }
    expect(ids).toEqual(expected.sort((a, b) => a - b));
  });
});
