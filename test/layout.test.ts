// The shape of lib/ that the developer guide's map describes (docs/developer.md):
// every module sits in a folder named after its idea, lib/detectors holds
// detectors only, and data modules (word lists, patterns) import nothing but data.
// Import cycles are oxlint's `import/no-cycle` (.oxlintrc.json), run by `npm run lint`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const lib = fileURLToPath(new URL('../lib/', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const modules = walk(lib).filter(
  (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'),
);
const source = new Map(modules.map((f) => [f, readFileSync(f, 'utf8')]));

/** Code that runs: a function, an arrow, a class. A module without any is data. */
const RUNS = /\bfunction\b|=>|\bclass\s/;
/**
 * Strings and comments, in one pass so that neither hides the other: words in
 * them are not code ("a class of 30", "https://…").
 */
const WORDS_ONLY =
  /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|\/\/.*$|\/\*[\s\S]*?\*\//gm;
/** A data module: no code of its own, e.g. lib/contact/street-types.ts. */
export function isDataModule(text: string): boolean {
  return !RUNS.test(text.replace(WORDS_ONLY, ''));
}

/** Relative imports that bring values, not only types: `import { X } from './y'`. */
function valueImports(file: string, text: string): string[] {
  return [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm)].map((m) => {
    const base = resolve(dirname(file), m[1]!);
    return [base + '.ts', base + '.tsx', join(base, 'index.ts')].find((p) => source.has(p)) ?? base;
  });
}

describe('lib/ layout', () => {
  it('has no loose modules at its root: each idea has a folder', () => {
    const loose = readdirSync(lib).filter((f) => /\.tsx?$/.test(f));
    expect(loose).toEqual([]);
  });

  it('keeps nothing but detectors and the registry in lib/detectors', () => {
    const dir = join(lib, 'detectors');
    const others = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
      .filter((f) => !/export default defineDetector\b/.test(source.get(join(dir, f)) ?? ''));
    expect(others).toEqual([]);
  });

  it('lets data modules import only other data', () => {
    // An index.ts gathers modules (the detector registry, a folder's face): not data.
    const data = modules.filter((f) => !f.endsWith('index.ts') && isDataModule(source.get(f)!));
    expect(data.length).toBeGreaterThan(10);
    const wrong = data.flatMap((f) =>
      valueImports(f, source.get(f)!)
        .filter((target) => !source.has(target) || !isDataModule(source.get(target)!))
        .map((target) => `${relative(lib, f)} → ${relative(lib, target)}`),
    );
    expect(wrong).toEqual([]);
  });

  it('tells data from code', () => {
    expect(isDataModule("export const WORDS = ['hope', 'grace'];")).toBe(true);
    expect(isDataModule('export const f = (x: string) => x;')).toBe(false);
    expect(isDataModule('// a function, in words only\nexport const N = 3;')).toBe(true);
    expect(isDataModule("export const NOTES = ['a class of 30', 'maps x => y'];")).toBe(true);
    expect(isDataModule("export const A = `${B} => c`; // 'quoted'")).toBe(true);
    expect(isDataModule("export const A = 'x'; export class B {}")).toBe(false);
  });
});
