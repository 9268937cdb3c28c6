// Turns the word lists into compiled regular expressions, run on a lower-cased
// copy of the text (no case-insensitive flag: V8 matches those far more
// slowly). Entries are bounded pieces (no nested unbounded repeats), so
// matching stays linear in the length of the text. Each entry is compiled
// once, when a text first holds a word it needs (lib/text/literal-gate.ts): the
// gates are the same expressions the judge runs.
import { gateLiterals, LiteralIndex } from '../text/literal-gate';
import { lowerAscii } from '../text/fold';
import { compiledToMachineCode } from '../text/machine-code';
import { ACT_KINDS, type ActKind, type ActSources } from './acts/kinds';
import { DISCLAIMERS, NOT_TARGETS, OTHER_WORLDS, PRAISE } from './guards';
import { PAST_JOBS, THINGS } from './topics';
import type { Span } from '../text/span';

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

interface Chunk {
  sources: readonly string[];
  /** Each entry's literal gate (lib/text/literal-gate.ts); null when it requires none. */
  gates: readonly (number | null)[];
  re?: RegExp;
  /** Alternations of some of the entries, by which: see `live`. */
  parts?: Map<string, RegExp>;
}

/** Alternations of part of a chunk kept for it; beyond these the whole chunk runs. */
const MAX_PARTS = 8;

/**
 * A list of patterns, each held to whole words (ASCII `\b`) unless it starts
 * or ends with a symbol, compiled as a few alternations. Matches do not
 * overlap within one list: at each place the first entry that matches wins.
 * An alternation runs, and is compiled, only on a text holding one of the
 * literals its entries require ("clown", "muppet"): most texts hold none.
 */
export class WordSet {
  private readonly chunks: Chunk[] = [];
  /** Entries in the alternations run so far: the work the texts cost (tests count it). */
  entriesRun = 0;
  constructor(
    sources: readonly string[],
    private readonly index: LiteralIndex = new LiteralIndex(),
  ) {
    for (let i = 0; i < sources.length; i += CHUNK) {
      const chunk = sources.slice(i, i + CHUNK);
      const gates = chunk.map((s) => {
        const literals = gateLiterals(s);
        return literals === null ? null : index.add(literals);
      });
      this.chunks.push({ sources: chunk, gates });
    }
  }

  /**
   * The alternations that may match `text`, compiled on first need. A chunk of which only
   * some entries' literals are in the text runs as an alternation of those entries alone:
   * one "the" opened a 16-entry alternation, run over the whole line. The answers are the
   * same: an entry whose literals are absent matches nowhere in the text, so at each place
   * the first entry that matches is the same in both.
   */
  private *live(text: string): Generator<RegExp> {
    const opened = this.index.opened(text);
    for (const chunk of this.chunks) {
      let key = '';
      let open = 0;
      for (let i = 0; i < chunk.gates.length; i++) {
        const gate = chunk.gates[i]!;
        if (gate !== null && opened[gate] !== 1) continue;
        key += `${i},`;
        open++;
      }
      if (open === 0) continue;
      if (open === chunk.sources.length) {
        this.entriesRun += chunk.sources.length;
        yield (chunk.re ??= compile(chunk.sources));
        continue;
      }
      const parts = (chunk.parts ??= new Map());
      let re = parts.get(key);
      if (re === undefined) {
        if (parts.size >= MAX_PARTS) {
          this.entriesRun += chunk.sources.length;
          yield (chunk.re ??= compile(chunk.sources));
          continue;
        }
        re = compile(
          chunk.sources.filter((_, i) => chunk.gates[i] === null || opened[chunk.gates[i]!] === 1),
        );
        parts.set(key, re);
      }
      this.entriesRun += open;
      yield re;
    }
  }

