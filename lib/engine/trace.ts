// What `check(text, { trace })` records: every candidate a detector considered,
// flagged or left quiet, with the rules that decided it (after Presidio's
// decision process). Nothing is recorded, and nothing costs, unless asked for.
import type { FindingKind } from './finding';

/** One rule or score term that fired for a candidate, and what it said. */
export interface Fired {
  rule: string;
  /** 'quiet' or 'flag' for a rule; the weight for a score term. */
  said: 'quiet' | 'flag' | number;
  /** Fired after the decision was made, so it did not decide (traces show it to explain). */
  late?: true;
}

export interface Decision {
  detector: string;
  kind: FindingKind;
  /** UTF-16 offsets into the checked text, end exclusive. */
  start: number;
  end: number;
  text: string;
  verdict: 'flagged' | 'quiet';
  /** The id of the rule that decided. */
  rule: string;
  fired: Fired[];
  /** For candidates decided by their context score. */
  score?: { total: number; threshold: number };
  /** For names, when the names model was asked: its probability and the evidence. */
  model?: ModelEvidence;
}

/** A learned model's probability for a candidate and the features that moved it most. */
export interface ModelEvidence {
  probability: number;
  top: { feature: string; weight: number }[];
}

/** What a detector reports to the trace: offsets into the piece it was given. */
export type UnitDecision = Omit<Decision, 'detector' | 'text'>;
