// `npm run bench`: the checker against the naive baseline, `nlp(text).people()`,
// on the same texts in the same run, with a 1,000-pupil settings file (issues 2, 15).
// Targets: keystroke p95 ≤ 2 ms on 5,000 characters and ≥ 20× faster than the
// baseline; ≤ 0.5 ms on 280 characters; one changed sentence, checked afresh, p95
// ≤ 0.3 ms; a fresh process (import + create + first check) ≤ 100 ms.
import nlp from 'compromise';
import { beforeAll, bench, describe } from 'vitest';
import { detectors } from '../lib/detectors';
import { createChecker } from '../lib/engine';
import { largeSchool, post, SENTENCES, TYPED } from './fixtures';
import { prepareFreshProcess, type FreshRun } from './fresh-process';
import { ms, time } from './measure';

const settings = largeSchool(1000);
const short = post(280);
const long = post(5000);

/** Each call types one more character at the end, as a keystroke does; every text is new. */
function typist(base: string): () => void {
  const checker = createChecker(settings);
  checker.check(base);
  let round = 0;
  let typed = 0;
  return () => {
    if (typed === TYPED.length) {
      round++;
      typed = 0;
    }
    typed++;
    checker.check(`${base} Note ${round}:${TYPED.slice(0, typed)}`);
  };
}

/** Each call inserts one more character in the middle of the text. */
function middleEditor(base: string): () => void {
  const checker = createChecker(settings);
  checker.check(base);
  const middle = base.indexOf('. ', base.length / 2) + 1;
  let typed = 0;
  return () => {
    typed++;
    checker.check(`${base.slice(0, middle)} Edit ${typed}${base.slice(middle)}`);
  };
}

const coldStart = () => createChecker(settings).check(short);

/** A made-up word for round `i`, so each check of a sentence is a new text ("zqab"). */
function freshWord(i: number): string {
  let word = 'zq';
  do {
    word += String.fromCharCode(97 + (i % 26));
    i = Math.floor(i / 26);
  } while (i > 0);
  return word;
}

/** One changed sentence at a time, none of it cached: the cost of the keystroke's own sentence. */
function changedSentence(): () => void {
  const checker = createChecker(settings);
  const sentences = [...SENTENCES, TYPED.trim()];
  let round = 0;
  return () => {
    const sentence = sentences[round % sentences.length]!;
    const word = freshWord(Math.floor(round++ / sentences.length));
    checker.check(`${sentence.slice(0, -1)} ${word}${sentence.at(-1)}`);
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function freshSummary(runs: FreshRun[], label: string, target = ''): string {
  const pick = (key: 'total' | 'import' | 'create' | 'first' | 'cpu') =>
    median(runs.map((r) => r[key]));
  return (
    `${label}: median of ${runs.length} ${ms(pick('total'))} (import ${ms(pick('import'))}, ` +
    `create ${ms(pick('create'))}, first check ${ms(pick('first'))}; CPU ${ms(pick('cpu'))}), ` +
    `max ${ms(Math.max(...runs.map((r) => r.total)))}${target}`
  );
}

async function freshProcess(): Promise<void> {
  const fresh = await prepareFreshProcess(settings, short);
  const engine = Array.from({ length: 5 }, () => fresh.run('engine'));
  const baseline = Array.from({ length: 3 }, () => fresh.run('baseline'));
  console.log(
    freshSummary(engine, 'fresh process, import + create + first check', ' (target ≤ 100 ms)'),
  );
  console.log(freshSummary(baseline, 'fresh process, import compromise + nlp(text).people()'));
  const breakdown = Array.from({ length: 5 }, () => fresh.run('breakdown'));
  const parts = Object.keys(breakdown[0]!.detectors!).map((id) => {
    const of = (key: 'compile' | 'first') => median(breakdown.map((r) => r.detectors![id]![key]));
    return `${id} ${of('compile').toFixed(1)} + ${of('first').toFixed(1)}`;
  });
  console.log(`  per detector, compile + first check (ms, median): ${parts.join('; ')}`);
}

function summary(): void {
  for (const [name, text, target] of [
    ['keystroke, 280 characters', short, 0.5],
    ['keystroke, 5,000 characters', long, 2],
  ] as const) {
    const engine = time(typist(text), 2000);
    const baseline = time(() => nlp(text).people(), 100, 10);
    console.log(
      `${name}: engine p50 ${ms(engine.wall.p50)}, p95 ${ms(engine.wall.p95)} wall / ` +
        `${ms(engine.cpu.p95)} CPU (target ≤ ${target} ms); nlp(text).people() p50 ${ms(baseline.wall.p50)}; ` +
        `baseline p50 / engine p95 = ${(baseline.wall.p50 / engine.wall.p95).toFixed(1)}× wall, ` +
        `${(baseline.cpu.p50 / engine.cpu.p95).toFixed(1)}× CPU`,
    );
  }
  const sentence = time(changedSentence(), 3000, 300);
  console.log(
    `one changed sentence, not cached: p50 ${ms(sentence.wall.p50)}, p95 ${ms(sentence.wall.p95)} wall / ` +
      `${ms(sentence.cpu.p95)} CPU (target ≤ 0.3 ms)`,
  );
  const edit = time(middleEditor(long), 2000);
  console.log(
    `edit in the middle, 5,000 characters: p50 ${ms(edit.wall.p50)}, p95 ${ms(edit.wall.p95)} wall / ${ms(edit.cpu.p95)} CPU`,
  );
  const cold = time(coldStart, 30, 3);
  console.log(
    `cold start, warm process (new checker + first check): p50 ${ms(cold.wall.p50)}, max ${ms(cold.wall.max)}`,
  );
  const implemented = detectors
    .filter((d) => d.description !== 'not implemented yet')
    .map((d) => d.id);
  console.log(`detectors implemented: ${implemented.length ? implemented.join(', ') : 'none'}`);
}

// Once, before the benches: the fresh processes first, while this process is still quiet.
beforeAll(async () => {
  await freshProcess();
  summary();
}, 300_000);

describe('keystroke, 280 characters', () => {
  bench('engine', typist(short));
  bench('nlp(text).people()', () => void nlp(short).people());
});

describe('keystroke, 5,000 characters', () => {
  bench('engine', typist(long));
  bench('nlp(text).people()', () => void nlp(long).people());
});

describe('edit in the middle, 5,000 characters', () => {
  bench('engine', middleEditor(long));
});

describe('one changed sentence, not cached', () => {
  bench('engine', changedSentence());
});

describe('cold start in a warm process', () => {
  bench('createChecker + first check', () => void coldStart());
});
