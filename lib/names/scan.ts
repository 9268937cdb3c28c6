// The shapes one pass over a text produces: the candidate mentions and the scan that
// holds them. Kept apart from find-names.ts so the evidence rules can read a scan
// without importing the code that makes one (no import cycle).
import type { Entry } from './name-index';
import type { CaseStyle, Token } from './tokens';

export interface Mention {
  start: number;
  end: number;
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
}

export interface Scan {
  tokens: Token[];
  style: CaseStyle;
  candidates: Mention[];
  /** Token index → index into candidates, or -1. */
  candidateOf: Int32Array;
  /** Full names and names that are no ordinary word, taken before the ambiguous ones. */
  firmNames: number;
  mentions: Mention[];
}
