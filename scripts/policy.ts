// `npm run policy -- FILE` (CONTRACTS.md §6): numbered policy text in (FILE, or
// standard input for `-` or nothing), policy pack JSON out, with the clauses each kind of
// warning and each reminder would cite, worked out from their text for the school to check.
// Anything doubtful (a gap in the numbering, a number used twice…) is listed on standard error.
import { readFileSync } from 'node:fs';
import { withFoundMapping } from '../lib/policy/mapping';
import { policyDoubts } from '../lib/policy/doubts';
import { PolicyParseError, readPolicy } from '../lib/policy/parse';

const file = process.argv[2];
let source: string;
try {
  source = readFileSync(file && file !== '-' ? file : 0, 'utf8');
} catch (error) {
  console.error(`policy: cannot read ${file ?? 'standard input'}: ${(error as Error).message}`);
  process.exit(2);
}
try {
  const reading = readPolicy(source);
  for (const doubt of policyDoubts(reading)) console.error(`policy: check: ${doubt.message}`);
  process.stdout.write(JSON.stringify(withFoundMapping(reading.pack), null, 2) + '\n');
} catch (error) {
  if (!(error instanceof PolicyParseError)) throw error;
  console.error(`policy: ${file ?? 'standard input'}: ${error.message}`);
  process.exit(1);
}
