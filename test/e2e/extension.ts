// Real Chromium with the built extension loaded, for end-to-end tests.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');

/** The chrome.* calls tests make inside the extension's service worker. */
export interface WorkerChrome {
  storage: Record<'local' | 'session', { set(items: object): Promise<void> }>;
  action: { getTitle(details: object): Promise<string> };
}

/** Builds into a directory of the caller's own, so test files never race each other's builds. */
export async function buildExtension(name: string): Promise<string> {
  const outDir = join(ROOT, '.output', name);
  rmSync(outDir, { recursive: true, force: true });
  const env = { ...process.env };
  // Vitest's own settings must not leak into the production build.
  for (const key of Object.keys(env)) {
    if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key];
  }
  await promisify(execFile)(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['test/e2e/build-extension.ts', outDir],
    { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 },
  );
  return join(outDir, 'chrome-mv3');
}

export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  close: () => Promise<void>;
}

export async function launchExtension(extensionDir: string): Promise<LaunchedExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'byp-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    id: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
