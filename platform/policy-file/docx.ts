// A Word file's text, one paragraph a line, through mammoth. Word's automatic numbering is not
// in the paragraphs' text, so numbered paragraphs (which mammoth gives as nested lists) get
// their numbers back here: "1 Introduction", "1.1 This policy…". Numbering carries on across
// the paragraphs between list items, as Word's multilevel lists do.
import mammoth from 'mammoth';

const NUMBERED = /^\s*(?:\d{1,3}(?:\.\d{1,3})*|[A-Z]\.?\d{1,3}(?:\.\d{1,3})*)\.?(?:\s|$)/;

export async function docxText(bytes: ArrayBuffer): Promise<string> {
  // mammoth's browser build reads `arrayBuffer`, its Node build (the unit tests) `buffer`.
  const input = { arrayBuffer: bytes, buffer: bytes } as { arrayBuffer: ArrayBuffer };
  const { value } = await mammoth.convertToHtml(input);
  return htmlLines(value).join('\n');
}

/** The lines of mammoth's HTML, with a blank line between paragraphs. */
export function htmlLines(html: string): string[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const lines: string[] = [];
  const counters: number[] = [];
  const push = (text: string) => {
    const line = text.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line, '');
  };

  const walkList = (list: Element, depth: number) => {
    for (const item of Array.from(list.children)) {
      if (item.tagName !== 'LI') continue;
      const own = Array.from(item.childNodes)
        .filter((n) => !(n instanceof Element && (n.tagName === 'OL' || n.tagName === 'UL')))
        .map((n) => n.textContent ?? '')
        .join('');
      if (list.tagName === 'OL') {
        counters[depth] = (counters[depth] ?? 0) + 1;
        counters.length = depth + 1;
        const number = counters.map((n) => n ?? 1).join('.');
        push(NUMBERED.test(own) ? own : `${number} ${own}`);
      } else {
        push(`- ${own}`);
      }
      for (const nested of Array.from(item.children)) {
        if (nested.tagName === 'OL' || nested.tagName === 'UL') walkList(nested, depth + 1);
      }
    }
  };

  for (const block of Array.from(body.children)) {
    if (block.tagName === 'OL' || block.tagName === 'UL') walkList(block, 0);
    else if (block.tagName === 'TABLE') {
      for (const row of Array.from(block.querySelectorAll('tr'))) {
        const cells = Array.from(row.children).map((c) => (c.textContent ?? '').trim());
        lines.push(`| ${cells.join(' | ')} |`);
      }
      lines.push('');
    } else push(block.textContent ?? '');
  }
  return lines;
}
