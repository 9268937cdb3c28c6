// The act vocabulary (lib/disparaging/acts/) carries a note and an example sentence on every
// entry: about 50 KB that the checker never reads. The extension's build drops them
// (scripts/strip-docs.ts), so `{ id: 'scorn/epithets', pattern: '…', note: '…', example: '…' }`
// ships as `{ id: 'scorn/epithets', pattern: '…' }`. strip-act-docs.test.ts bundles the
// stripped modules and checks they agree.
import ts from 'typescript';
import { type DocStripper, propertyName, stripDocs, stripDocsPlugin } from './strip-docs';

/** Source files whose entries lose their notes and examples. */
export const ACT_MODULE = /[\\/]lib[\\/]disparaging[\\/]acts[\\/](?!.*\.test\.ts$)[^\\/]+\.ts$/;

/** An object literal with `id` and `pattern`: the shape of ActEntry (acts/entry.ts). */
function isActEntry(node: ts.ObjectLiteralExpression): boolean {
  const names = node.properties.filter(ts.isPropertyAssignment).map(propertyName);
  return names.includes('id') && names.includes('pattern');
}

const ACT_DOCS: DocStripper = {
  name: 'strip-act-docs',
  module: ACT_MODULE,
  docKeys: new Set(['note', 'example']),
  isEntry: isActEntry,
};

/** The source with every `note:` and `example:` property of an act entry removed. */
export const stripActDocs = (source: string, fileName = 'acts.ts') =>
  stripDocs(source, fileName, ACT_DOCS);

export const stripActDocsPlugin = () => stripDocsPlugin(ACT_DOCS);
