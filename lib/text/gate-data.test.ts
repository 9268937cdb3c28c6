// The built-in patterns' gates (gate-data.ts, `npm run gen:gates`) must be those the
// patterns require today, and sound: every match of every gated pattern, on every
// example sentence in the disparaging, names and detector tests, holds one of its
// pattern's literals.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gatedSources } from '../../scripts/gate-sources';
import { COVER_CUE, NAME_PAIR } from '../names/child-cues';
import { CHILD_CUE_SOURCES } from '../names/child-cue-list';
import { LITERAL_GATES } from './gate-data';
import { lowerAscii } from './fold';
import { requiredLiterals, sourceKey } from './literal-gate';

const sources = gatedSources();
/** Flags as the code compiles each pattern: the child cues are case-sensitive Unicode ones. */
const cueFlags = new Map([
  ...CHILD_CUE_SOURCES.map((c) => [c.source, 'gu'] as const),
  ...[COVER_CUE, NAME_PAIR].map((p) => [p.source, p.flags] as const),
]);

/** Every quoted string of the disparaging and detector tests: a few thousand real sentences. */
function exampleTexts(): string[] {
  const dirs = ['../disparaging/', '../detectors/', '../names/'].map(
    (dir) => new URL(dir, import.meta.url),
  );
  const texts = new Set<string>();
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.ts'))) {
      const code = readFileSync(new URL(file, dir), 'utf8');
      for (const m of code.matchAll(
        /'((?:[^'\\\n]|\\.){12,})'|"((?:[^"\\\n]|\\.){12,})"|`([^`$]{12,})`/g,
      )) {
        texts.add((m[1] ?? m[2] ?? m[3])!.replace(/\\(.)/g, '$1'));
      }
    }
  }
  return [...texts];
}

describe('literal gates of the built-in patterns', () => {
  it('were generated from the patterns as they are now (npm run gen:gates)', () => {
    const stale = sources.filter((source) => {
      const literals = requiredLiterals(source);
      const stored = LITERAL_GATES[sourceKey(source)];
      // '' stands for "requires nothing": read at build time like every other.
      return (literals?.join('|') ?? '') !== stored;
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
      if (!literals || literals[0] === '') continue;
      // The disparaging patterns run on lower-cased text; the cues on the text as written.
      const flags = cueFlags.get(source);
      const re = new RegExp(source, flags ?? 'g');
      for (const text of texts) {
        for (const m of (flags ? text : lowerAscii(text)).matchAll(re)) {
          if (!m[0]) continue;
          matches++;
          // The match, or the text a lookaround reads around it ("Cerys, a child from": the
          // gate is "child"): the gate asks the whole text, so that is all it needs.
          const around = text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 120);
          if (!literals.some((l) => lowerAscii(around).includes(l)))
            misses.push(`${source} ⟶ ${m[0]}`);
        }
      }
    }
    expect(misses).toEqual([]);
    expect(matches).toBeGreaterThan(1000);
  });
});
