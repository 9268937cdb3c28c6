import type { PolicyClause, PolicyPack } from '../../lib/policy/types';
import { ClauseText } from './ClauseText';
import { PolicySearch } from './PolicySearch';

export interface PolicyPageProps {
  pack: PolicyPack;
  initialQuery?: string;
  /** The clause named in the address (#6.13): marked so the eye lands on it. */
  targetId?: string;
  onQueryChange?: (query: string) => void;
}

function bySection(clauses: PolicyClause[]): [string, PolicyClause[]][] {
  const sections: [string, PolicyClause[]][] = [];
  for (const clause of clauses) {
    const last = sections[sections.length - 1];
    if (last && last[0] === clause.section) last[1].push(clause);
    else sections.push([clause.section, [clause]]);
  }
  return sections;
}

/** Every clause of the policy, each linkable by its number, with the search above. */
export function PolicyPage({ pack, initialQuery, targetId, onQueryChange }: PolicyPageProps) {
  return (
    <main class="policy-page">
      <h1>{pack.title}</h1>
      <PolicySearch
        pack={pack}
        initialQuery={initialQuery}
        clauseHref={(id) => `#${id}`}
        limit={10}
        onQueryChange={onQueryChange}
      />
      {bySection(pack.clauses).map(([section, clauses]) => (
        <section key={section} class="policy-section">
          {section && <h2>{section}</h2>}
          {clauses.map((clause) => {
            const isTarget = clause.id === targetId;
            return (
              <article
                key={clause.id}
                id={clause.id}
                class={isTarget ? 'clause target' : 'clause'}
                aria-current={isTarget ? 'location' : undefined}
              >
                <h3>
                  <a href={`#${clause.id}`}>{clause.id}</a>
                </h3>
                <ClauseText text={clause.text} />
              </article>
            );
          })}
        </section>
      ))}
    </main>
  );
}
