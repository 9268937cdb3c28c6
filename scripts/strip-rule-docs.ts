// The name rules (lib/names/rules/) carry a one-line `why` and their own `quiet` and
// `flagged` examples: documentation for docs/detectors.md and cases for rules.test.ts,
// about 12 KB that the checker never reads. The extension's build drops them
// (wxt.config.ts), so `defineNameRule({ id: 'names/full-name', why: '…', says: 'flag',
// quiet: […], flagged: […], fires })` ships as `{ id, says, fires }`; tests, the scanner
// and `npm run gen:rule-docs` read the whole rules. Same method as strip-act-docs.ts.
import ts from 'typescript';

/** Source files whose rules lose their documentation and examples. */
export const RULE_MODULE = /[\\/]lib[\\/]names[\\/]rules[\\/](?!.*\.test\.ts$)[^\\/]+\.ts$/;

const DOC_KEYS = new Set(['why', 'quiet', 'flagged']);

/** The source with every `why:`, `quiet:` and `flagged:` property of a name rule removed. */
export function stripRuleDocs(source: string, fileName = 'rules.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && isNameRule(node)) {
      for (const property of node.properties) {
        if (ts.isPropertyAssignment(property) && DOC_KEYS.has(propertyName(property))) {
          // The property and the comma after it, so the object stays well formed.
          const end = source[property.end] === ',' ? property.end + 1 : property.end;
          cuts.push([property.getFullStart(), end]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let from = 0;
  for (const [start, end] of cuts) {
    out += source.slice(from, start);
    from = end;
  }
  return out + source.slice(from);
}

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

function propertyName(property: ts.PropertyAssignment): string {
  const { name } = property;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : '';
}

/** The Vite plugin the extension's build uses (not the tests, which read the examples). */
export function stripRuleDocsPlugin() {
  return {
    name: 'strip-rule-docs',
    apply: 'build' as const,
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      return RULE_MODULE.test(id) ? { code: stripRuleDocs(code, id), map: null } : undefined;
    },
  };
}
