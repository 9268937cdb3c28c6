// Trains the tone model from data/tone/*.jsonl and writes
// lib/disparaging/tone/model-data.ts. Deterministic: the same data give the
// same file (test: test/train-tone.test.ts). Prints, on every text held back once
// in five folds, the rules alone beside three model families, then trains the
// chosen family on all of it, and sets its threshold on the calibration posts
// (data/tone/calibration/: four schools' posts, never trained on) from the product's own
// warnings.
//   npm run train:tone            # train and write the model
//   npm run train:tone -- --check # train and compare with the committed model; exit 1 if different
//   npm run train:tone -- --diagnose # also: where the held-back attacks are lost (no target, or the model)
import { SHIPPED_ACTS } from '../lib/disparaging/acts';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createChecker, SHIPPED_DATA } from '../lib/engine';
import { addFigures, figuresOf, loadLabelledSets, NO_FIGURES } from './labelled-sets';
import { buildLexicon, lowerAscii, type TargetHit } from '../lib/disparaging/lexicon';
import { isEnglishWord } from '../lib/text/english';
import { SHIPPED_WORDS } from '../lib/text/shipped-words';
import { installWordData } from '../lib/text/word-data';
import { BUCKETS, fnv1a, toneFeatures } from '../lib/disparaging/tone/features';
import {
  encodeModel,
  decodeModel,
  attackProbability,
  INSULT_FLOOR,
  insultAimed,
  type ToneModel,
} from '../lib/disparaging/tone/model';
import { lineSignals } from '../lib/disparaging/tone/signals';
import {
  type Bag,
  chooseThreshold,
  scoreAt,
  type Scores,
  trainLogistic,
  trainHinge,
  trainMultiInstance,
  trainNaiveBayes,
} from '../lib/disparaging/tone/train';

// The word look-ups (isEnglishWord) read the words the repository holds (lib/text/word-data.ts).
installWordData(SHIPPED_WORDS);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * A nudge is only worth showing if it is usually right and rarely shown on a clean post:
 * at most 1 % of ordinary posts (files whose texts are all clean: praise, news, logistics)
 * and 5 % of hard negatives (venting, irony, fiction, quoted insults) may be warned.
 */
const MIN_PRECISION = 0.85;
const MAX_ORDINARY_WARNED = 0.01;
const MAX_HARD_WARNED = 0.05;
/**
 * The shipped threshold is set on calibration posts (data/tone/calibration/), never trained on:
 * whole posts in the shape the product meets, written by four writers in the evaluation sets'
 * brief. The folds above choose the family; their limits on training texts, many of them hard
 * negatives written to look like attacks, set the threshold too high for real posts (session 6:
 * 0.74 from the folds gave 59.9 % recall and 3.6 % of clean calibration posts warned). The
 * threshold is the lowest that keeps, on the calibration posts, precision at 85 % and clean
 * posts warned at 4.5 % (the issue's targets are 85 % and 5 %), and, on the held-back ordinary training posts,
 * warnings at 2 % at most (a guard for the everyday post).
 */
// Half a point under the target: 420 clean calibration posts are few, and a fresh set varies.
const MAX_CLEAN_POSTS_WARNED = 0.045;
const MAX_ORDINARY_GUARD = 0.02;
const dataDir = new URL('../data/tone/', import.meta.url);
const calibrationDir = new URL('../data/tone/calibration/', import.meta.url);
const out = new URL('../lib/disparaging/tone/model-data.ts', import.meta.url);

interface Item {
  id: string;
  text: string;
  label: 0 | 1;
  file: string;
}

const readItems = (dir: URL): Item[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => f.name)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(new URL(f, dir), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => ({ ...(JSON.parse(l) as Item), file: f })),
    );
const items = readItems(dataDir);
/** Files with no attack in them hold ordinary posts. */
const ordinaryFiles = new Set(
  [...new Set(items.map((i) => i.file))].filter((f) =>
    items.every((i) => i.file !== f || !i.label),
  ),
);
if (!items.length) throw new Error('no training data in data/tone/*.jsonl');

const lexicon = buildLexicon([], [], SHIPPED_ACTS);
interface Prepared {
  id: string;
  label: 0 | 1;
  /** Each sentence's features, as the detector builds them at run time. */
  sentences: Int32Array[];
  /** Which sentences the detector would ask the model about: those with a target (named, or carried by a pronoun). */
  gated: boolean[];
  /** Which sentences the rules call an insult aimed at a target (model.ts's warns). */
  insulted: boolean[];
  rules: boolean;
  /** From a file of ordinary posts (all clean), not a file of attacks and hard negatives. */
  ordinary: boolean;
}
const prepared: Prepared[] = items.map((item) => {
  const line = item.text.replace(/[\u2018\u2019\u02bc]/g, "'");
  const sentences = lineSignals(line, lowerAscii(line), lexicon, namedPeople(line));
  return {
    id: item.id,
    label: item.label,
    sentences: sentences.map((s) => toneFeatures(line.slice(s.start, s.end), s.signals)),
    gated: sentences.map((s) => s.target !== undefined),
    insulted: sentences.map((s) => s.target !== undefined && insultAimed(s.signals)),
    rules: sentences.some((s) => s.signals.rulesAttack),
    ordinary: ordinaryFiles.has(item.file),
  };
});

