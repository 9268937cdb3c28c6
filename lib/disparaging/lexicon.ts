// Turns the word lists into compiled regular expressions. Each list entry is
// its own small expression, run on a lower-cased copy of the text: V8 matches
// one short alternation with a known first letter far faster than one giant
// case-insensitive alternation. Entries are bounded pieces (no nested unbounded
// repeats), so matching stays linear in the length of the text.
import { ACTS, type ActKind } from './acts';
import { DISCLAIMERS, NOT_TARGETS, OTHER_WORLDS, PAST_JOBS, PRAISE, THINGS } from './guards';
import { IRONY_NEGATIVES } from './irony';
import { TARGET_GROUPS } from './targets';

export interface Span {
  start: number;
  end: number;
}

export interface TargetHit extends Span {
  label: string;
  /** Followed by "'s": "Amelia's mum" is about the mum. */
  owner?: boolean;
}

export interface ActHit extends Span {
  kind: ActKind;
}

// A pattern opening with a lookbehind places its own boundary.
const WORDLIKE_START = /^(?:\w|\((?!\?<))/;
const WORDLIKE_END = /[\w)?*+]$/;

/** A list of patterns, each held to whole words (ASCII `\b`) unless it starts or ends with a symbol. */
export class WordSet {
  private readonly res: RegExp[];
  constructor(sources: readonly string[]) {
    this.res = sources.map((s) => {
      const start = WORDLIKE_START.test(s) ? '\\b' : '';
      const end = WORDLIKE_END.test(s) ? '\\b' : '';
      return new RegExp(`${start}(?:${s})${end}`, 'g');
    });
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
      for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length });
    }
    return found;
  }
}

/** Lower-cases ASCII letters only, so every offset stays where it was. */
export const lowerAscii = (text: string) => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const ACT_KINDS = Object.keys(ACTS) as ActKind[];

/**
 * Several lists as a few alternations: one pass per gate is cheaper than many
 * small ones on short lines, but V8 compiles one huge alternation far more
 * slowly than a few of a few dozen entries (cold start).
 */
const GATE_CHUNK = 32;
function gate(sources: readonly string[]): RegExp[] {
  const gates: RegExp[] = [];
  for (let i = 0; i < sources.length; i += GATE_CHUNK) {
    const chunk = sources.slice(i, i + GATE_CHUNK);
    const worded = chunk.filter((s) => WORDLIKE_START.test(s) && WORDLIKE_END.test(s));
    const bare = chunk.filter((s) => !worded.includes(s));
    const parts = worded.length ? [`\\b(?:${worded.join('|')})\\b`, ...bare] : bare;
    gates.push(new RegExp(parts.join('|')));
  }
  return gates;
}

const anyMatch = (gates: RegExp[], text: string) => gates.some((re) => re.test(text));

export interface Lexicon {
  /** Cheap first gates: any target word (lower-cased text), any target in capitals, any act. */
  gates: { targetWords: RegExp[]; targetCapitals: RegExp[]; acts: RegExp[] };
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
  // V8 compiles a regular expression on its first run. The gates run on every
  // line: compile them now. The hundreds of small lists behind them run only
  // once a line passes both gates: compile them just after, off the path of
  // the first check, so the checker starts fast (cold-start target).
  const sample = lowerAscii(WARM_UP);
  for (const gates of Object.values(lexicon.gates)) gates.forEach((re) => re.test(sample));
  if (typeof setTimeout === 'function') setTimeout(() => warmLists(lexicon, sample), 0);
  return lexicon;
}

function warmLists(lexicon: Lexicon, sample: string): void {
  for (const t of lexicon.targets) [t.words, t.capitals].forEach((w) => w.matches(sample));
  for (const a of lexicon.acts) a.words.matches(sample);
  for (const w of [lexicon.praise, lexicon.notTargets, lexicon.complaints]) w.matches(sample);
}

const WARM_UP = 'Year 6 are a joke, funny how the head is so rude. SLT!';

function compileLexicon(schoolNames: string[], councilNames: string[]): Lexicon {
  const extra: Record<string, string[]> = {
    'the school': schoolNames.map((n) => escapeRegex(n.toLowerCase())),
    'the council': councilNames.map((n) => escapeRegex(n.toLowerCase())),
  };
  return {
    gates: {
      targetWords: gate(TARGET_GROUPS.flatMap((g) => [...g.patterns, ...(extra[g.label] ?? [])])),
      targetCapitals: gate(TARGET_GROUPS.flatMap((g) => g.exact ?? [])),
      acts: gate(ACT_KINDS.flatMap((k) => ACTS[k])),
    },
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
  return anyMatch(lexicon.gates.targetWords, lower) || anyMatch(lexicon.gates.targetCapitals, text);
}

export function mentionsAct(lexicon: Lexicon, lower: string): boolean {
  return anyMatch(lexicon.gates.acts, lower);
}
