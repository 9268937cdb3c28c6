// Runs the Chrome and Firefox release builds once, in a directory of their own so they never
// race the end-to-end tests' build in .output/chrome-mv3, and says where everything landed.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '../..');
const OUT_DIR = join(ROOT, '.output/release-check');

export interface ReleaseBuild {
  outDir: string;
  chromeDir: string;
  firefoxDir: string;
  zips: string[];
}

export interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: string | { extension_pages?: string };
  content_scripts?: { matches: string[]; js?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string } };
  [key: string]: unknown;
}

/**
 * The command at low CPU priority where `nice` exists, so a build running beside the other
 * tests does not starve the ones that measure time (the checker's speed budgets).
 */
export function politely(command: string, args: string[]): [string, string[]] {
  return process.platform === 'win32' ? [command, args] : ['nice', ['-n', '10', command, ...args]];
}

/** Builds and zips for Chrome and Firefox (10–30 s). */
export async function buildRelease(): Promise<ReleaseBuild> {
  rmSync(OUT_DIR, { recursive: true, force: true }); // no stale zips from an older version
  const env = { ...process.env };
  // Vitest's own settings must not leak into the production build.
  for (const key of Object.keys(env))
    if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key];
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  await promisify(execFile)(...politely(tsx, ['test/release/build-release.ts', OUT_DIR]), {
    cwd: ROOT,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  const dirOf = (prefix: string) => {
    const name = readdirSync(OUT_DIR).find((entry) => entry.startsWith(prefix));
    if (!name) throw new Error(`no ${prefix}* build in ${OUT_DIR}`);
    return join(OUT_DIR, name);
  };
  return {
    outDir: OUT_DIR,
    chromeDir: dirOf('chrome-mv3'),
    firefoxDir: dirOf('firefox-mv'),
    zips: readdirSync(OUT_DIR).filter((entry) => entry.endsWith('.zip')),
  };
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Every file under `dir`, relative to it. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}
