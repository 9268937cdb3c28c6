// `npm run bench`: the checker against the naive baseline, `nlp(text).people()`,
// on the same texts in the same run, with a 1,000-pupil settings file (issue 2).
// Targets: keystroke p95 ≤ 2 ms on 5,000 characters and ≥ 20× faster than the
// baseline; ≤ 0.5 ms on 280 characters; cold start (create + first check) ≤ 100 ms.
import nlp from 'compromise';
import { beforeAll, bench, describe } from 'vitest';
import { detectors } from '../lib/detectors';
import { createChecker } from '../lib/engine';
import { largeSchool, post, TYPED } from './fixtures';
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

// The very first checker in this process, before anything below warms it up:
// every lazy table (and compromise's tagger) still to build.
const first = time(coldStart, 1, 0);

function summary(): void {
  console.log(
    `cold start, first in the process (createChecker + first check): wall ${ms(first.wall.max)}, ` +
      `CPU ${ms(first.cpu.max)} (target ≤ 100 ms)`,
  );
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

// Once, before the benches.
beforeAll(summary, 300_000);

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

describe('cold start', () => {
  bench('createChecker + first check', () => void coldStart());
});
