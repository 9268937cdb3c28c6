// The act vocabulary (lib/disparaging/acts/) carries a note and an example sentence on every
// entry: documentation for the people who edit it and cases for its tests, about 50 KB that
// the checker never reads. The extension's build drops them (wxt.config.ts), so
// `{ id: 'scorn/epithets', pattern: '…', note: '…', example: '…' }` ships as
// `{ id: 'scorn/epithets', pattern: '…' }`; tests, the scanner and the docs read the whole
// entries. strip-act-docs.test.ts bundles the stripped modules and checks they agree.
import ts from 'typescript';

/** Source files whose entries lose their notes and examples. */
export const ACT_MODULE = /[\\/]lib[\\/]disparaging[\\/]acts[\\/](?!.*\.test\.ts$)[^\\/]+\.ts$/;

const DOC_KEYS = new Set(['note', 'example']);

/** The source with every `note:` and `example:` property of an act entry removed. */
export function stripActDocs(source: string, fileName = 'acts.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && isActEntry(node)) {
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
  // Cuts are in source order and never overlap: join what lies between them.
  let out = '';
  let from = 0;
  for (const [start, end] of cuts) {
    out += source.slice(from, start);
    from = end;
  }
  return out + source.slice(from);
}

/** An object literal with `id` and `pattern`: the shape of ActEntry (acts/entry.ts). */
function isActEntry(node: ts.ObjectLiteralExpression): boolean {
  const names = node.properties.filter(ts.isPropertyAssignment).map(propertyName);
  return names.includes('id') && names.includes('pattern');
}

function propertyName(property: ts.PropertyAssignment): string {
  const { name } = property;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : '';
}

/** The Vite plugin the extension's build uses. */
export function stripActDocsPlugin() {
  return {
    name: 'strip-act-docs',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      return ACT_MODULE.test(id) ? { code: stripActDocs(code, id), map: null } : undefined;
    },
  };
}
