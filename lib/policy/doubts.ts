// What an import preview should ask a person to check in a parsed policy: numbers that skip
// ("6.5 then 6.8"), numbers used twice, clauses so long they may have swallowed a heading or
// the next clause, so short they may be a heading, and text that looks like page furniture.
// Each doubt names its rule, so the preview and its tests can say which fired.
import type { PolicyReading } from './parse';
import type { PolicyClause } from './types';

export type DoubtRule = 'gap' | 'duplicate' | 'long' | 'short' | 'furniture';

export interface Doubt {
  rule: DoubtRule;
  /** The clause it is about, when it is about one. */
  id?: string;
  message: string;
}

/** Longer than any one rule needs: 6.13 of the seed policy, the longest, is about 90 words. */
const LONG_WORDS = 250;
const SHORT_WORDS = 4;
/** "Page 3", "3 of 12", "Uncontrolled when printed", "Version 2.1", "Review date": a page's edge. */
const FURNITURE_IN_TEXT =
  /\bpage \d{1,3}\b|\b\d{1,3} of \d{1,3}\b|\buncontrolled (?:when|if) printed\b|\bversion \d+(?:\.\d+)?\b|\breview date\b|\bprinted copies\b/i;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function policyDoubts(reading: PolicyReading): Doubt[] {
  const { clauses } = reading.pack;
  const doubts: Doubt[] = [...numberingGaps(clauses)];
  for (const { id, as } of reading.renamed) {
    doubts.push({
      rule: 'duplicate',
      id: as,
      message: `The policy numbers two clauses ${id}; the second is kept as ${as}.`,
    });
  }
  for (const c of clauses) {
    const n = words(c.text);
    if (n > LONG_WORDS) {
      doubts.push({
        rule: 'long',
        id: c.id,
        message: `Clause ${c.id} is very long (${n} words): it may run on into a heading or the next clause.`,
      });
    } else if (n <= SHORT_WORDS) {
      doubts.push({
        rule: 'short',
        id: c.id,
        message: `Clause ${c.id} is very short (“${c.text}”): it may be a heading.`,
      });
    }
    const furniture = FURNITURE_IN_TEXT.exec(c.text);
    if (furniture) {
      doubts.push({
        rule: 'furniture',
        id: c.id,
        message: `Clause ${c.id} contains “${furniture[0]}”, which looks like a page header or footer.`,
      });
    }
  }
  return doubts;
}

/** "6.5" then "6.8": the numbers between are missing. A clause's children count as its number. */
function numberingGaps(clauses: PolicyClause[]): Doubt[] {
  const present = new Map<string, Set<number>>();
  for (const { id } of clauses) {
    const parts = id.split('.');
    for (let k = 1; k <= parts.length; k++) {
      const n = Number(parts[k - 1]);
      if (!Number.isInteger(n)) continue;
      const parent = parts.slice(0, k - 1).join('.');
      if (!present.has(parent)) present.set(parent, new Set());
      present.get(parent)!.add(n);
    }
  }
  const doubts: Doubt[] = [];
  for (const [parent, numbers] of present) {
    const sorted = [...numbers].sort((a, b) => a - b);
    let expected = parent === '' ? sorted[0]! : 1;
    for (const n of sorted) {
      if (n > expected) {
        const missing = range(expected, n).map((m) => (parent ? `${parent}.${m}` : `${m}`));
        const before = parent ? `${parent}.${expected - 1}` : `${expected - 1}`;
        const where = expected > 1 ? ` between ${before} and ` : ' before ';
        doubts.push({
          rule: 'gap',
          id: parent ? `${parent}.${n}` : `${n}`,
          message: `No clause ${list(missing)}${where}${parent ? `${parent}.${n}` : n}: check nothing was left out.`,
        });
      }
      expected = n + 1;
    }
  }
  return doubts;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

function list(ids: string[]): string {
  if (ids.length > 3) return `${ids[0]} to ${ids.at(-1)}`;
  return ids.length === 1 ? ids[0]! : `${ids.slice(0, -1).join(', ')} or ${ids.at(-1)}`;
}
