// A clause number alone on its line, its text on the next ("1.1" then "Staff set an example…"),
// as Word's automatic numbering often pastes. Joined here into one line, "1.1 Staff set…", so
// the parser sees one numbered line. A bare "7" alone is usually a page number: it is joined
// only when a heading follows and the policy has clauses numbered "7.x".
import { PAGE_BREAK } from './furniture';
import { isHeadingLike, isUndotted, parseLoneNumber, parseNumbered } from './lines';

export interface JoinedNumbers {
  /** The joined text, at the number's line. */
  text: Map<number, string>;
  /** The lines whose text was moved up to their number. */
  consumed: Set<number>;
}

/**
 * @param leftOut lines that are not part of the policy (contents, running headers); a bare
 *   number's own line may be in it, as a page number, and is still considered.
 */
export function joinLoneNumbers(
  lines: readonly string[],
  leftOut: (i: number) => boolean,
): JoinedNumbers {
  const text = new Map<number, string>();
  const consumed = new Set<number>();
  const dotted = new Set<string>();
  for (const line of lines) {
    const id = parseNumbered(line)?.id ?? parseLoneNumber(line);
    if (id) dotted.add(id);
  }
  const hasChildren = (id: string) => [...dotted].some((other) => other.startsWith(id + '.'));

  lines.forEach((line, i) => {
    const id = parseLoneNumber(line);
    if (!id || consumed.has(i)) return;
    let j = i + 1;
    while (j < lines.length && (lines[j] === '' || lines[j] === PAGE_BREAK || leftOut(j))) j++;
    const next = lines[j];
    if (next === undefined || parseLoneNumber(next) || parseNumbered(next)) return;
    if (/^[\p{Ll}\d]/u.test(next)) return; // a wrapped sentence or a table, not a clause's start
    const bare = isUndotted(id) && !line.endsWith('.');
    if (bare && !(isHeadingLike(next) && hasChildren(id))) return; // a page number
    if (!bare && leftOut(i)) return;
    text.set(i, `${id} ${next}`);
    consumed.add(j);
  });
  return { text, consumed };
}
