// Runs once before the end-to-end tests: checks for Chromium and Firefox ESR (failing, never
// skipping, when either is missing), builds the extension for both and bundles the test pages.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { bundleTestPages } from '../pages/build';
import { assertChromium } from './chromium';
import { assertFirefox } from './firefox';

export const TEST_PAGES_BUNDLE = resolve(import.meta.dirname, '../../.output/test-pages.js');

export default async function setup(): Promise<void> {
  assertChromium();
  assertFirefox();
  for (const args of [
    ['wxt', 'build'],
    ['wxt', 'build', '-b', 'firefox'],
  ]) {
    execFileSync('npx', args, {
      cwd: resolve(import.meta.dirname, '../..'),
      stdio: ['ignore', 'ignore', 'inherit'],
      // The build users get: under vitest NODE_ENV is "test", which Vite keeps, and Preact's
      // preset then compiles JSX for development (component names and source lines in the
      // bundle, about 4 KB more content script) — not what ships.
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  mkdirSync(dirname(TEST_PAGES_BUNDLE), { recursive: true });
  writeFileSync(TEST_PAGES_BUNDLE, await bundleTestPages());
}