/**
 * The model learns from every sentence of a clean text, and from the sentences of an
 * attack that have a target (all of them when none has: the wording still teaches).
 */
const bag = (p: Prepared): Bag => {
  const targeted = p.sentences.filter((_, i) => p.gated[i]);
  return { label: p.label, sentences: p.label && targeted.length ? targeted : p.sentences };
};

/** A text is warned when any sentence with a target reaches the threshold, as in the detector. */
function textProbability(model: ToneModel, p: Prepared): number {
  let best = 0;
  p.sentences.forEach((f, i) => {
    if (!p.gated[i]) return;
    const probability = attackProbability(model, f);
    // The insult rule warns at any probability from INSULT_FLOOR up: as sure as the model.
    best = Math.max(best, p.insulted[i] && probability >= INSULT_FLOOR ? 1 : probability);
  });
  return best;
}

/**
 * At run time the name checks hand the tone check every listed pupil and member
 * of staff they found. The training texts have no class list, so people named
 * in them are found the way a reader would: a title and a name ("Mrs Okafor"),
 * or a capitalised word inside a sentence that is no English word ("Kacper").
 */
function namedPeople(text: string): TargetHit[] {
  const found: TargetHit[] = [];
  for (const m of text.matchAll(
    /\b(?:Mrs|Mr|Miss|Ms|Mx|Dr)\.? [A-Z][\p{L}'-]+|(?<=[\p{L},;] )[A-Z][\p{Ll}'-]{2,}\b/gu,
  )) {
    const word = m[0].toLowerCase();
    if (!/^(?:mrs|mr|miss|ms|mx|dr)\b/.test(word) && isEnglishWord(word)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, label: 'a person', named: true });
  }
  return found;
}

// Five folds, the same whatever the features: chosen by a hash of the id alone. Each text is
// held back once, by the model trained on the other four fifths, and the family and threshold
// are chosen on all those held-back probabilities together. One fifth alone was too few to
// choose on: its ~800 ordinary posts allow 8 warnings at 1 %, so one text more or less moved
// the threshold by 0.05 and swapped the family (with the t9 data, one fifth chose the SVM at
// 0.65; the five folds choose logistic regression at 0.74, F1 72.4 against 70.2).
const FOLDS = 5;
const fold = (id: string) => (fnv1a(`split:${id}`) & (BUCKETS - 1)) % FOLDS;
const labels = prepared.map((p) => p.label);

// The detector asks the model only about sentences with a target (named, or carried by a
// pronoun), yet it learns from every text. Training on texts with a target alone was tried
// and did worse (validation F1 74.0 against 76.6): the others still teach it how staff write,
// and the feature s:no-target soaks up what their lack of a target means. Held-back texts
// without a target count below as misses when they are attacks.
const trainers: Record<string, (bags: Bag[]) => Float32Array> = {
  'logistic regression': (bags) => trainMultiInstance(bags, (e) => trainLogistic(e)),
  'linear SVM (hinge loss)': (bags) => trainMultiInstance(bags, (e) => trainHinge(e)),
  'naive Bayes log-count ratios': (bags) => trainMultiInstance(bags, trainNaiveBayes),
};
/** Each family's probability for every text, from the model that did not see its fold. */
const heldBack = Object.fromEntries(
  Object.entries(trainers).map(([name, fit]) => {
    const probs: number[] = Array.from({ length: prepared.length }, () => 0);
    for (let k = 0; k < FOLDS; k++) {
      const weights = fit(prepared.filter((p) => fold(p.id) !== k).map(bag));
      prepared.forEach((p, i) => {
        if (fold(p.id) === k) probs[i] = textProbability({ weights, threshold: 0.5 }, p);
      });
    }
    return [name, probs];
  }),
);
const report: string[] = [];
report.push(
  row(
    'rules alone',
    scoreAt(
      prepared.map((p) => (p.rules ? 1 : 0)),
      labels,
      0.5,
    ),
  ),
);
report.push(
  row(
    'insult rule alone',
    scoreAt(
      prepared.map((p) => (p.insulted.some(Boolean) ? 1 : 0)),
      labels,
      0.5,
    ),
  ),
);
let best: { name: string; threshold: number; f1: number } | undefined;
for (const [name, probs] of Object.entries(heldBack)) {
  const chosen = chooseThreshold(probs, labels, MIN_PRECISION, [
    { mask: prepared.map((p) => p.ordinary), maxFalseRate: MAX_ORDINARY_WARNED },
    { mask: prepared.map((p) => !p.ordinary), maxFalseRate: MAX_HARD_WARNED },
  ]);
  report.push(row(name, chosen));
  if (!best || chosen.f1 > best.f1) best = { name, threshold: chosen.threshold, f1: chosen.f1 };
}
console.error(
  `${items.length} texts (${prepared.filter((p) => p.gated.some(Boolean)).length} with a target), each held back once in ${FOLDS} folds`,
);
console.error(report.join('\n'));
console.error(`chosen: ${best!.name} at threshold ${best!.threshold}`);
if (process.argv.includes('--diagnose')) {
  diagnose(heldBack[best!.name]!, best!.threshold).forEach((l) => console.error(l));
}

