// `npm run gen:rule-docs`: writes docs/name-rules.md, the list of name rules and score
// terms, from the rule data itself (lib/names/rules/), so the documentation cannot drift
// from the code; test/name-rules-doc.test.ts fails until this is run after a rule changes.
import { writeFileSync } from 'node:fs';
import { ruleDocMarkdown } from '../lib/names/rules/rule-table';

writeFileSync(new URL('../docs/name-rules.md', import.meta.url), ruleDocMarkdown());