  test(text: string): boolean {
    for (const re of this.live(text)) {
      re.lastIndex = 0;
      if (re.test(text)) return true;
    }
    return false;
  }
  matches(text: string): Span[] {
    const found: Span[] = [];
    for (const re of this.live(text)) {
      // exec, not matchAll: matchAll copies the expression on every call, and for these
      // long alternations the copy costs more than the match (100,000 characters of
      // complaints: about 290 ms with matchAll, 190 ms without).
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length) found.push({ start: m.index, end: m.index + m[0].length });
        else re.lastIndex++;
      }
    }
    return found;
  }
}

function compile(sources: readonly string[]): RegExp {
  // Neighbouring entries that start at a word share one `\b`: `\b(?:a\b|b\b)` matches
  // what `\ba\b|\bb\b` does, in the same order, and V8 tests the boundary once a
  // place instead of once an entry (about a quarter faster on dense text).
  const parts: string[] = [];
  let wordStart: string[] = [];
  const flush = () => {
    if (wordStart.length) parts.push(`\\b(?:${wordStart.join('|')})`);
    wordStart = [];
  };
  for (const s of sources) {
    const entry = `(?:${s})${WORDLIKE_END.test(s) ? '\\b' : ''}`;
    if (WORDLIKE_START.test(s)) wordStart.push(entry);
    else {
      flush();
      parts.push(entry);
    }
  }
  flush();
  // Straight to machine code (lib/text/machine-code.ts): for these long alternations the
  // interpreter's bytecode is several times slower to make.
  return compiledToMachineCode(new RegExp(parts.join('|'), 'g'));
}

/** Lower-cases ASCII letters only, so every offset stays where it was. */
export { lowerAscii };

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

/** The school's own names, from its settings, are targets too ("the school", "the council").
 * The act vocabulary and the target groups are handed in (acts/kinds.ts): the checker's data
 * holds them. */
export function buildLexicon(
  schoolNames: string[],
  councilNames: string[],
  acts: ActSources,
): Lexicon {
  return compileLexicon(schoolNames, councilNames, acts);
}

/** Every built-in pattern (the school's own names aside): what `npm run gen:gates` reads. */
export function builtInSources(acts: ActSources): string[] {
  return [
    ...acts.targets.flatMap((g) => [...g.patterns, ...(g.exact ?? [])]),
    ...ACT_KINDS.flatMap((kind) => acts.byKind[kind]),
    ...NOT_TARGETS,
    ...PRAISE,
    ...OTHER_WORLDS,
    ...DISCLAIMERS,
    ...PAST_JOBS,
    ...THINGS,
    ...acts.ironyNegatives,
  ];
}

function compileLexicon(schoolNames: string[], councilNames: string[], acts: ActSources): Lexicon {
  const extra: Record<string, string[]> = {
    'the school': schoolNames.map((n) => escapeRegex(n.toLowerCase())),
    'the council': councilNames.map((n) => escapeRegex(n.toLowerCase())),
  };
  const index = new LiteralIndex();
  const set = (sources: readonly string[]) => new WordSet(sources, index);
  return {
    targets: acts.targets.map((g) => ({
      label: g.label,
      words: set([...g.patterns, ...(extra[g.label] ?? [])]),
      capitals: set(g.exact ?? []),
    })),
    acts: ACT_KINDS.map((kind) => ({ kind, words: set(acts.byKind[kind]) })),
    notTargets: set(NOT_TARGETS),
    praise: set(PRAISE),
    otherWorlds: set(OTHER_WORLDS),
    disclaimers: set(DISCLAIMERS),
    pastJobs: set(PAST_JOBS),
    things: set(THINGS),
    complaints: set(acts.ironyNegatives),
  };
}

/** The cheap gate: is there any target word (or a name another detector found) in the line? */
export function mentionsTarget(lexicon: Lexicon, lower: string, text: string): boolean {
  return lexicon.targets.some((t) => t.words.test(lower) || t.capitals.test(text));
}

export function mentionsAct(lexicon: Lexicon, lower: string): boolean {
  return lexicon.acts.some((a) => a.words.test(lower));
}
