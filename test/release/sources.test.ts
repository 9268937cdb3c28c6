// Privacy claims that hold for our own code, checked on the sources (the shipped bundles also
// contain libraries, which may mention network APIs on paths we never call).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, ROOT } from './release-build';

const SHIPPED_DIRS = ['lib', 'entrypoints', 'components', 'platform'];

/** Every shipped source file (tests excluded: they never reach the extension). */
function shippedSources(): { file: string; code: string }[] {
  return SHIPPED_DIRS.flatMap((dir) =>
    listFiles(join(ROOT, dir))
      .filter((file) => /\.(m?[jt]sx?|html)$/.test(file) && !/\.(test|bench)\.tsx?$/.test(file))
      .map((file) => ({
        file: `${dir}/${file}`,
        code: readFileSync(join(ROOT, dir, file), 'utf8'),
      })),
  );
}

/** Drops comments, so a comment saying "we never call fetch()" is not a finding. Approximate, on purpose. */
function stripComments(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/<!--[\s\S]*?-->/g, '');
}

const NETWORK_APIS: [string, RegExp][] = [
  // Except a file of the extension's own, by its extension URL: local, never the network
  // (platform/background/checker-data.ts reads the checker's data beside background.js).
  ['fetch()', /\bfetch\s*\((?!\s*browser\.runtime\.getURL\()/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['EventSource', /\bEventSource\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['eval()', /\beval\s*\(/],
  ['new Function()', /\bnew\s+Function\s*\(/],
];

const SYNC_STORAGE: RegExp[] = [/\bstorage\s*\.\s*sync\b/, /["'`]sync:/];

function findings(patterns: [string, RegExp][]): string[] {
  return shippedSources().flatMap(({ file, code }) =>
    patterns
      .filter(([, pattern]) => pattern.test(stripComments(code)))
      .map(([name]) => `${file}: ${name}`),
  );
}

describe('our sources', () => {
  it('make no network requests and evaluate no code (no fetch, XHR, WebSocket, beacon, eval)', () => {
    expect(shippedSources().length).toBeGreaterThan(10);
    expect(findings(NETWORK_APIS)).toEqual([]);
  });

  it('never use storage.sync: class lists stay in storage.local', () => {
    expect(findings(SYNC_STORAGE.map((pattern) => ['storage.sync', pattern]))).toEqual([]);
    const storage = readFileSync(join(ROOT, 'platform/storage.ts'), 'utf8');
    const keys = [...storage.matchAll(/defineItem(?:<[^(]*>)?\(\s*["'`]([^"'`]+)["'`]/g)].map(
      (match) => match[1],
    );
    expect(keys).toContain('local:settings');
    // managed: is read-only, pushed by the school's IT through browser policy; never synced.
    for (const key of keys) expect(key).toMatch(/^(local|session|managed):/);
  });

  it('the checks see through comments but not past real calls', () => {
    expect(stripComments('// we never call fetch(url)\nconst a = 1;')).not.toMatch(
      NETWORK_APIS[0]![1],
    );
    expect(stripComments('/* fetch(url) */ const a = 1;')).not.toMatch(NETWORK_APIS[0]![1]);
    expect(stripComments('const url = "https://x"; await fetch(url); // load')).toMatch(
      NETWORK_APIS[0]![1],
    );
    expect(stripComments("storage.defineItem('sync:settings')")).toMatch(SYNC_STORAGE[1]!);
    // The extension's own files are not the network; anything else is.
    expect('await fetch(browser.runtime.getURL(`/${FILE}`))').not.toMatch(NETWORK_APIS[0]![1]);
    expect('await fetch(`https://x/${browser.runtime.getURL("/")}`)').toMatch(NETWORK_APIS[0]![1]);
  });
});
