// Runs Mozilla's add-on linter (web-ext lint, what addons.mozilla.org runs on upload) on a build.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { politely, ROOT } from './release-build';

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

export interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

export function webExtLint(sourceDir: string): Promise<LintReport> {
  const args = [
    'lint',
    '--source-dir',
    sourceDir,
    '--self-hosted',
    '--output',
    'json',
    '--no-config-discovery',
  ];
  return new Promise((resolve, reject) => {
    // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
    const [command, niceArgs] = politely(join(ROOT, 'node_modules/.bin/web-ext'), args);
    execFile(
      command,
      niceArgs,
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        try {
          resolve(JSON.parse(stdout) as LintReport);
        } catch {
          reject(new Error(`web-ext lint gave no report: ${error?.message ?? ''}\n${stderr}`));
        }
      },
    );
  });
}
