// Each clause id once, without losing a clause. An appendix that numbers its clauses afresh
// ("Appendix 1" then "1.1 …", when the policy already has a 1.1) gets its ids prefixed
// ("App1.1.1", or "B.1.1" for a lettered appendix, as "A.5.2" is written). A contents entry
// that slipped through ("1.1 Purpose", a title) gives way to the clause with the same number.
// Any other number used twice keeps both clauses: the second becomes "3.2(2)", and the
// import preview says so.
import type { PolicyClause } from './types';
import { isHeadingLike } from './lines';

export interface RawClause extends PolicyClause {
  /** "appendix:1", "annex:B": the appendix the clause sits in, if any. */
  appendix?: string;
}

export interface Renamed {
  id: string;
  as: string;
}

const PREFIX: Record<string, string> = {
  appendix: 'App',
  annex: 'Ann',
  annexe: 'Ann',
  schedule: 'Sch',
};

function prefixFor(appendix: string): string {
  const [kind, label] = appendix.split(':') as [string, string];
  return /^[A-Z]$/.test(label) ? `${label}.` : `${PREFIX[kind] ?? 'App'}${label}.`;
}

/** A title rather than a clause: what a contents entry looks like. */
const isTitle = (c: PolicyClause) => isHeadingLike(c.text) && c.text.split(/\s+/).length <= 12;

export function settleIds(raw: RawClause[]): { clauses: PolicyClause[]; renamed: Renamed[] } {
  const withPrefixes = prefixRestartedAppendices(raw);
  const clauses: PolicyClause[] = [];
  const renamed: Renamed[] = [];
  for (const clause of withPrefixes) {
    const at = clauses.findIndex((c) => c.id === clause.id);
    if (at === -1) {
      clauses.push(clause);
    } else if (isTitle(clauses[at]!) && !isTitle(clause)) {
      clauses[at] = clause;
    } else if (isTitle(clause) && !isTitle(clauses[at]!)) {
      continue;
    } else {
      let n = 2;
      while (clauses.some((c) => c.id === `${clause.id}(${n})`)) n++;
      const as = `${clause.id}(${n})`;
      renamed.push({ id: clause.id, as });
      clauses.push({ ...clause, id: as });
    }
  }
  return { clauses, renamed };
}

function prefixRestartedAppendices(raw: RawClause[]): PolicyClause[] {
  const seen = new Set<string>();
  const out: PolicyClause[] = [];
  let i = 0;
  while (i < raw.length) {
    const appendix = raw[i]!.appendix;
    let end = i;
    while (end < raw.length && raw[end]!.appendix === appendix) end++;
    const group = raw.slice(i, end);
    const restarts = appendix !== undefined && group.some((c) => seen.has(c.id));
    for (const { appendix: _, ...clause } of group) {
      const id = restarts ? prefixFor(appendix) + clause.id : clause.id;
      out.push({ ...clause, id });
    }
    for (const c of group) seen.add(c.id);
    i = end;
  }
  return out;
}
