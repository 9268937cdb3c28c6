// Page furniture in a policy pasted from a PDF or Word file: page numbers, and the running
// headers and footers that repeat at each page break ("Oakfield Academy | Social Media Policy
// | Page 2 of 5", "Uncontrolled when printed"). Left in, they end up inside clause text.
import { isListItem, isPageNumber, isTableRow, parseLoneNumber, parseNumbered } from './lines';

/** Marks a page break: a form feed in the pasted text, or a new page in a PDF. */
export const PAGE_BREAK = '\f';

/** "… Page 2 of 5", "Page 2 | …", "… | 7": a line that carries its page's number. */
const CARRIES_PAGE =
  /(?:^page[ \t]+\d{1,3}\b|\bpage[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?$|\b\d{1,3}[ \t]+of[ \t]+\d{1,3}$|[|\u2013\u2014-][ \t]*\d{1,3}$)/i;

/** "Page 2 of 5" anywhere in a short line: never part of a clause. */
const PAGE_OF = /\bpage[ \t]+\d{1,3}[ \t]+of[ \t]+\d{1,3}\b/i;

/** How far (in non-blank lines) from a page break a running header or footer sits. */
const NEAR = 3;

/** A line short enough, and unnumbered, to be a running header or footer. */
function isCandidate(line: string): boolean {
  return (
    line !== '' &&
    line !== PAGE_BREAK &&
    line.length <= 100 &&
    !isTableRow(line) &&
    !isListItem(line) &&
    !parseNumbered(line) &&
    !(parseLoneNumber(line) && !isPageNumber(line))
  );
}

/** The same header on every page, whatever its page number: "Page 2 of 5" and "Page 3 of 5" meet. */
const pageless = (line: string) => line.replace(/\d+/g, '#').toLowerCase();

/**
 * Line numbers that are page furniture:
 * - page numbers on their own ("7", "Page 7 of 12", "- 7 -");
 * - a short line that carries a page number and repeats, or follows a page break;
 * - a short line that repeats on three or more pages;
 * - a short line that repeats twice, each time beside a page break (a two-page document's
 *   header, or a footer on only some pages).
 */
export function findFurniture(lines: readonly string[]): Set<number> {
  const furniture = new Set<number>();
  const breaks: number[] = [];
  const groups = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (line === PAGE_BREAK || isPageNumber(line)) {
      breaks.push(i);
      if (line !== PAGE_BREAK) furniture.add(i);
      return;
    }
    if (!isCandidate(line)) return;
    const key = pageless(line);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });

  const content = lines.flatMap((l, i) => (l === '' || l === PAGE_BREAK ? [] : [i]));
  const rank = new Map(content.map((i, n) => [i, n]));
  const breakRanks = breaks.map((b) => nearestRank(content, b));
  const nearBreak = (i: number) => {
    const n = rank.get(i)!;
    if (n < NEAR || n >= content.length - NEAR) return true;
    return breakRanks.some((b) => Math.abs(b - n) <= NEAR);
  };

  for (const indices of groups.values()) {
    const line = lines[indices[0]!]!;
    const withPage = CARRIES_PAGE.test(line);
    const furnished =
      indices.length >= 3 ||
      (indices.length === 2 && (withPage || indices.every(nearBreak))) ||
      (withPage && breaks.length > 0 && indices.every(nearBreak)) ||
      PAGE_OF.test(line);
    if (furnished) for (const i of indices) furniture.add(i);
  }
  return furniture;
}

/** The rank among content lines of the first content line at or after `i`. */
function nearestRank(content: number[], i: number): number {
  const at = content.findIndex((c) => c >= i);
  return at === -1 ? content.length : at;
}
