// `npm run scan -- --settings FILE [--jsonl] [FILE|-]` (CONTRACTS.md §3). Reads
// and checks everything before printing anything, so a bad settings file or a
// bad input line never leaves a partial result on standard output.
import { readFileSync } from 'node:fs';
import { createChecker } from '../lib/engine';
import { seedPolicyPack } from '../lib/policy';
import { formatProblem, parseSettingsJson } from '../lib/settings';
import { readJsonl } from './scan/jsonl';
import { formatReport } from './scan/report';
import { formatExplanation } from './scan/explain';
import type { Decision } from '../lib/engine/trace';

const USAGE =
  'usage: npm run scan -- --settings school-settings.json [--jsonl | --explain] [FILE|-]';

function fail(message: string, status: number): never {
  process.stderr.write(message.endsWith('\n') ? message : message + '\n');
  process.exit(status);
}

interface Options {
  settings: string;
  jsonl: boolean;
  explain: boolean;
  input: string;
}

function parseArgs(args: string[]): Options {
  let settings: string | undefined;
  let jsonl = false;
  let explain = false;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--settings') settings = args[++i];
    else if (arg.startsWith('--settings=')) settings = arg.slice('--settings='.length);
    else if (arg === '--jsonl') jsonl = true;
    else if (arg === '--explain') explain = true;
    else if (arg === '--help' || arg === '-h') fail(USAGE, 0);
    else if (arg.startsWith('-') && arg !== '-') fail(`scan: unknown option ${arg}\n${USAGE}`, 2);
    else inputs.push(arg);
  }
  if (!settings) fail(`scan: --settings is required\n${USAGE}`, 2);
  if (inputs.length > 1) fail(`scan: give one input file, or - for standard input\n${USAGE}`, 2);
  if (jsonl && explain)
    fail(`scan: --explain is for the readable report, not --jsonl\n${USAGE}`, 2);
  return { settings, jsonl, explain, input: inputs[0] ?? '-' };
}

function read(path: string, what: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    return fail(`scan: cannot read ${what} ${path}: ${(error as Error).message}`, 2);
  }
}

const options = parseArgs(process.argv.slice(2));
const parsed = parseSettingsJson(read(options.settings, 'settings file'));
if (!parsed.ok) {
  fail(parsed.problems.map((p) => `${options.settings}: ${formatProblem(p)}`).join('\n'), 1);
}
const source = read(options.input, 'input');
const inputName = options.input === '-' ? 'standard input' : options.input;
const checker = createChecker(parsed.settings);

if (options.jsonl) {
  const batch = readJsonl(source, inputName);
  if (!batch.ok) fail(batch.problems.join('\n'), 1);
  const lines = batch.posts.map(({ id, text, thread }) => {
    const findings = checker
      .check(text, thread === undefined ? undefined : { thread })
      .map(({ detector: _detector, citations: _citations, ...finding }) => finding);
    return JSON.stringify({ id, findings }) + '\n';
  });
  process.stdout.write(lines.join(''));
} else {
  const trace: Decision[] | undefined = options.explain ? [] : undefined;
  const findings = checker.check(source, trace ? { trace } : undefined);
  const report = formatReport(
    inputName,
    source,
    findings,
    parsed.settings.policy ?? seedPolicyPack,
  );
  process.stdout.write(trace ? report + formatExplanation(source, trace, findings) : report);
}
