// Bundles the test pages with the real editor libraries, once per test run.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const EDITOR_NAMES = [
  'textarea',
  'contenteditable',
  'shadow',
  'iframe',
  'lexical',
  'draft',
  'quill',
  'tiptap',
  'slate',
] as const;
export type EditorName = (typeof EDITOR_NAMES)[number];

export async function bundleTestPages(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./main.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export function testPageHtml(title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 40px; background: #f5f6f7; color: #1c1e21; }
h1 { font-size: 20px; }
.editor-root { width: 600px; background: #fff; border: 1px solid #ccd0d5; border-radius: 8px; padding: 12px; }
.editor-root [contenteditable], .editor-root textarea { min-height: 120px; outline: none; width: 100%; box-sizing: border-box; font: inherit; }
.editor-root textarea { border: 0; resize: vertical; }
.editor-root p { margin: 0 0 4px; }
</style></head>
<body><h1>${title}</h1><div id="app"></div><script src="/__test-pages.js"></script></body></html>`;
}
