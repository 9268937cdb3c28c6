import type { FindingKind } from '../engine/finding';
import type { OtherTopicId, ReminderId } from './topics';

export interface PolicyClause {
  id: string;
  section: string;
  text: string;
}

export interface PolicyPack {
  format: 'policy-pack';
  version: 1;
  title: string;
  clauses: PolicyClause[];
  /**
   * The school's own mapping (CONTRACTS.md §1, §6): clause ids per kind of finding. A kind
   * left out is worked out from the clauses' text; an empty list means no clause says it.
   */
  kindClauses?: Partial<Record<FindingKind, string[]>>;
  /** The same for the reminders: working-hours, photos, encyclopaedia, school-email. */
  reminderClauses?: Partial<Record<ReminderId, string[]>>;
  /** The same for what some findings add: a defamatory claim, a photo's recorded location. */
  otherClauses?: Partial<Record<OtherTopicId, string[]>>;
  [unknown: string]: unknown;
}
