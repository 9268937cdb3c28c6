// `npm run policy -- FILE` (CONTRACTS.md §6): numbered policy text in (FILE, or
// standard input for `-` or nothing), policy pack JSON out.
import { readFileSync } from 'node:fs';
import { parsePolicy, PolicyParseError } from '../lib/policy/parse';

const file = process.argv[2];
let source: string;
try {
  source = readFileSync(file && file !== '-' ? file : 0, 'utf8');
} catch (error) {
  console.error(`policy: cannot read ${file ?? 'standard input'}: ${(error as Error).message}`);
  process.exit(2);
}
try {
  process.stdout.write(JSON.stringify(parsePolicy(source), null, 2) + '\n');
} catch (error) {
  if (!(error instanceof PolicyParseError)) throw error;
  console.error(`policy: ${file ?? 'standard input'}: ${error.message}`);
  process.exit(1);
}
