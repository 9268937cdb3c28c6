import { findClause, KIND_POLICY } from '../../lib/policy';
import type { Finding, PolicyPack, Severity } from '../../lib/types';

export const SEVERITY_LABEL: Record<Severity, string> = {
  high: 'High risk',
  medium: 'Check',
  low: 'Note',
};

/** Symbols as well as colours, so severity reads without colour vision. */
const SEVERITY_ICON: Record<Severity, string> = { high: '‼', medium: '⚠', low: 'ℹ' };

export interface FindingCardProps {
  finding: Finding;
  pack: PolicyPack;
  clauseHref: (id: string) => string;
}

/** One warning: what was flagged, why, and every clause it relates to in full. */
export function FindingCard({ finding, pack, clauseHref }: FindingCardProps) {
  const whys = KIND_POLICY[finding.kind]?.clauses ?? [];
  return (
    <article class={`finding severity-${finding.severity}`}>
      <header>
        <span class="severity">
          <span aria-hidden="true">{SEVERITY_ICON[finding.severity]} </span>
          {SEVERITY_LABEL[finding.severity]}
        </span>
        <span class="kind">{KIND_POLICY[finding.kind]?.label ?? finding.kind}</span>
      </header>
      <p class="flagged">
        <q>{finding.text}</q>
      </p>
      {finding.reason && <p class="reason">{finding.reason}</p>}
      <ul class="clauses">
        {finding.clauses.map((id) => {
          const clause = findClause(pack, id);
          const why = whys.find((w) => w.id === id)?.why;
          return (
            <li key={id} class="clause">
              <a href={clauseHref(id)} target="_blank" rel="noreferrer">
                Clause {id}
              </a>
              {why && <p class="why">{why}</p>}
              {clause ? (
                <blockquote class="clause-text">{clause.text}</blockquote>
              ) : (
                <p class="clause-missing">This policy has no clause {id}.</p>
              )}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
