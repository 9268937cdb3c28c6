// Token neighbourhoods, and the test that a listed word belongs to someone else's
// name: "Harry Kane", "Will Smith", "Prince Harry", "C.S. Lewis", "Noah's Ark".
import type { Mention, Scan } from './scan';
import { posOf } from '../text/part-of-speech';
import { CAPITALISED_NEIGHBOURS, OTHER_PERSON_TITLES } from './phrases';
import type { Token } from './tokens';

export function prevIn(tokens: Token[], i: number): Token | undefined {
  return tokens[i]!.sentenceStart ? undefined : tokens[i - 1];
}
export function nextIn(tokens: Token[], j: number): Token | undefined {
  const n = tokens[j + 1];
  return n && !n.sentenceStart ? n : undefined;
}
/** Only white space (or a possessive ’s) between two words. */
export function adjacent(b: Token | undefined): boolean {
  return b !== undefined && /^(?:['’ʼ]s?)?[ \t]+$|^$/.test(b.gapBefore);
}

export function gluedByHyphen(tokens: Token[], m: Mention): boolean {
  const next = tokens[m.to + 1];
  return tokens[m.from]!.gapBefore === '-' || (next !== undefined && next.gapBefore === '-');
}

export function candidateAt(scan: Scan, i: number): Mention | undefined {
  const n = i >= 0 && i < scan.candidateOf.length ? scan.candidateOf[i]! : -1;
  return n >= 0 ? scan.candidates[n] : undefined;
}

export function isGivenName(m: Mention | undefined): boolean {
  return m !== undefined && m.entries.some((e) => e.field !== 'last');
}

function ownSurname(m: Mention, key: string): boolean {
  return m.entries.some((e) => e.person.lastParts.includes(key));
}

/** "Harry Kane", "Will Smith", "Prince Harry", "C.S. Lewis": someone else's name. */
export function partOfAnotherName(m: Mention, scan: Scan): boolean {
  const { tokens, style } = scan;
  const t = tokens[m.from]!;
  const next = nextIn(tokens, m.to);
  const prev = prevIn(tokens, m.from);
  const nextAdj = next !== undefined && adjacent(next) && !tokens[m.to]!.possessive;
  const prevAdj = prev !== undefined && (adjacent(t) || /^\.\s+$/.test(t.gapBefore));
  const nextCand = nextAdj ? candidateAt(scan, m.to + 1) : undefined;
  const prevCand = prevAdj ? candidateAt(scan, m.from - 1) : undefined;
  // A listed surname of someone else right after a given name, or the reverse.
  if (nextCand && !isGivenName(nextCand) && !ownSurname(m, next!.key) && isGivenName(m))
    return true;
  if (prevCand && isGivenName(prevCand) && !isGivenName(m)) {
    const own = prevCand.entries.some((e) => m.entries.some((f) => f.person === e.person));
    if (!own) return true;
  }
  if (prev && prevAdj && OTHER_PERSON_TITLES.has(prev.key)) return true;
  if (style !== 'normal' && style !== 'lower') return false;
  if (prev && prevAdj && prev.raw.length === 1 && prev.shape !== 'lower' && prev.key !== 'i') {
    const initials = m.entries.map((e) => e.person.firstParts[0]?.[0]);
    return !initials.includes(prev.key);
  }
  if (style !== 'normal') return false;
  const possessiveNext = next && tokens[m.to]!.possessive && /^['’ʼ]s?[ \t]+$/.test(next.gapBefore);
  if (
    (nextAdj || possessiveNext) &&
    next!.shape === 'title' &&
    !CAPITALISED_NEIGHBOURS.has(next!.key)
  ) {
    if (!isGivenName(candidateAt(scan, m.to + 1)) || possessiveNext) return true;
  }
  if (prev && prevAdj && prev.shape === 'title' && !CAPITALISED_NEIGHBOURS.has(prev.key)) {
    if (isGivenName(prevCand) && isGivenName(m)) return false;
    if (!prev.sentenceStart) return true;
    const pos = posOf(prev.key);
    return pos === 'name' || pos === 'unknown';
  }
  return false;
}

/** "Sam and the Stolen Stars": a name opening a quoted title. */
export function inQuotedTitle(tokens: Token[], i: number, scan: Scan): boolean {
  if (scan.style !== 'normal' || !/["“‘']\s*$/.test(tokens[i]!.gapBefore)) return false;
  let titled = 0;
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++)
    if (tokens[k]!.shape === 'title') titled++;
  return titled >= 2;
}

const VERSUS = new Set(['v', 'vs', 'versus']);
const NOT_AN_OPPONENT = new Set([
  'year',
  'class',
  'form',
  'team',
  'the',
  'mr',
  'mrs',
  'miss',
  'ms',
  'sir',
  'dr',
]);

/** "Ali v Frazier", "Frazier vs Ali": a contest with someone on no list is a famous bout,
 * match or court case; "Tiago vs Kasia" (both listed) and "Mason v Year 9" still count. */
export function versusUnlisted(m: Mention, scan: Scan): boolean {
  const { tokens } = scan;
  const unlisted = (i: number) => {
    const t = tokens[i];
    return (
      t !== undefined && t.shape === 'title' && !NOT_AN_OPPONENT.has(t.key) && !candidateAt(scan, i)
    );
  };
  const after = nextIn(tokens, m.to);
  if (after && VERSUS.has(after.key) && adjacent(after) && unlisted(m.to + 2)) return true;
  const before = prevIn(tokens, m.from);
  return !!before && VERSUS.has(before.key) && !before.sentenceStart && unlisted(m.from - 2);
}
