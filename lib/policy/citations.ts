// Which clauses of a policy each warning and reminder cites (lib/policy/mapping.ts), and the
// line shown beside each. A topic the policy has no clause for cites nothing: the warning says so.
import { clauseMeets } from './auto-map';
import { lazyRecord } from './lazy-record';
import { SEED_REASONS } from './kind-clauses';
import { topicClauses } from './mapping';
import { FACETS, TOPIC_IDS, TOPICS, type TopicId } from './topics';
import type { PolicyPack } from './types';

export interface Citation {
  id: string;
  /** Why this clause applies, in a line. */
  why: string;
}

export type Citations = Record<TopicId, Citation[]>;

/**
 * Why a clause applies, in a line: the seed's own reason when this pack's clause is the seed's
 * (same id, same words); else what the facet it meets says ("No contact with parents through
 * personal accounts."); else, for a clause the school chose itself, the topic's general line.
 */
function whyFor(pack: PolicyPack, seed: PolicyPack, topic: TopicId, id: string): string {
  const seeded = SEED_REASONS[topic].find((r) => r.id === id);
  const clause = pack.clauses.find((c) => c.id === id);
  const seedText = seed.clauses.find((c) => c.id === id)?.text;
  if (seeded && clause?.text === seedText) return seeded.why;
  const facet = TOPICS[topic].facets.find((f) => clause && clauseMeets(clause, FACETS[f]!));
  return facet ? FACETS[facet]!.says : TOPICS[topic].about;
}

const cache = new WeakMap<PolicyPack, WeakMap<PolicyPack, Citations>>();

/**
 * What each topic cites in `pack`, beside the seed's pack (lib/policy/seed.ts, passed in so
 * that the extension's background need not carry its text: lib/engine/data.ts).
 */
export function citationsFor(pack: PolicyPack, seed: PolicyPack): Citations {
  let bySeed = cache.get(pack);
  if (!bySeed) cache.set(pack, (bySeed = new WeakMap()));
  let citations = bySeed.get(seed);
  if (citations) return citations;
  const ids = topicClauses(pack);
  citations = lazyRecord(TOPIC_IDS, (t) =>
    ids[t].map((id) => ({ id, why: whyFor(pack, seed, t, id) })),
  );
  bySeed.set(seed, citations);
  return citations;
}
