// Turns the word lists into compiled regular expressions, run on a lower-cased
// copy of the text (no case-insensitive flag: V8 matches those far more
// slowly). Entries are bounded pieces (no nested unbounded repeats), so
// matching stays linear in the length of the text. Each entry is compiled
// once: the gates are the same expressions the judge runs.
import { ACTS, type ActKind } from './acts';
import { DISCLAIMERS, NOT_TARGETS, OTHER_WORLDS, PRAISE } from './guards';
import { IRONY_NEGATIVES } from './acts';
import { TARGET_GROUPS } from './targets';
import { PAST_JOBS, THINGS } from './topics';

export interface Span {
  start: number;
  end: number;
}

export interface TargetHit extends Span {
  label: string;
  /** Followed by "'s": "Amelia's mum" is about the mum. */
  owner?: boolean;
  /** A person another check found by name ("Amelia Smith", "Mrs Hughes"), not a group word. */
  named?: boolean;
}

export interface ActHit extends Span {
  kind: ActKind;
}

// A pattern opening with a lookbehind places its own boundary.
const WORDLIKE_START = /^(?:\w|\((?!\?<))/;
const WORDLIKE_END = /[\w)?*+]$/;

/**
 * Entries per compiled expression. V8 compiles each expression on first use,
 * and that compile is the cold-start cost: one expression per entry pays a
 * fixed cost hundreds of times, one huge alternation compiles far more slowly
 * than a few of a few dozen entries.
 */
const CHUNK = 16;

/**
 * A list of patterns, each held to whole words (ASCII `\b`) unless it starts
 * or ends with a symbol, compiled as a few alternations. Matches do not
 * overlap within one list: at each place the first entry that matches wins.
 */
export class WordSet {
  private readonly res: RegExp[] = [];
  constructor(sources: readonly string[]) {
    for (let i = 0; i < sources.length; i += CHUNK) {
      const parts = sources.slice(i, i + CHUNK).map((s) => {
        const start = WORDLIKE_START.test(s) ? '\\b' : '';
        const end = WORDLIKE_END.test(s) ? '\\b' : '';
        return `${start}(?:${s})${end}`;
      });
      this.res.push(new RegExp(parts.join('|'), 'g'));
    }
  }
  test(text: string): boolean {
    return this.res.some((re) => {
      re.lastIndex = 0;
      return re.test(text);
    });
  }
  matches(text: string): Span[] {
    const found: Span[] = [];
    for (const re of this.res) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        if (m[0].length) found.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    return found;
  }
}

/** Lower-cases ASCII letters only, so every offset stays where it was. */
export const lowerAscii = (text: string) => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const ACT_KINDS = Object.keys(ACTS) as ActKind[];

export interface Lexicon {
  /** Per group label: words matched on the lower-cased text, capitals matched as written. */
  targets: { label: string; words: WordSet; capitals: WordSet }[];
  acts: { kind: ActKind; words: WordSet }[];
  notTargets: WordSet;
  praise: WordSet;
  otherWorlds: WordSet;
  disclaimers: WordSet;
  pastJobs: WordSet;
  things: WordSet;
  /** Something gone wrong: turns mock praise into sarcasm. */
  complaints: WordSet;
}

/** The school's own names, from its settings, are targets too ("the school", "the council"). */
export function buildLexicon(schoolNames: string[], councilNames: string[]): Lexicon {
  const lexicon = compileLexicon(schoolNames, councilNames);
  // V8 first compiles an expression to bytecode for its interpreter and only
  // later to machine code; for these long alternations the bytecode step is
  // several times slower than the machine-code one. On a subject of 1,000
  // characters or more V8 compiles straight to machine code: one match on a
  // run of spaces (which no entry matches) compiles every list that way.
  for (const set of allSets(lexicon)) set.test(BLANK);
  return lexicon;
}

const BLANK = ' '.repeat(1024);

function allSets(lexicon: Lexicon): WordSet[] {
  return [
    ...lexicon.targets.flatMap((t) => [t.words, t.capitals]),
    ...lexicon.acts.map((a) => a.words),
    lexicon.notTargets,
    lexicon.praise,
    lexicon.otherWorlds,
    lexicon.disclaimers,
    lexicon.pastJobs,
    lexicon.things,
    lexicon.complaints,
  ];
}

function compileLexicon(schoolNames: string[], councilNames: string[]): Lexicon {
  const extra: Record<string, string[]> = {
    'the school': schoolNames.map((n) => escapeRegex(n.toLowerCase())),
    'the council': councilNames.map((n) => escapeRegex(n.toLowerCase())),
  };
  return {
    targets: TARGET_GROUPS.map((g) => ({
      label: g.label,
      words: new WordSet([...g.patterns, ...(extra[g.label] ?? [])]),
      capitals: new WordSet(g.exact ?? []),
    })),
    acts: ACT_KINDS.map((kind) => ({ kind, words: new WordSet(ACTS[kind]) })),
    notTargets: new WordSet(NOT_TARGETS),
    praise: new WordSet(PRAISE),
    otherWorlds: new WordSet(OTHER_WORLDS),
    disclaimers: new WordSet(DISCLAIMERS),
    pastJobs: new WordSet(PAST_JOBS),
    things: new WordSet(THINGS),
    complaints: new WordSet(IRONY_NEGATIVES),
  };
}

/** The cheap gate: is there any target word (or a name another detector found) in the line? */
export function mentionsTarget(lexicon: Lexicon, lower: string, text: string): boolean {
  return lexicon.targets.some((t) => t.words.test(lower) || t.capitals.test(text));
}

export function mentionsAct(lexicon: Lexicon, lower: string): boolean {
  return lexicon.acts.some((a) => a.words.test(lower));
}
