// PLACEHOLDER scanner: `npm run scan -- --settings FILE [--jsonl] [FILE|-]` (CONTRACTS.md §3).
import { readFileSync } from 'node:fs';
import { createChecker } from '../lib/engine';
import { validateSettings } from '../lib/settings';

const args = process.argv.slice(2);
const settingsPath = args[args.indexOf('--settings') + 1];
const jsonl = args.includes('--jsonl');
const input = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--settings');
if (!settingsPath) {
  console.error('usage: npm run scan -- --settings school-settings.json [--jsonl] [FILE|-]');
  process.exit(2);
}
const result = validateSettings(JSON.parse(readFileSync(settingsPath, 'utf8')));
if (!result.ok) {
  for (const p of result.problems) console.error(`${settingsPath}: ${p.path}: ${p.message}`);
  process.exit(1);
}
const checker = createChecker(result.settings);
const text = readFileSync(input && input !== '-' ? input : 0, 'utf8');
if (jsonl) {
  const out: string[] = [];
  text.split('\n').forEach((line) => {
    if (!line.trim()) return;
    const { id, text: postText } = JSON.parse(line) as { id: string; text: string };
    const findings = checker.check(postText).map(({ detector: _d, ...rest }) => rest);
    out.push(JSON.stringify({ id, findings }));
  });
  process.stdout.write(out.join('\n') + '\n');
} else {
  for (const f of checker.check(text))
    console.log(`${f.start}-${f.end} ${f.kind} "${f.text}" (${f.clauses.join(', ')}): ${f.reason}`);
}
