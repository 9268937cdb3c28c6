// Every detector module is registered, named after its file, and tested with a
// table of valid and invalid cases (STYLE.md: "one rule, one module").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectors } from '../lib/detectors';
import type { Detector } from '../lib/engine/detector';

const dir = fileURLToPath(new URL('../lib/detectors/', import.meta.url));

const source = (file: string) => readFileSync(join(dir, file), 'utf8');
/** Detector modules: those that default-export a detector. Others are data or helpers. */
const detectorFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
  .filter((f) => f !== 'detector.ts' && f !== 'index.ts')
  .filter((f) => /export default defineDetector\b/.test(source(f)));

const loaded = await Promise.all(
  detectorFiles.map(async (f) => {
    const url = pathToFileURL(join(dir, f)).href;
    const module = (await import(/* @vite-ignore */ url)) as { default: Detector<unknown> };
    return { file: f, id: basename(f, '.ts'), detector: module.default };
  }),
);

describe('detector registry', () => {
  it('finds the detector modules', () => {
    expect(detectorFiles.length).toBeGreaterThanOrEqual(10);
  });

  it.each(loaded.map((l) => [l.file, l] as const))(
    '%s is registered, with id = file name',
    (_f, l) => {
      expect(detectors).toContain(l.detector);
      expect(l.detector.id).toBe(l.id);
      expect(l.detector.description.trim()).not.toBe('');
      expect(l.detector.description).not.toMatch(/not implemented/i);
    },
  );

  it('registers nothing but those modules, each once', () => {
    const ids = detectors.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(loaded.map((l) => l.id).sort());
  });
});

const testFile = (id: string) => `${id}.test.ts`;
const hasTest = (id: string) => existsSync(join(dir, testFile(id)));

describe('detector tests', () => {
  it('every detector has a table test', () => {
    expect(loaded.filter((l) => !hasTest(l.id)).map((l) => l.id)).toEqual([]);
  });

  it('tells a table with cases from an empty one', () => {
    expect(
      hasCases("detectorTable(d, { valid: ['May I'], invalid: [{ text: 'x' }] })", 'valid'),
    ).toBe(true);
    expect(hasCases("detectorTable(d, { valid: [], invalid: [{ text: 'x' }] })", 'valid')).toBe(
      false,
    );
    expect(hasCases("detectorTable(d, { valid: ['a'], invalid: [ ] })", 'invalid')).toBe(false);
    expect(hasCases("const valid = ['a'];\ndetectorTable(d, { valid, invalid })", 'valid')).toBe(
      true,
    );
    expect(
      hasCases('const valid: string[] = [];\ndetectorTable(d, { valid, invalid })', 'valid'),
    ).toBe(false);
  });

  const tested = loaded.filter((l) => hasTest(l.id));
  it.each(tested.map((l) => [l.id] as const))(
    '%s.test.ts is a table with valid and invalid cases',
    (id) => {
      const test = source(testFile(id));
      expect(test).toMatch(/\bdetectorTable\(/);
      expect(hasCases(test, 'valid'), `${testFile(id)}: non-empty valid`).toBe(true);
      expect(hasCases(test, 'invalid'), `${testFile(id)}: non-empty invalid`).toBe(true);
    },
  );
});

/** `valid: [ … ]` with something in it, or `valid,` naming a non-empty `const valid = [ … ]`. */
function hasCases(test: string, key: 'valid' | 'invalid'): boolean {
  const inline = new RegExp(`(?<![\\w-])${key}\\s*:\\s*\\[\\s*[^\\]\\s]`);
  const named = new RegExp(`(?<![\\w-])${key}\\s*[,}]`);
  const declared = new RegExp(`const\\s+${key}\\b[^=]*=\\s*\\[\\s*[^\\]\\s]`);
  return inline.test(test) || (named.test(test) && declared.test(test));
}

const CLAUSE_NUMBER = /(['"`])(?:[A-Z]\.)?\d{1,2}(?:\.\d{1,2})+\1/g;
const code = (text: string) => text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
const numbersIn = (text: string) => [...code(text).matchAll(CLAUSE_NUMBER)].map((m) => m[0]);

describe('detectors cite topics, not clause numbers', () => {
  // Each school numbers its policy its own way (lib/policy/citations.ts maps topics to its
  // clauses), so a clause number written into a detector would cite another school's policy.
  // A detector that cites more than its kind names topics (Hit.cites), which the type checks.

  it.each(detectorFiles)('%s has no clause number in its code', (file) => {
    expect(numbersIn(source(file))).toEqual([]);
  });

  it('would see one: a quoted number in code, not in a comment', () => {
    expect(numbersIn("clauses: ['5.5', 'A.5.2'] // 6.9")).toEqual(["'5.5'", "'A.5.2'"]);
    expect(numbersIn("// cites '6.10'\nconst x = 1;")).toEqual([]);
  });
});
