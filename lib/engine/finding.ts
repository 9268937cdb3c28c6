// The shapes every part of the checker shares. CONTRACTS.md §1 (settings) and §2 (findings).
import type { Span } from '../text/span';

export const FINDING_KINDS = [
  'pupil-name',
  'staff-name',
  'child-reference',
  'pupil-identifier',
  'school-identifier',
  'phone-number',
  'email-address',
  'postal-address',
  'parent-contact',
  'disparaging',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];
export type Severity = 'high' | 'medium' | 'low';

/** One warning, as the background, popup, overlay and scanner see it (CONTRACTS.md §2). */
export interface Finding {
  kind: FindingKind;
  /** UTF-16 offset into the checked text. */
  start: number;
  /** UTF-16 offset, exclusive. */
  end: number;
  /** The flagged characters: `text.slice(start, end)`. */
  text: string;
  /** Policy clause ids, e.g. ["5.4", "6.8"]; empty when the school's policy has no clause on it. */
  clauses: string[];
  /** Each of `clauses` with the line saying why it applies, in the same order. */
  citations?: { id: string; why: string }[];
  severity: Severity;
  /** A sentence a person can read: "Millie is on the Year 4 Oak class list". */
  reason: string;
  /** Id of the detector that raised it. */
  detector: string;
  /** Id of the rule that raised it, e.g. `names/full-name` (CONTRACTS.md §2). */
  rule: string;
  /** A pupil the school has said must not be named online (restriction "name"). */
  restricted?: true;
}

/** What a detector reports; the engine fills in `text`, default clauses and severity. */
export interface Hit extends Span {
  kind: FindingKind;
  reason: string;
  severity?: Severity;
  /**
   * What this hit cites instead of its kind's clauses, by topic, never by number (the school's
   * policy decides the numbers): an address on the school's own domain cites the school-email
   * clauses; a claim that could be defamatory cites the disparaging ones and the law on
   * defamation.
   */
  cites?: (FindingKind | 'school-email' | 'defamation')[];
  /** Id of the rule that raised it; the detector's id when it has one rule. */
  rule?: string;
  /** A pupil the school has said must not be named online (restriction "name"). */
  restricted?: true;
}
