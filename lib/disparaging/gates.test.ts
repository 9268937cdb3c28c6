// The disparaging patterns' gates (gate-data.ts, `npm run gen:gates`) must be those the
// patterns require today, and sound: every match of every built-in pattern, on every
// example sentence in the disparaging tests, holds one of its pattern's literals.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lowerAscii, requiredLiterals, sourceKey } from '../text/literal-gate';
import { LITERAL_GATES } from './gate-data';
import { builtInSources } from './lexicon';

const sources = [...new Set(builtInSources())];

/** Every quoted string of the disparaging and detector tests: a few thousand real sentences. */
function exampleTexts(): string[] {
  const dirs = [new URL('.', import.meta.url), new URL('../detectors/', import.meta.url)];
  const texts = new Set<string>();
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.ts'))) {
      const code = readFileSync(new URL(file, dir), 'utf8');
      for (const m of code.matchAll(
        /'((?:[^'\\\n]|\\.){12,})'|"((?:[^"\\\n]|\\.){12,})"|`([^`$]{12,})`/g,
      )) {
        texts.add(lowerAscii((m[1] ?? m[2] ?? m[3])!.replace(/\\(.)/g, '$1')));
      }
    }
  }
  return [...texts];
}

describe('disparaging pattern gates', () => {
  it('were generated from the patterns as they are now (npm run gen:gates)', () => {
    const stale = sources.filter((source) => {
      const literals = requiredLiterals(source);
      const stored = LITERAL_GATES[sourceKey(source)];
      return (literals?.join('|') ?? undefined) !== stored;
    });
    expect(stale).toEqual([]);
    expect(Object.keys(LITERAL_GATES).length).toBeGreaterThan(sources.length * 0.9);
  });

  it('are sound: every match on the test sentences holds a literal of its pattern', () => {
    const texts = exampleTexts();
    expect(texts.length).toBeGreaterThan(1000);
    const misses: string[] = [];
    let matches = 0;
    for (const source of sources) {
      const literals = LITERAL_GATES[sourceKey(source)]?.split('|');
      if (!literals) continue;
      const re = new RegExp(source, 'g');
      for (const text of texts) {
        for (const m of text.matchAll(re)) {
          if (!m[0]) continue;
          matches++;
          if (!literals.some((l) => m[0].includes(l))) misses.push(`${source} ⟶ ${m[0]}`);
        }
      }
    }
    expect(misses).toEqual([]);
    expect(matches).toBeGreaterThan(1000);
  });
});
