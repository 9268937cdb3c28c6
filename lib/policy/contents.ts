// Finds the contents table of a pasted policy, so its entries are not read as
// clauses, and keeps its titles: a contents table usually spells headings in
// sentence case where the body shouts them in capitals.
import {
  endsWithPageNumber,
  hasLeaderAndPage,
  isContentsHeading,
  isHeadingLike,
  isTableRow,
  parseNumbered,
  stripMarkup,
} from './lines';
import { PAGE_BREAK } from './furniture';

export interface Contents {
  /** Line numbers that belong to the contents table. */
  skip: Set<number>;
  /** Heading titles by number, e.g. "6" → "Personal use of social media". */
  titles: Map<string, string>;
}

const ENTRY_ID = /^(?:\d{1,3}(?:\.\d{1,3})*|[A-Z](?:\.\d{1,3})*)\.?$/;
const PAGE_TAIL = /[ \t.\u2026\u00b7]+(?:\d{1,3}|[ivxlc]{1,6})$/i;

export function readContents(lines: readonly string[]): Contents {
  const skip = new Set<number>();
  const titles = new Map<string, string>();
  let inContents = false;
  /** Numbers and titles already listed: when one comes again, the body has begun. */
  const listed = new Set<string>();

  lines.forEach((line, i) => {
    if (isTableRow(line)) {
      readTableRow(line, titles);
      for (const id of titles.keys()) listed.add(id);
      return;
    }
    if (isContentsHeading(line)) {
      inContents = true;
      skip.add(i);
      return;
    }
    if (line === '' || line === PAGE_BREAK) return;
    const withoutPage = line.replace(PAGE_TAIL, '');
    const numbered = parseNumbered(withoutPage);
    const title = squash(stripMarkup(numbered?.text ?? withoutPage));
    if (inContents && ((numbered && listed.has(numbered.id)) || listed.has(title))) {
      inContents = false; // "1. Introduction" again: the policy itself starts here
      return;
    }
    const hasPage =
      (inContents && (endsWithPageNumber(line) || /^page$/i.test(line))) || hasLeaderAndPage(line);
    // Without page numbers, a contents table is a run of titles under its heading.
    const isEntry = hasPage || (inContents && isHeadingLike(withoutPage, true));
    if (isEntry && isHeadingLike(withoutPage, true)) {
      skip.add(i);
      listed.add(title);
      if (numbered) {
        listed.add(numbered.id);
        titles.set(numbered.id, stripMarkup(numbered.text));
      }
      return;
    }
    inContents = false;
  });
  return { skip, titles };
}

function squash(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `| 6 | Personal use of social media | 5 |` → "6" → "Personal use of social media". */
function readTableRow(line: string, titles: Map<string, string>): void {
  const cells = line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());
  const at = cells.findIndex((c) => ENTRY_ID.test(c));
  const title = at === -1 ? undefined : cells.slice(at + 1).find((c) => c !== '');
  if (title && !ENTRY_ID.test(title) && !/^\d+$/.test(title)) {
    titles.set(cells[at]!.replace(/\.$/, ''), stripMarkup(title));
  }
}
