// A name rule is data: an id, a one-line why, the examples that are its tests, what it
// says when it fires (flag the word as a person's name, or leave it quiet) and the
// test itself (STYLE.md, "Every decision has a name"). Rules read a candidate through
// a Look, made once per candidate, so each rule is a few lines about one idea.
import type { Mention, Scan } from './scan';
import { candidateAt, nextIn, prevIn } from './scan';
import type { NameIndex } from './name-index';
import type { Token } from './tokens';

export interface Look {
  m: Mention;
  scan: Scan;
  index: NameIndex;
  /** The piece of text the scan was made from. */
  text: string;
  tokens: Token[];
  /** First and last token of the candidate. */
  t: Token;
  end: Token;
  /** Neighbours in the same sentence. */
  prev: Token | undefined;
  next: Token | undefined;
  /** A single word that is also an ordinary word (Will, May, Bird): needs evidence. */
  ambiguous: boolean;
  /** Every entry it matches is a surname. */
  onlyLast: boolean;
  /** Up to 60 characters of text after the candidate, for the rules that read on. */
  after: string;
  /** Worked out by the someone-else rules, once (rules/other-person.ts). */
  neighbours?: unknown;
}

export function lookAt(
  m: Mention,
  scan: Scan,
  index: NameIndex,
  text: string,
  ambiguous: boolean,
): Look {
  const { tokens } = scan;
  return {
    m,
    scan,
    index,
    text,
    tokens,
    t: tokens[m.from]!,
    end: tokens[m.to]!,
    prev: prevIn(tokens, m.from),
    next: nextIn(tokens, m.to),
    ambiguous,
    onlyLast: m.entries.every((e) => e.field === 'last'),
    after: text.slice(m.end, m.end + 60),
  };
}

export interface NameRule {
  /** `names/…`, unique; findings and traces carry it. */
  id: string;
  /** One line: why the rule is right. */
  why: string;
  /** What the rule decides when it fires. */
  says: 'flag' | 'quiet';
  /** Texts (for the example school, test/fixtures/rule-school.ts) where this rule
   * leaves a listed word quiet, or, for a flagging rule, near misses it must not flag. */
  quiet: readonly string[];
  /** Texts where a listed word is flagged: by this rule, or despite it for a quiet rule. */
  flagged: readonly string[];
  fires(look: Look): boolean;
}

export function defineNameRule(rule: NameRule): NameRule {
  return rule;
}

const textFacts = new WeakMap<Scan, Map<RegExp, boolean>>();

/** Whether the whole text matches `pattern`, worked out once per scan: rules ask it for
 * every candidate, and a long text has thousands. */
export function textHas(look: Look, pattern: RegExp): boolean {
  let facts = textFacts.get(look.scan);
  if (!facts) textFacts.set(look.scan, (facts = new Map()));
  let has = facts.get(pattern);
  if (has === undefined) {
    pattern.lastIndex = 0;
    has = pattern.test(look.text);
    facts.set(pattern, has);
  }
  return has;
}

/** "Heulwen a Tesni", "Steffan ac Efa": between two names "a" / "ac" is Welsh for "and",
 * not an article (no English sentence puts "a" between two people's names). */
export function welshAnd({ prev, t, tokens, m, scan }: Look): boolean {
  return (
    (prev?.raw === 'a' || prev?.raw === 'ac') &&
    /^[ \t]+$/.test(t.gapBefore) &&
    /^[ \t]+$/.test(prev.gapBefore) &&
    !tokens[m.from - 1]!.sentenceStart &&
    candidateAt(scan, m.from - 2) !== undefined
  );
}
