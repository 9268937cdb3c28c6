// `npm run gen:rule-docs`: rewrites the rule table and the score table in the Names section
// of docs/detectors.md from the rule data itself (lib/names/rules/), so the documentation
// cannot drift from the code; test/docs-name-rules.test.ts fails until this is run after a
// rule or a score term changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { withRuleTables } from '../lib/names/rules/rule-table';

const file = new URL('../docs/detectors.md', import.meta.url);
writeFileSync(file, withRuleTables(readFileSync(file, 'utf8')));
