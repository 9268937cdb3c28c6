// The scanner's readable report: findings grouped by kind, each with where it
// is, what was flagged and why, then the policy clauses they cite.
import { findClause } from '../../lib/policy';
import { clauseReason, KIND_POLICY } from '../../lib/policy/kind-clauses';
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
  const cited = new Set<string>();
  for (const kind of FINDING_KINDS) {
    const ofKind = findings.filter((f) => f.kind === kind);
    if (ofKind.length === 0) continue;
    const policy = KIND_POLICY[kind];
    out.push('', `${policy.label} (${kind}, ${policy.severity}): ${ofKind.length}`);
    for (const f of ofKind) {
      const { line, column } = lineAndColumn(text, f.start);
      f.clauses.forEach((id) => cited.add(id));
      out.push(
        `  ${line}:${column}  "${oneLine(f.text)}"  ${f.reason}  [${f.clauses.join(', ')}]` +
          (f.severity === policy.severity ? '' : ` (${f.severity})`),
      );
    }
  }
  out.push('', 'Policy clauses:');
  for (const id of [...cited].sort(byClauseId)) {
    const clause = findClause(pack, id);
    const why = clauseReason(id);
    const section = clause ? ` (${clause.section || pack.title})` : ' (not in this policy)';
    out.push(`  ${id}${section}${why ? `: ${why}` : ''}`);
  }
  return out.join('\n') + '\n';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function byClauseId(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