const weights = trainers[best!.name]!(prepared.map(bag));
const shipped = calibrate(weights, heldBack[best!.name]!);
const encoded = encodeModel(weights, shipped);
const source = `// GENERATED by scripts/train-tone.ts (npm run train:tone) from data/tone/*.jsonl; do not edit.
// ${best!.name}, ${items.length} texts, threshold ${shipped} (set on the calibration posts).
import type { EncodedModel } from './encoded';

export const MODEL: EncodedModel = ${JSON.stringify(encoded)};
`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === source;
  console.error(
    same ? 'model-data.ts matches the data' : 'model-data.ts differs: run npm run train:tone',
  );
  // Quantised weights decode to the same probabilities the trainer saw, within a byte's step.
  decodeModel(encoded);
  process.exit(same ? 0 : 1);
}
writeFileSync(out, source);
console.error(`wrote ${out.pathname} (${source.length} bytes)`);

function row(name: string, s: Scores) {
  return `${name.padEnd(30)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  clean warned ${pct(s.falseRate)}  (threshold ${s.threshold})`;
}

/**
 * Where the held-back texts are lost (`--diagnose`): an attack with no sentence the detector
 * would ask about (no target found, directly or through a pronoun) is lost to the target finder;
 * one with a target but a probability under the threshold, to the model. A clean text warned
 * is counted by the kind of file it came from and the band of its probability.
 */
function diagnose(probs: readonly number[], threshold: number): string[] {
  const counts = new Map<string, number>();
  const band = (p: number) =>
    p >= 0.9
      ? '>=.90'
      : p >= threshold
        ? `${threshold}-.90`
        : p >= 0.5
          ? `.50-${threshold}`
          : p >= 0.3
            ? '.30-.50'
            : '<.30';
  prepared.forEach((p, i) => {
    const probability = probs[i]!;
    const warned = probability >= threshold;
    let cause: string;
    if (p.label && warned) cause = 'attack warned';
    else if (p.label && !p.gated.some(Boolean)) cause = 'attack missed: no target';
    else if (p.label) cause = `attack missed: target found, model p ${band(probability)}`;
    else if (warned)
      cause = `clean warned (${p.ordinary ? 'ordinary' : 'hard negative'}): p ${band(probability)}`;
    else cause = 'clean quiet';
    counts.set(cause, (counts.get(cause) ?? 0) + 1);
  });
  return [...counts].sort().map(([k, n]) => `${String(n).padStart(5)}  ${k}`);
}

/**
 * The lowest threshold, from the folds' own down, at which the product's warnings on the
 * calibration posts keep precision and clean posts warned within the limits, and the held-back
 * ordinary training posts within the guard. Prints the rows it weighed.
 */
function calibrate(trained: Float32Array, heldBackProbs: readonly number[]): number {
  const sets = loadLabelledSets(fileURLToPath(calibrationDir));
  if (!sets.length) return best!.threshold;
  const ordinary = prepared.flatMap((p, i) => (p.ordinary ? [i] : []));
  let chosen = best!.threshold;
  const rows: string[] = [];
  let size = '';
  for (let t = best!.threshold; t >= 0.5 - 1e-9; t = Math.round((t - 0.01) * 100) / 100) {
    const data = { ...SHIPPED_DATA, toneModel: encodeModel(trained, t) };
    const f = sets
      .map((set) => figuresOf(createChecker(set.settings, { data }), set, 'disparaging'))
      .reduce(addFigures, NO_FIGURES);
    const s = {
      precision: f.predicted ? f.correct / f.predicted : 1,
      recall: f.gold ? f.found / f.gold : 0,
      cleanWarned: f.cleanPosts ? f.cleanWarned / f.cleanPosts : 0,
    };
    size = `${sets.length} sets, ${f.gold} attacks, ${f.cleanPosts} clean posts`;
    const warnedOrdinary =
      ordinary.filter((i) => heldBackProbs[i]! >= t).length / Math.max(1, ordinary.length);
    rows.push(
      `  ${t.toFixed(2)}: P ${pct(s.precision)}  R ${pct(s.recall)}  clean posts warned ${pct(s.cleanWarned)}; held-back ordinary texts warned ${pct(warnedOrdinary)}`,
    );
    if (s.precision < MIN_PRECISION || s.cleanWarned > MAX_CLEAN_POSTS_WARNED) break;
    if (warnedOrdinary > MAX_ORDINARY_GUARD) break;
    chosen = t;
  }
  console.error(`calibration (${size}), the product's own warnings:`);
  rows.forEach((r) => console.error(r));
  console.error(`shipped threshold: ${chosen}`);
  return chosen;
}
