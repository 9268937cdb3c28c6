// Which clause ids each topic cites in a pack: the school's own mapping where its pack gives one
// for a topic (CONTRACTS.md §1), else what the policy's text says (lib/policy/auto-map.ts). An
// id the policy does not have is never cited. Kept apart from citations.ts (which knows the
// seed policy's reasons), so a page that only needs the numbers does not load the seed.
import { lazyRecord } from './lazy-record';
import { FINDING_KINDS } from '../engine/finding';
import { autoMap } from './auto-map';
import {
  OTHER_TOPIC_IDS,
  REMINDER_IDS,
  TOPIC_IDS,
  type OtherTopicId,
  type ReminderId,
  type TopicId,
} from './topics';
import type { PolicyPack } from './types';

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
  return lazyRecord(TOPIC_IDS, (t) =>
    (storedClauses(pack, t) ?? auto[t]).filter((id) => known.has(id)),
  );
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
