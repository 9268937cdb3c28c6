// Every detector module is registered, named after its file, and tested with a
// table of valid and invalid cases (STYLE.md: "one rule, one module").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectors } from '../lib/detectors';
import type { Detector } from '../lib/detectors/detector';

const dir = fileURLToPath(new URL('../lib/detectors/', import.meta.url));
const PLACEHOLDER = 'not implemented yet';
/**
 * Detectors still being written, excused from needing a table test. Only ids of
 * existing detectors may be listed; remove each as its detector lands.
 */
const ALLOWED_PLACEHOLDERS = [
  'pupil-identifier',
  'school-identifier',
  'pupil-name',
  'staff-name',
  'child-reference',
  'phone-number',
  'email-address',
  'postal-address',
  'parent-contact',
  'disparaging',
];

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
    },
  );

  it('registers nothing but those modules, each once', () => {
    const ids = detectors.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(loaded.map((l) => l.id).sort());
  });

  it('excuses only existing detectors that are still placeholders', () => {
    const placeholders = detectors.filter((d) => d.description === PLACEHOLDER).map((d) => d.id);
    const ids = detectors.map((d) => d.id);
    for (const id of placeholders) expect(ALLOWED_PLACEHOLDERS).toContain(id);
    for (const id of ALLOWED_PLACEHOLDERS) expect(ids).toContain(id);
  });
});

describe('detector tests', () => {
  const implemented = loaded.filter((l) => l.detector.description !== PLACEHOLDER);

  it('accounts for every detector as tested or excused', () => {
    const excused = loaded.filter((l) => ALLOWED_PLACEHOLDERS.includes(l.id));
    expect(implemented.length + excused.length).toBeGreaterThanOrEqual(loaded.length);
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
  it.each(implemented.map((l) => [l.id, l] as const))(
    '%s has a table test with valid and invalid cases',
    (id) => {
      const testFile = `${id}.test.ts`;
      expect(existsSync(join(dir, testFile)), `lib/detectors/${testFile}`).toBe(true);
      const test = source(testFile);
      expect(test).toMatch(/\bdetectorTable\(/);
      expect(hasCases(test, 'valid'), `${testFile}: non-empty valid`).toBe(true);
      expect(hasCases(test, 'invalid'), `${testFile}: non-empty invalid`).toBe(true);
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
