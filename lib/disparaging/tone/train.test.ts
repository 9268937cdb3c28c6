import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../learn/adagrad';
import { SHIPPED_ACTS } from '../acts';
import { buildLexicon, lowerAscii } from '../lexicon';
import { BUCKETS, hashFeature, toneFeatures } from './features';
import { attackProbability, decodeModel, encodeModel } from './model';
import { lineSignals, textSignals } from './signals';
import {
  chooseThreshold,
  type Example,
  trainHinge,
  trainLogistic,
  trainMultiInstance,
  trainNaiveBayes,
} from './train';

// A few texts of our own, not the training data: enough to see the trainer learn.
const ATTACKS = [
  'the head is a total waste of space',
  'our SLT could not organise a fire drill in a fire station',
  'funny how her lot always get the trips and nobody else',
  'the parents at the gate are feral, honestly',
  'Ofsted sent a clown who had never taught a day in his life',
  'that supply agency sends us warm bodies and calls them teachers',
];
const CLEAN = [
  'the head gave a lovely speech at the leavers assembly',
  'our SLT covered my lesson so I could go to the dentist, legends',
  'parents evening tonight, wish me luck with the timings',
  'Ofsted week is over and I am going to sleep for a year',
  'the printer has eaten my worksheets again',
  'my class smashed their times tables today, so proud',
];
const lexicon = buildLexicon([], [], SHIPPED_ACTS);
const example = (text: string, label: 0 | 1): Example => ({
  label,
  features: toneFeatures(text, textSignals(lineSignals(text, lowerAscii(text), lexicon, []))),
});
/** Each sentence's features, as the detector builds them. */
const sentences = (text: string) =>
  lineSignals(text, lowerAscii(text), lexicon, []).map((s) =>
    toneFeatures(text.slice(s.start, s.end), s.signals),
  );
const examples = [...ATTACKS.map((t) => example(t, 1)), ...CLEAN.map((t) => example(t, 0))];

describe('tone features', () => {
  it('hashes each text to the same sorted ids every time, within the buckets', () => {
    const a = example(ATTACKS[0]!, 1).features;
    expect([...a]).toEqual([...example(ATTACKS[0]!, 1).features]);
    expect([...a]).toEqual([...a].sort((x, y) => x - y));
    expect(Math.max(...a)).toBeLessThan(BUCKETS);
  });

  it('marks negation and reported words as signals', () => {
    const none = { targets: [], carried: false, acts: [], praised: false, rulesAttack: false };
    const has = (text: string, signal: string) =>
      toneFeatures(text, none).includes(hashFeature(signal));
    expect(has('the head never once asked us', 's:negation')).toBe(true);
    expect(has('the head asked us', 's:negation')).toBe(false);
    expect(has('a man at the gate said our parents are rude', 's:reported')).toBe(true);
    expect(has('our parents are rude', 's:reported')).toBe(false);
  });

  it('reads stretched letters as the plain word ("sooooo" = "soo")', () => {
    const none = { targets: [], carried: false, acts: [], praised: false, rulesAttack: false };
    expect([...toneFeatures('sooooo lazy', none)]).toEqual([...toneFeatures('soo lazy', none)]);
  });
});

