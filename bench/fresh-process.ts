// The first check in a fresh process, as a woken service worker pays for it: the
// engine bundled and minified as the extension ships it (esbuild, like the
// background build), then in a new Node process: import it, create a checker for
// the 1,000-pupil school and check a 280-character post. The naive baseline does the
// same with compromise: import it, then `nlp(text).people()`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { checkerDataFileText } from '../lib/engine/shipped-data';
import type { SchoolSettings } from '../lib/settings/types';

export interface FreshRun {
  /** Wall-clock milliseconds from before the import to after the first check. */
  total: number;
  import: number;
  create: number;
  first: number;
  /** The process's CPU time over the same span (all its threads). */
  cpu: number;
  /** Per detector: compile and first detect, in milliseconds (breakdown runs only). */
  detectors?: Record<string, { compile: number; first: number }>;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// Runs in the child. `process.argv`: engine bundle, settings file, text file, mode, data file.
// As in the extension, the engine bundle holds no tone model: the data file is read and
// parsed after the import, as the worker reads data/checker-data.json (counted in "create").
const RUNNER = `
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [bundle, settingsFile, textFile, mode, dataFile] = process.argv.slice(2);
const settings = JSON.parse(readFileSync(settingsFile, 'utf8'));
const text = readFileSync(textFile, 'utf8');
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const m = await import(pathToFileURL(bundle).href);
const t1 = performance.now();
const data = mode === 'baseline' ? undefined : JSON.parse(readFileSync(dataFile, 'utf8'));
let t2, t3, detectors;
if (mode === 'baseline') {
  t2 = t1;
  m.default(text).people();
  t3 = performance.now();
} else if (mode === 'breakdown') {
  // The engine's own loop (lib/engine/index.ts), timed per detector.
  detectors = {};
  const context = m.compileContext(data);
  const compiled = m.detectors.map((d) => {
    const s = performance.now();
    const c = d.compile(settings, context);
    detectors[d.id] = { compile: performance.now() - s, first: 0 };
    return [d, c];
  });
  t2 = performance.now();
  const shared = new Map();
  const memo = (k, f) => (shared.has(k) ? shared.get(k) : (shared.set(k, f()), shared.get(k)));
  const earlier = [];
  for (const [d, c] of compiled) {
    const s = performance.now();
    for (const hit of d.detect(text, c, { earlier, memo })) earlier.push({ ...hit, detector: d.id });
    detectors[d.id].first = performance.now() - s;
  }
  t3 = performance.now();
} else {
  const checker = m.buildChecker(settings, data);
  t2 = performance.now();
  checker.check(text);
  t3 = performance.now();
}
const used = process.cpuUsage(cpu0);
console.log(JSON.stringify({ total: t3 - t0, import: t1 - t0, create: t2 - t1, first: t3 - t2,
  cpu: (used.user + used.system) / 1000, detectors }));
`;

export interface FreshProcess {
  run(mode: 'engine' | 'breakdown' | 'baseline'): FreshRun;
}

/** Bundles the engine and the baseline once; each `run` is a new Node process. */
export async function prepareFreshProcess(
  settings: SchoolSettings,
  text: string,
): Promise<FreshProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'before-you-post-bench-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `export { buildChecker } from ${JSON.stringify(join(ROOT, 'lib/engine/checker'))};\n` +
      `export { compileContext } from ${JSON.stringify(join(ROOT, 'lib/engine/data'))};\n` +
      `export { detectors } from ${JSON.stringify(join(ROOT, 'lib/detectors'))};\n`,
  );
  const bundle = (name: string, entryPoint: string) =>
    build({
      entryPoints: [entryPoint],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      outfile: join(dir, name),
      logLevel: 'silent',
      absWorkingDir: ROOT,
      nodePaths: [join(ROOT, 'node_modules')],
    });
  const baselineEntry = join(dir, 'baseline.ts');
  writeFileSync(baselineEntry, `export { default } from 'compromise';\n`);
  await Promise.all([bundle('engine.mjs', entry), bundle('baseline.mjs', baselineEntry)]);
  writeFileSync(join(dir, 'runner.mjs'), RUNNER);
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings));
  writeFileSync(join(dir, 'text.txt'), text);
  writeFileSync(join(dir, 'checker-data.json'), checkerDataFileText());
  return {
    run(mode) {
      const out = execFileSync(
        process.execPath,
        [
          join(dir, 'runner.mjs'),
          join(dir, mode === 'baseline' ? 'baseline.mjs' : 'engine.mjs'),
          join(dir, 'settings.json'),
          join(dir, 'text.txt'),
          mode,
          join(dir, 'checker-data.json'),
        ],
        { encoding: 'utf8' },
      );
      return JSON.parse(out) as FreshRun;
    },
  };
}
