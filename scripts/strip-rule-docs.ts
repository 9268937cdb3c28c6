// The name rules (lib/names/rules/) carry a one-line `why` and their own `quiet` and
// `flagged` examples: documentation for docs/detectors.md and cases for rules.test.ts,
// about 12 KB that the checker never reads. The extension's build drops them
// (scripts/strip-docs.ts), so `defineNameRule({ id: 'names/full-name', why: '…', says: 'flag',
// quiet: […], flagged: […], fires })` ships as `{ id, says, fires }`.
import ts from 'typescript';
import { type DocStripper, propertyName, stripDocs, stripDocsPlugin } from './strip-docs';

/** Source files whose rules lose their documentation and examples. */
export const RULE_MODULE = /[\\/]lib[\\/]names[\\/]rules[\\/](?!.*\.test\.ts$)[^\\/]+\.ts$/;

/** An object literal whose `id` is a string starting "names/": a name rule. */
function isNameRule(node: ts.ObjectLiteralExpression): boolean {
  return node.properties.some(
    (p) =>
      ts.isPropertyAssignment(p) &&
      propertyName(p) === 'id' &&
      ts.isStringLiteralLike(p.initializer) &&
      p.initializer.text.startsWith('names/'),
  );
}

const RULE_DOCS: DocStripper = {
  name: 'strip-rule-docs',
  module: RULE_MODULE,
  docKeys: new Set(['why', 'quiet', 'flagged']),
  isEntry: isNameRule,
};

/** The source with every `why:`, `quiet:` and `flagged:` property of a name rule removed. */
export const stripRuleDocs = (source: string, fileName = 'rules.ts') =>
  stripDocs(source, fileName, RULE_DOCS);

/** Only for the build: the tests read the examples. */
export const stripRuleDocsPlugin = () => stripDocsPlugin(RULE_DOCS, 'build');
