// The shapes one pass over a text produces (the candidate mentions and the scan that
// holds them) and how to move around the tokens of a scan. Every other module of
// lib/names imports these; this module imports only the index and token types, so
// there is no import cycle.
import type { Entry } from './name-index';
import type { CaseStyle, Token } from './tokens';
import type { Fired, ModelEvidence } from '../engine/trace';
import type { Span } from '../text/span';

export interface Mention extends Span {
  entries: Entry[];
  /** First and last token index. */
  from: number;
  to: number;
  /** First (or preferred) name and surname, or a title and a name. */
  full: boolean;
  titled: boolean;
  typo: boolean;
  /** A typo that is itself a real word or name ("Jasmin", "Scarlet"): needs a name-like context. */
  variant?: boolean;
  /** Set when the rules accept it: the id of the rule that flagged it. */
  rule?: string;
  /** Set when a named quiet rule decided it: the id of that rule (rules read it for later
   * mentions of the same name, "Branwen ferch Llŷr … how Branwen was treated"). */
  quietBy?: string;
}

/** What the rules decided about one candidate; kept per candidate only when traced. */
export interface NameDecision {
  verdict: 'flagged' | 'quiet';
  rule: string;
  fired: Fired[];
  score?: { total: number; threshold: number };
  /** The names model's probability and the features that moved it most (model/). */
  model?: ModelEvidence;
}

export interface Scan {
  /** The text the tokens were made from: the typed text, normalised (normalise.ts). */
  text: string;
  /** Offset in `text` → offset in the typed text, when normalising moved characters. */
  offsets?: Int32Array;
  tokens: Token[];
  style: CaseStyle;
  /** 1 for each token inside a famous phrase ("Harry Kane", "Noah's Ark"). */
  famous?: Uint8Array;
  candidates: Mention[];
  /** Token index → index into candidates, or -1. */
  candidateOf: Int32Array;
  /** Full names and names that are no ordinary word, taken before the ambiguous ones. */
  firmNames: number;
  mentions: Mention[];
  /** Keys of the names a quiet rule has decided so far (rules/other-person.ts reads it). */
  quietKeys?: Set<string>;
  /** Parallel to candidates, when the scan was asked for a trace. */
  decisions?: NameDecision[];
}

/** The token before i in the same sentence. */
export function prevIn(tokens: Token[], i: number): Token | undefined {
  return tokens[i]!.sentenceStart ? undefined : tokens[i - 1];
}
/** The token after j in the same sentence. */
export function nextIn(tokens: Token[], j: number): Token | undefined {
  const n = tokens[j + 1];
  return n && !n.sentenceStart ? n : undefined;
}
/** Only white space (or a possessive ’s) between this word and the one before. */
export function adjacent(b: Token | undefined): boolean {
  if (b === undefined) return false;
  const g = b.gapBefore;
  if (g === '' || g === ' ') return true; // the usual cases, without a regular expression
  return /^(?:['’ʼ]s?)?[ \t]+$/.test(g);
}

export function candidateAt(scan: Scan, i: number): Mention | undefined {
  const n = i >= 0 && i < scan.candidateOf.length ? scan.candidateOf[i]! : -1;
  return n >= 0 ? scan.candidates[n] : undefined;
}

export function isGivenName(m: Mention | undefined): boolean {
  return m !== undefined && m.entries.some((e) => e.field !== 'last');
}
