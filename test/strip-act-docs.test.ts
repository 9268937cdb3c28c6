// The build ships the act vocabulary without its notes and examples
// (scripts/strip-act-docs.ts). Bundled the same way, the stripped modules must hold
// exactly the full entries less those two fields, in the same order, and every
// pattern the checker compiles must be the same.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as full from '../lib/disparaging/acts';
import { ACT_MODULE, stripActDocs } from '../scripts/strip-act-docs';

const stripping: Plugin = {
  name: 'strip-act-docs',
  setup(b) {
    // esbuild's filters are Go expressions, without look-ahead: the plugin's own test decides.
    b.onLoad({ filter: /\.ts$/ }, (args) =>
      ACT_MODULE.test(args.path)
        ? { contents: stripActDocs(readFileSync(args.path, 'utf8'), args.path), loader: 'ts' }
        : undefined,
    );
  },
};

async function bundle(plugins: Plugin[]): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('../lib/disparaging/acts/index.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    plugins,
  });
  return out.outputFiles[0]!.text;
}

describe('the act vocabulary as the extension ships it', () => {
  it('has every entry, in order, less its note and example', async () => {
    const code = await bundle([stripping]);
    const file = join(mkdtempSync(join(tmpdir(), 'acts-')), 'acts.mjs');
    writeFileSync(file, code);
    const stripped = (await import(pathToFileURL(file).href)) as typeof full;
    const withoutDocs = Object.fromEntries(
      Object.entries(full.ACT_ENTRIES).map(([kind, entries]) => [
        kind,
        entries.map(({ id, pattern }) => ({ id, pattern })),
      ]),
    );
    expect(stripped.ACT_ENTRIES).toEqual(withoutDocs);
    expect(stripped.ACTS).toEqual(full.ACTS);
    expect(stripped.IRONY_NEGATIVES).toEqual(full.IRONY_NEGATIVES);
    // Nothing of the documentation is left: no example sentence, no note.
    const insult = full.ACT_ENTRIES.insult[0]!;
    expect(code).not.toContain(insult.example);
    expect(code).not.toContain(insult.note.slice(0, 30));
  });

  it('is much smaller than the whole vocabulary', async () => {
    const whole = (await bundle([])).length;
    const shipped = (await bundle([stripping])).length;
    expect(shipped).toBeLessThan(whole * 0.6);
  });

  it('keeps an entry well formed whatever the order of its fields', () => {
    const source = `const A = [{ note: 'n', id: 'a/b', example: 'e', pattern: 'x' }, { id: 'c/d', pattern: 'y', note: 'm', }];`;
    expect(stripActDocs(source)).toBe(
      `const A = [{ id: 'a/b', pattern: 'x' }, { id: 'c/d', pattern: 'y', }];`,
    );
  });
});
