// Turns the word lists into a few compiled regular expressions. Every list is
// an alternation of bounded pieces (no nested unbounded repeats), so matching
// stays linear in the length of the text.
import { ACTS, type ActKind } from './acts';
import { DISCLAIMERS, NOT_TARGETS, OTHER_WORLDS, PAST_JOBS, PRAISE, THINGS } from './guards';
import { TARGET_GROUPS } from './targets';

/** Letters or digits either side mean the match is inside a longer word. */
const wrap = (source: string) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;

export function wordsRegex(sources: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(wrap(sources.join('|')), flags);
}

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Span {
  start: number;
  end: number;
}

export interface TargetHit extends Span {
  label: string;
}

export interface ActHit extends Span {
  kind: ActKind;
}

export const ACT_KINDS = Object.keys(ACTS) as ActKind[];

export interface Lexicon {
  /** One regex per target group label, in TARGET_GROUPS order. */
  targets: { label: string; re: RegExp }[];
  /** Any target at all (case-insensitive words, then exact capitals): the cheap first gate. */
  anyTarget: RegExp[];
  acts: { kind: ActKind; re: RegExp }[];
  /** Any act cue at all: the cheap second gate. */
  anyAct: RegExp;
  notTargets: RegExp;
  praise: RegExp;
  otherWorlds: RegExp;
  disclaimers: RegExp;
  pastJobs: RegExp;
  things: RegExp;
}

/** The school's own names, from its settings, are targets too ("the school", "the council"). */
export function buildLexicon(schoolNames: string[], councilNames: string[]): Lexicon {
  const groups = TARGET_GROUPS.map((g) => ({ ...g, patterns: [...g.patterns] }));
  const school = groups.find((g) => g.label === 'the school');
  const council = groups.find((g) => g.label === 'the council');
  school?.patterns.push(...schoolNames.map(escapeRegex));
  council?.patterns.push(...councilNames.map(escapeRegex));

  const targets = groups.flatMap((g) => {
    const list = [{ label: g.label, re: wordsRegex(g.patterns) }];
    if (g.exact?.length) list.push({ label: g.label, re: wordsRegex(g.exact, 'gu') });
    return list;
  });
  const allInsensitive = groups.flatMap((g) => g.patterns);
  const allExact = groups.flatMap((g) => g.exact ?? []);
  const anyTarget = [wordsRegex(allInsensitive, 'iu'), wordsRegex(allExact, 'u')];
  const acts = ACT_KINDS.map((kind) => ({ kind, re: wordsRegex(ACTS[kind]) }));
  return {
    targets,
    anyTarget,
    acts,
    anyAct: wordsRegex(
      ACT_KINDS.flatMap((k) => ACTS[k]),
      'iu',
    ),
    notTargets: wordsRegex(NOT_TARGETS),
    praise: wordsRegex(PRAISE),
    otherWorlds: wordsRegex(OTHER_WORLDS),
    disclaimers: wordsRegex(DISCLAIMERS, 'iu'),
    pastJobs: wordsRegex(PAST_JOBS, 'iu'),
    things: wordsRegex(THINGS),
  };
}

export function allMatches(re: RegExp, text: string): Span[] {
  const found: Span[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length });
  return found;
}
