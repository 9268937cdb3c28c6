// A build-only Vite plugin: the name rules' `why` and their `quiet` / `flagged` examples
// are documentation and tests (docs/detectors.md, lib/names/rules/rules.test.ts), never read
// at run time, and together about 12 KB of the service worker's script. The release build
// leaves them empty; tests, the scanner and `npm run gen:rule-docs` read the source as is.
// The rule files are Prettier-formatted, so each such property starts at two spaces'
// indent and runs to the next property at that indent:
//   `  quiet: ['Max 30 per session.'],` → `  quiet: [],`
import type { Plugin } from 'vite';

const RULE_FILE = /[\\/]lib[\\/]names[\\/]rules[\\/][^\\/]+\.ts$/;
const DOC_PROPERTY = /^( {2})(why|quiet|flagged): [\s\S]*?(?=^ {2}[a-z]+[:(]|^\}\);?$)/gm;

export function stripRuleDocs(source: string): string {
  return source.replace(DOC_PROPERTY, (_all, indent: string, key: string) =>
    key === 'why' ? `${indent}why: '',\n` : `${indent}${key}: [],\n`,
  );
}

export function stripRuleDocsPlugin(): Plugin {
  return {
    name: 'strip-rule-docs',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      return RULE_FILE.test(id) && !id.endsWith('.test.ts') ? stripRuleDocs(code) : undefined;
    },
  };
}
