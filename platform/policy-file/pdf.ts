// A PDF's text through pdf.js, page by page (lib/policy/pdf-lines.ts makes the lines). Its
// worker is bundled with the extension and loaded from it (the pages' CSP is script-src
// 'self'; nothing comes from a CDN), and pdf.js is told not to evaluate code for fonts.
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
// oxlint-disable-next-line import/default -- Vite's ?url import: the address of the bundled file
import workerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { documentText, type TextRun } from '../../lib/policy/pdf-lines';

GlobalWorkerOptions.workerSrc = workerSrc;

export async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  }).promise;
  try {
    const pages: TextRun[][] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.filter((item): item is TextItem => 'str' in item));
    }
    return documentText(pages);
  } finally {
    await document.destroy();
  }
}
