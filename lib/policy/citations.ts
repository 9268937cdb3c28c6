// Which clauses of a policy each warning and reminder cites, and the line shown beside each.
// The school's own mapping where its pack gives one for a topic (CONTRACTS.md §1), else what
// the policy's own text says (lib/policy/auto-map.ts). An id the policy does not have is never
// cited, and a topic the policy has no clause for cites nothing: the warning says so.
import { FINDING_KINDS } from '../engine/finding';
import { autoMap, clauseMeets } from './auto-map';
import { SEED_REASONS } from './kind-clauses';
import { seedPolicyPack } from './seed';
import {
  FACETS,
  OTHER_TOPIC_IDS,
  REMINDER_IDS,
  TOPIC_IDS,
  TOPICS,
  type OtherTopicId,
  type ReminderId,
  type TopicId,
} from './topics';
import type { PolicyPack } from './types';

export interface Citation {
  id: string;
  /** Why this clause applies, in a line. */
  why: string;
}

export type Citations = Record<TopicId, Citation[]>;

const isReminder = (t: TopicId): t is ReminderId => (REMINDER_IDS as readonly string[]).includes(t);
const isOther = (t: TopicId): t is OtherTopicId =>
  (OTHER_TOPIC_IDS as readonly string[]).includes(t);

/** The ids the pack's own mapping gives a topic, or undefined when it gives none. */
export function storedClauses(pack: PolicyPack, topic: TopicId): string[] | undefined {
  if (isReminder(topic)) return pack.reminderClauses?.[topic];
  if (isOther(topic)) return pack.otherClauses?.[topic];
  return pack.kindClauses?.[topic];
}

/** Clause ids per topic: the pack's mapping where it has one, else the text's. */
export function topicClauses(pack: PolicyPack): Record<TopicId, string[]> {
  const auto = autoMap(pack);
  const known = new Set(pack.clauses.map((c) => c.id));
  return Object.fromEntries(
    TOPIC_IDS.map((t) => [t, (storedClauses(pack, t) ?? auto[t]).filter((id) => known.has(id))]),
  ) as Record<TopicId, string[]>;
}

/**
 * Why a clause applies, in a line: the seed's own reason when this pack's clause is the seed's
 * (same id, same words); else what the facet it meets says ("No contact with parents through
 * personal accounts."); else, for a clause the school chose itself, the topic's general line.
 */
function whyFor(pack: PolicyPack, topic: TopicId, id: string): string {
  const seeded = SEED_REASONS[topic].find((r) => r.id === id);
  const clause = pack.clauses.find((c) => c.id === id);
  const seedText = seedPolicyPack.clauses.find((c) => c.id === id)?.text;
  if (seeded && clause?.text === seedText) return seeded.why;
  const facet = TOPICS[topic].facets.find((f) => clause && clauseMeets(clause, FACETS[f]!));
  return facet ? FACETS[facet]!.says : TOPICS[topic].about;
}

const cache = new WeakMap<PolicyPack, Citations>();

export function citationsFor(pack: PolicyPack): Citations {
  let citations = cache.get(pack);
  if (citations) return citations;
  const ids = topicClauses(pack);
  citations = Object.fromEntries(
    TOPIC_IDS.map((t) => [t, ids[t].map((id) => ({ id, why: whyFor(pack, t, id) }))]),
  ) as Citations;
  cache.set(pack, citations);
  return citations;
}

/** Splits a topic → clauses table into the pack's three fields (CONTRACTS.md §1). */
export function mappingFields(
  byTopic: Record<TopicId, string[]>,
): Required<Pick<PolicyPack, 'kindClauses' | 'reminderClauses' | 'otherClauses'>> {
  const pick = <K extends TopicId>(ids: readonly K[]) =>
    Object.fromEntries(ids.map((t) => [t, byTopic[t]])) as Record<K, string[]>;
  return {
    kindClauses: pick(FINDING_KINDS),
    reminderClauses: pick(REMINDER_IDS),
    otherClauses: pick(OTHER_TOPIC_IDS),
  };
}

/** The pack with the mapping its own text gives written into it, for a school to check. */
export function withFoundMapping(pack: PolicyPack): PolicyPack {
  const { kindClauses: _k, reminderClauses: _r, otherClauses: _o, ...bare } = pack;
  return { ...bare, ...mappingFields(autoMap(bare as PolicyPack)) };
}
