// Lines of text from a PDF's pages, as a person would get by copying them: pdf.js gives each
// page's text as runs placed on the page; runs at the same height are one line, read left to
// right, with a space where there is a gap. Pages are separated by a form feed, which the
// parser reads as a page break (lib/policy/furniture.ts), so running headers can be found.

/** One run of text as pdf.js reports it: `transform[4]` is x, `transform[5]` y (from the bottom). */
export interface TextRun {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** Runs whose baselines differ by less than this share of their height are on one line. */
const SAME_LINE = 0.5;

export function pageLines(runs: readonly TextRun[]): string[] {
  const lines: { y: number; height: number; runs: TextRun[] }[] = [];
  for (const run of runs) {
    if (run.str === '' && !run.hasEOL) continue;
    const y = run.transform[5] ?? 0;
    const height = Math.max(run.height, 1);
    const line = lines.find((l) => Math.abs(l.y - y) < SAME_LINE * Math.max(height, l.height));
    if (line) line.runs.push(run);
    else lines.push({ y, height, runs: [run] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) =>
      joinRuns(line.runs.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0))),
    )
    .filter((text) => text.trim() !== '');
}

function joinRuns(runs: TextRun[]): string {
  let text = '';
  let end: number | undefined;
  for (const run of runs) {
    const x = run.transform[4] ?? 0;
    // A gap wider than a quarter of the text's height is a space the PDF did not write.
    const gap = end !== undefined && x - end > 0.25 * Math.max(run.height, 1);
    if (text && gap && !/\s$/.test(text) && !/^\s/.test(run.str)) text += ' ';
    text += run.str;
    end = x + run.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The whole document: each page's lines, pages separated by a form feed. */
export function documentText(pages: readonly (readonly TextRun[])[]): string {
  return pages.map((runs) => pageLines(runs).join('\n')).join('\n\f\n');
}
