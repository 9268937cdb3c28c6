// policy.html: every clause, linkable as policy.html#6.13, searchable as policy.html?q=words.
import { render } from 'preact';
import { PolicyPage } from '../../components/policy/PolicyPage';
import { readPolicyLocation } from '../../lib/messaging/page-links';
import type { PolicyPack } from '../../lib/policy/types';
import { policyPackFor } from '../../platform/policy-pack';
import { loadEffectiveSettings } from '../../platform/settings-source';
import './style.css';

const root = document.getElementById('app')!;

/** Keeps ?q= in the address so the search can be bookmarked or shared as a link. */
function rememberQuery(query: string) {
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set('q', query.trim());
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
}

function show(pack: PolicyPack) {
  const { query, clause } = readPolicyLocation(location.search, location.hash);
  document.title = clause ? `Clause ${clause} · ${pack.title}` : pack.title;
  render(
    <PolicyPage pack={pack} initialQuery={query} targetId={clause} onQueryChange={rememberQuery} />,
    root,
  );
  if (clause) document.getElementById(clause)?.scrollIntoView({ block: 'start' });
}

async function main() {
  const pack = policyPackFor(await loadEffectiveSettings());
  window.addEventListener('hashchange', () => show(pack));
  show(pack);
}

void main();
