// Runs once before the end-to-end tests: checks for Chromium (failing, never
// skipping, when it is missing), builds the extension and bundles the test pages.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { bundleTestPages } from '../pages/build';
import { assertChromium } from './chromium';

export const TEST_PAGES_BUNDLE = resolve(import.meta.dirname, '../../.output/test-pages.js');

export default async function setup(): Promise<void> {
  assertChromium();
  execFileSync('npx', ['wxt', 'build'], {
    cwd: resolve(import.meta.dirname, '../..'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  mkdirSync(dirname(TEST_PAGES_BUNDLE), { recursive: true });
  writeFileSync(TEST_PAGES_BUNDLE, await bundleTestPages());
}
