import { useMemo, useState } from 'preact/hooks';
import { searchPolicy } from '../../lib/policy/search';
import type { PolicyPack } from '../../lib/policy/types';
import { ClauseText } from './ClauseText';

export interface PolicySearchProps {
  pack: PolicyPack;
  /** Where a clause lives, e.g. "policy.html#6.13". */
  clauseHref: (id: string) => string;
  initialQuery?: string;
  /** Most results to show; the rest are one link away when moreHref is given. */
  limit?: number;
  moreHref?: (query: string) => string;
  onQueryChange?: (query: string) => void;
  /** Open links in a new tab (the popup); the policy page stays in place. */
  linkTarget?: '_blank';
}

/** One search box over the whole policy: clause numbers or everyday words, best match first. */
export function PolicySearch(props: PolicySearchProps) {
  const { pack, clauseHref, limit = Infinity, moreHref, linkTarget } = props;
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const all = useMemo(() => searchPolicy(pack, query), [pack, query]);
  const shown = all.slice(0, limit);
  // An example number from this school's own policy (a middle clause, not "1.1").
  const example = pack.clauses[Math.floor(pack.clauses.length / 2)]?.id ?? '1.1';
  const update = (value: string) => {
    setQuery(value);
    props.onQueryChange?.(value);
  };
  return (
    <section class="policy-search" aria-label="Search the policy">
      <label>
        <span class="label">Search the policy</span>
        <input
          type="search"
          value={query}
          placeholder={`e.g. "${example}", "friend request", "photos"`}
          onInput={(e) => update(e.currentTarget.value)}
        />
      </label>
      {query.trim() && shown.length === 0 && (
        <p class="search-empty" role="status">
          No clause matches “{query.trim()}”. Try other words, or a clause number like {example}.
        </p>
      )}
      {shown.length > 0 && (
        <ol class="search-results" aria-label={`${all.length} matching clauses`}>
          {shown.map((r) => (
            <li key={r.clause.id}>
              <a href={clauseHref(r.clause.id)} target={linkTarget}>
                Clause {r.clause.id}
              </a>{' '}
              <span class="section">{r.clause.section}</span>
              <ClauseText text={r.clause.text} highlights={r.highlights} />
            </li>
          ))}
        </ol>
      )}
      {moreHref && all.length > shown.length && (
        <a class="more" href={moreHref(query)} target={linkTarget}>
          All {all.length} matches on the policy page
        </a>
      )}
    </section>
  );
}
