// Data entries in lib/ carry documentation for the people who edit them and cases for their
// tests (an act's `note` and `example`, a name rule's `why`, `quiet` and `flagged`) that the
// checker never reads. The extension's build cuts those properties out of the source before
// bundling (wxt.config.ts); tests, the scanner and the docs read the whole entries.
// strip-act-docs.ts and strip-rule-docs.ts say which files, which entries and which keys.
import ts from 'typescript';

export interface DocStripper {
  /** The Vite plugin's name. */
  name: string;
  /** Source files whose entries lose their documentation. */
  module: RegExp;
  /** The properties that are documentation. */
  docKeys: ReadonlySet<string>;
  /** Whether an object literal is such an entry (others keep every property). */
  isEntry: (node: ts.ObjectLiteralExpression) => boolean;
}

/** The source with every documentation property of an entry removed:
 * `{ id: 'scorn/epithets', pattern: '…', note: '…' }` → `{ id: 'scorn/epithets', pattern: '…' }`. */
export function stripDocs(source: string, fileName: string, stripper: DocStripper): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && stripper.isEntry(node)) {
      for (const property of node.properties) {
        if (ts.isPropertyAssignment(property) && stripper.docKeys.has(propertyName(property))) {
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

export function propertyName(property: ts.PropertyAssignment): string {
  const { name } = property;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : '';
}

/** The Vite plugin the extension's build uses; `apply: 'build'` leaves the dev server alone. */
export function stripDocsPlugin(stripper: DocStripper, apply?: 'build') {
  return {
    name: stripper.name,
    enforce: 'pre' as const,
    ...(apply ? { apply } : {}),
    transform(code: string, id: string) {
      return stripper.module.test(id)
        ? { code: stripDocs(code, id, stripper), map: null }
        : undefined;
    },
  };
}
