// The scanner's readable report: findings grouped by kind, each with where it
// is, what was flagged and why, then the policy clauses they cite.
import { citationsFor, findClause, seedPolicyPack } from '../../lib/policy';
import { KIND_POLICY } from '../../lib/policy/kind-clauses';
import { lineAndColumn } from '../../lib/settings/json';
import { FINDING_KINDS, type Finding } from '../../lib/engine/finding';
import { type PolicyPack } from '../../lib/policy/types';

export function formatReport(
  name: string,
  text: string,
  findings: Finding[],
  pack: PolicyPack,
): string {
  if (findings.length === 0) return `${name}: no warnings.\n`;
  const out = [`${name}: ${findings.length} ${findings.length === 1 ? 'warning' : 'warnings'}`];
  /** Each cited clause with why it applies, from the first finding that cites it. */
  const cited = new Map<string, string | undefined>();
  for (const kind of FINDING_KINDS) {
    const ofKind = findings.filter((f) => f.kind === kind);
    if (ofKind.length === 0) continue;
    const policy = KIND_POLICY[kind];
    out.push('', `${policy.label} (${kind}, ${policy.severity}): ${ofKind.length}`);
    for (const f of ofKind) {
      const { line, column } = lineAndColumn(text, f.start);
      for (const id of f.clauses) {
        if (!cited.has(id)) cited.set(id, whyOf(f, id, pack));
      }
      out.push(
        `  ${line}:${column}  "${oneLine(f.text)}"  ${f.reason}  ${citedAs(f.clauses)}` +
          (f.severity === policy.severity ? '' : ` (${f.severity})`),
      );
    }
  }
  out.push('', 'Policy clauses:');
  for (const [id, why] of [...cited].sort(([a], [b]) => byClauseId(a, b))) {
    const clause = findClause(pack, id);
    const section = clause ? ` (${clause.section || pack.title})` : ' (not in this policy)';
    out.push(`  ${id}${section}${why ? `: ${why}` : ''}`);
  }
  return out.join('\n') + '\n';
}

/** Why the clause applies: as the checker said, or as this policy's mapping for the kind says. */
function whyOf(f: Finding, id: string, pack: PolicyPack): string | undefined {
  const own = f.citations ?? citationsFor(pack, seedPolicyPack)[f.kind];
  return own.find((c) => c.id === id)?.why;
}

/** "[5.4, 6.8]", or says plainly that the school's policy has no clause on it. */
function citedAs(ids: string[]): string {
  return ids.length > 0 ? `[${ids.join(', ')}]` : '[no clause of this policy covers it]';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function byClauseId(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