describe('training', () => {
  it('is deterministic: the same examples and seed give the same weights', () => {
    const a = trainLogistic(examples, { epochs: 5, rate: 0.5, l2: 1e-6, seed: 3 });
    const b = trainLogistic(examples, { epochs: 5, rate: 0.5, l2: 1e-6, seed: 3 });
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
    const c = trainLogistic(examples, { epochs: 5, rate: 0.5, l2: 1e-6, seed: 4 });
    expect(Buffer.from(a.buffer).equals(Buffer.from(c.buffer))).toBe(false);
  });

  it.each([
    ['logistic regression', () => trainLogistic(examples)],
    ['linear SVM', () => trainHinge(examples)],
    ['naive Bayes', () => trainNaiveBayes(examples)],
  ])('%s separates what it was trained on', (_name, train) => {
    const model = { weights: train(), threshold: 0.5 };
    const p = examples.map((e) => attackProbability(model, e.features));
    const worstAttack = Math.min(...p.slice(0, ATTACKS.length));
    const bestClean = Math.max(...p.slice(ATTACKS.length));
    expect(worstAttack).toBeGreaterThan(bestClean);
  });

  it('keeps its weights through encoding, within one byte step', () => {
    const weights = trainLogistic(examples);
    const decoded = decodeModel(encodeModel(weights, 0.6));
    expect(decoded.threshold).toBe(0.6);
    const step = weights.reduce((m, w) => Math.max(m, Math.abs(w)), 0) / 127;
    for (let i = 0; i < BUCKETS; i += 997) {
      expect(Math.abs(decoded.weights[i]! - weights[i]!)).toBeLessThanOrEqual(step / 2 + 1e-9);
    }
  });

  it('keeps within a false-alarm limit on the clean texts it is given', () => {
    const probs = [0.9, 0.8, 0.7, 0.6, 0.55, 0.3];
    const labels = [1, 1, 1, 0, 0, 0];
    const ordinary = [false, false, false, true, false, true];
    const loose = chooseThreshold(probs, labels, 0.5);
    expect(loose.threshold).toBeLessThanOrEqual(0.55);
    const strict = chooseThreshold(probs, labels, 0.5, [{ mask: ordinary, maxFalseRate: 0 }]);
    expect(strict.threshold).toBeGreaterThan(0.6);
    expect(strict.recall).toBe(1);
  });

  it('chooses the threshold with the best recall at the precision asked for', () => {
    const probs = [0.9, 0.8, 0.7, 0.6, 0.4, 0.3];
    const labels = [1, 1, 0, 1, 0, 0];
    const chosen = chooseThreshold(probs, labels, 0.75);
    expect(chosen.precision).toBeGreaterThanOrEqual(0.75);
    expect(chosen.recall).toBe(1);
    expect(chosen.threshold).toBeGreaterThan(0.4);
    expect(chosen.threshold).toBeLessThanOrEqual(0.6);
  });

  it('learns the attack sentence of a two-sentence attack, not its harmless opening', () => {
    // Openings of our own that only ever begin attacks here: whole-text training learns them
    // as attack words; sentence training leaves them out and learns the attack sentences.
    const openings = ['We met the new head today.', 'Our SLT ran the briefing this morning.'];
    const follow = [
      'She is a total waste of space.',
      'They could not organise a fire drill in a fire station.',
      'Honestly clowns, the lot of them.',
    ];
    const bags = [
      ...ATTACKS.map((t) => ({ label: 1 as const, sentences: sentences(t) })),
      ...CLEAN.map((t) => ({ label: 0 as const, sentences: sentences(t) })),
      ...openings.flatMap((o) =>
        follow.map((f) => ({ label: 1 as const, sentences: sentences(`${o} ${f}`) })),
      ),
    ];
    const model = { weights: trainMultiInstance(bags, (e) => trainLogistic(e)), threshold: 0.5 };
    const p = (text: string) => attackProbability(model, sentences(text)[0]!);
    for (const opening of openings) {
      expect(p(opening)).toBeLessThan(p('She is a total waste of space.'));
      expect(p(opening)).toBeLessThan(0.5);
    }
  });

  it('shuffles with a seeded generator', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

describe('pronoun targets', () => {
  it('carries a target named in an earlier sentence to a she/they/you in a later one', () => {
    const text = 'Another meeting with the head today. She thinks we all work for free.';
    const [first, second] = lineSignals(text, lowerAscii(text), lexicon, []);
    expect(first!.signals.targets).toContain("the school's leaders");
    expect(second!.signals.carried).toBe(true);
    expect(second!.target).toBe("the school's leaders");
  });

  it.each([
    // A sentence that opens on the pronoun is about the target before, whatever it names later.
    ['A dad came to the office at nine. He swore at a TA in front of his son.', 'parents'],
    // The first target named is the subject the pronoun points back to, not a later one.
    [
      'The educational psychologist saw our Year 2 boy. She barely looked up from her laptop.',
      'other professionals',
    ],
    ['The deputy head took the staff briefing. She read it off her phone.', "the school's leaders"],
    ['Had parents evening for Year 9 tonight. These people are something else.', 'parents'],
    ['Period 6 with Year 8. You lot know who you are.', 'pupils'],
  ])('gives "%s" the target it points back to (%s)', (text, group) => {
    const second = lineSignals(text, lowerAscii(text), lexicon, []).at(-1)!;
    expect(second.signals.carried).toBe(true);
    expect(second.target).toBe(group);
  });

  it('marks the sentence a later pronoun points back to as the one that sets the scene', () => {
    const text = 'Met the new head today. She thinks we all work for free.';
    const [first, second] = lineSignals(text, lowerAscii(text), lexicon, []);
    expect(first!.signals.introduces).toBe(true);
    expect(second!.signals.introduces).toBeFalsy();
    const alone = 'Met the new head today. The printer jammed again.';
    expect(lineSignals(alone, lowerAscii(alone), lexicon, [])[0]!.signals.introduces).toBeFalsy();
  });

  it.each([
    // A topic of a few words, then a comment with no target of its own.
    // The comment has three words or more: "No comment." alone says too little to judge.
    ['The agency staff? Useless, every single week.', 'other professionals'],
    ['10R. Not a chance, honestly.', 'pupils'],
    ['The trust auditors? About as useful as a chocolate kettle.', 'the trust'],
  ])('gives the comment after a short topic "%s" that topic (%s)', (text, group) => {
    const last = lineSignals(text, lowerAscii(text), lexicon, []).at(-1)!;
    expect(last.signals.carried).toBe(true);
    expect(last.target).toBe(group);
  });

  it('does not carry a short topic past a sentence that names its own, or across a long one', () => {
    const own = 'Year 7 trip today. The coach driver got lost twice.';
    expect(lineSignals(own, lowerAscii(own), lexicon, []).at(-1)!.signals.carried).toBe(false);
    const long =
      'Our Year 10 group finished the whole mock paper before lunch. Lovely weather for it.';
    expect(lineSignals(long, lowerAscii(long), lexicon, []).at(-1)!.signals.carried).toBe(false);
  });

  it('carries nothing when no target was named before', () => {
    const text = 'She thinks we all work for free.';
    const [only] = lineSignals(text, lowerAscii(text), lexicon, []);
    expect(only!.signals.carried).toBe(false);
    expect(only!.target).toBeUndefined();
  });
});
