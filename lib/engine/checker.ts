// The checker itself, given its data (lib/engine/data.ts): the background builds it with
// data read from the extension's files; lib/engine/index.ts (CONTRACTS.md §5) with the data
// imported. Runs every enabled detector over the text, piece by piece
// (lib/engine/units.ts), so that a keystroke only re-checks the line or sentence it
// changed; merges and sorts what they find. Results are cached by the text of each piece,
// most recently used kept. Everything a checker remembers is its own: two checkers share
// nothing they can change.
import { detectors } from '../detectors';
import { compileContext, type CheckerData } from './data';
import type { DetectContext, Detector } from './detector';
import { citationsFor, type Citation } from '../policy/citations';
import { KIND_POLICY } from '../policy/kind-clauses';
import type { Finding, FindingKind, Hit } from './finding';
import type { SchoolSettings } from '../settings/types';
import { isEnglishWord } from '../text/english';
import { isEverydayWord } from '../text/everyday';
import { splitIntoUnits, type LongLines, type Unit } from './units';
import type { Decision } from './trace';
import { keepStrongest, overlaps } from '../text/span';

export interface CheckOptions {
  /** When given, every candidate each detector considered is appended here, flagged or
   * quiet, with the rules that decided it. Traced pieces bypass the cache both ways. */
  trace?: Decision[];
  /**
   * The text the post replies to (the post or comment above a reply box), when there is one.
   * Only detectors that declare `readsThread` see it (the disparaging check, to say who "she"
   * or "they" means); no finding comes from it and offsets stay in `text`.
   */
  thread?: string;
}

/** CONTRACTS.md §5: `check(text)` as ever; the options argument is an addition. */
export interface Checker {
  check(text: string, options?: CheckOptions): Finding[];
  /**
   * The same, but stops taking new pieces once `budgetMs` has passed and returns what it
   * has, pieces nearest `focus` (the caret, or the part just changed) first. The pieces
   * already checked are cached, so calling again with the same text carries on where it
   * stopped: a 100,000-character paste is checked in a few slices, and other tabs' checks
   * run between them instead of waiting behind it.
   */
  checkWithin(text: string, budget: CheckBudget): CheckResult;
  /**
   * Decodes now what the first checks would otherwise decode when they first need it: the
   * English word lists and the tone model. The background calls it after its first answer,
   * so that answer waits for none of it; the answers are the same either way.
   */
  prepare?(): void;
}

export interface CheckBudget {
  budgetMs: number;
  /** Offset the person is working at; pieces nearest it are checked first. Default 0. */
  focus?: number;
  /** As CheckOptions.thread. */
  thread?: string;
}

export interface CheckResult {
  findings: Finding[];
  /** False when the budget ran out before every piece was checked. */
  complete: boolean;
}

export interface CheckerOptions {
  /** Milliseconds from any fixed point; tests pass their own clock. */
  now?: () => number;
  /** The detectors to run, in the order orderByNeeds gives; tests pass their own. */
  registry?: readonly Detector<any>[];
}

/**
 * Kinds that name one thing (a person, a number, an address). Where two of them
 * claim the same characters, the earlier kind in this list wins: the school's
 * own phone is a school identifier, not a phone number. Kinds not listed
 * (parent-contact, disparaging) describe a phrase and may overlap anything.
 */
const ENTITY_PRIORITY: readonly FindingKind[] = [
  'pupil-identifier',
  'school-identifier',
  'email-address',
  'pupil-name',
  'staff-name',
  'child-reference',
  'phone-number',
  'postal-address',
];

const NONE: readonly Finding[] = [];

/** The thread a check runs under, and what its pieces' cache keys start with ('' for none). */
interface Scope {
  thread?: string;
  prefix: string;
}
const NO_THREAD: Scope = { prefix: '' };
/** Threads given numbers at once: the reply boxes of a few tabs. */
const MAX_THREADS = 64;

/** Enough for every piece of a very long post and of the other posts in other tabs. */
export const MAX_CACHED_UNITS = 4000;
/**
 * A piece found in the cache moves to the newest end only once this many pieces have been
 * added after it. Moving it on every hit (delete, then set) cost a keystroke at the end of a
 * tweet 4-7 µs for the paragraph above it, each time (V8's Map leaves a hole per delete and
 * compacts them later); a piece used this often is moved long before it could be the oldest.
 */
const REFRESH_AFTER = MAX_CACHED_UNITS / 4;

/** A piece's findings, and when they were last put at the newest end of the cache. */
interface Cached {
  findings: Finding[];
  added: number;
}

interface Compiled {
  detector: Detector<unknown>;
  compiled: unknown;
  /** The kinds it declared it reads (Detector.reads): all of `earlier` it is shown. */
  reads: ReadonlySet<FindingKind>;
  /** It declared `readsThread`: it is shown the thread, and its answers depend on it. */
  readsThread: boolean;
}

export function buildChecker(
  settings: SchoolSettings,
  data: CheckerData,
  { now = () => performance.now(), registry = detectors }: CheckerOptions = {},
): Checker {
  const compiling = compileContext(data);
  const enabled: Compiled[] = registry
    .filter((d) => isEnabled(settings, d.id))
    .map((detector) => ({
      detector,
      compiled: detector.compile(settings, compiling),
      reads: new Set(detector.reads),
      readsThread: detector.readsThread === true,
    }));
  const cache = new Map<string, Cached>();
  /** Pieces put in the cache so far (the newest end's number). */
  let added = 0;
  /** The long lines this checker has split lately (units.ts): a keystroke changes one. */
  const longLines: LongLines = new Map();
  // A piece's findings depend on the thread only through the detectors that read it: with
  // none enabled, the thread is dropped and the piece is cached by its text alone. With one,
  // the thread's number is part of the key, so an answer given under one thread is never
  // reused under another (or none): "They should be ashamed" is about the council under the
  // council's post. A number, not the thread itself, so a keystroke's look-ups hash the piece
  // and a few characters, not 600 more; numbers are never reused.
  const threadMatters = enabled.some((e) => e.readsThread);
  const threadNumbers = new Map<string, number>();
  let threadsSeen = 0;
  const scopeOf = (thread: string | undefined): Scope => {
    if (!threadMatters || !thread) return NO_THREAD;
    let n = threadNumbers.get(thread);
    if (n === undefined) {
      if (threadNumbers.size >= MAX_THREADS) {
        threadNumbers.delete(threadNumbers.keys().next().value!);
      }
      threadNumbers.set(thread, (n = threadsSeen++));
    }
    return { thread, prefix: `\u0000${n}\u0000` };
  };
  // The school's own policy decides which clauses each kind cites (lib/policy/citations.ts);
  // without one, the seed's, which comes with the data (not imported: see CheckerData).
  const cite = citationsFor(settings.policy ?? data.seedPolicy, data.seedPolicy);
  // Worked out once a checker for each kind or list of topics a hit cites, not for every hit:
  // a keystroke in a post naming five pupils asked five times (flatMap, de-duplication, the
  // ids), 5-13 µs. Findings share the arrays, as cached findings already do; nothing changes
  // them.
  const cited = new Map<string, { citations: Citation[]; clauses: string[] }>();
  const citationsOf = (hit: Hit): { citations: Citation[]; clauses: string[] } => {
    const key = hit.cites ? hit.cites.join('\u0000') : hit.kind;
    let found = cited.get(key);
    if (!found) {
      const all = (hit.cites ?? [hit.kind]).flatMap((topic) => cite[topic]);
      const citations = all.filter((c, i) => all.findIndex((d) => d.id === c.id) === i);
      cited.set(key, (found = { citations, clauses: citations.map((c) => c.id) }));
    }
    return found;
  };

  function checkUnit(unit: string, scope: Scope, trace?: (d: Decision) => void): Finding[] {
    const cacheKey = scope.prefix + unit;
    const { thread } = scope;
    const cached = trace ? undefined : cache.get(cacheKey);
    if (cached) {
      // Refresh its place in the Map's insertion order, the oldest being evicted first, once
      // it has aged (REFRESH_AFTER).
      if (added - cached.added >= REFRESH_AFTER) {
        cache.delete(cacheKey);
        cache.set(cacheKey, { findings: cached.findings, added: ++added });
      }
      return cached.findings;
    }
    const found: Finding[] = [];
    const shared = new Map<string, unknown>();
    const memo = <T>(key: string, compute: () => T): T => {
      if (!shared.has(key)) shared.set(key, compute());
      return shared.get(key) as T;
    };
    for (const { detector, compiled, reads, readsThread } of enabled) {
      const report = trace
        ? (d: Omit<Decision, 'detector' | 'text'>) =>
            trace({ ...d, detector: detector.id, text: unit.slice(d.start, d.end) })
        : undefined;
      // Only what it declared: a detector cannot come to rely on an order nobody stated.
      const earlier = reads.size ? found.filter((f) => reads.has(f.kind)) : NONE;
      // One shape for every detector's context, whatever it is given, so reads of it stay
      // monomorphic: adding `thread` to some contexts only made a reply with no pronoun in it
      // about 40 % slower a keystroke (measured in one run against the same post with no thread).
      const context: DetectContext = {
        earlier,
        memo,
        trace: report,
        thread: readsThread ? thread : undefined,
      };
      for (const hit of detector.detect(unit, compiled, context)) {
        const policy = KIND_POLICY[hit.kind];
        const { citations, clauses } = citationsOf(hit);
        found.push({
          kind: hit.kind,
          start: hit.start,
          end: hit.end,
          text: unit.slice(hit.start, hit.end),
          clauses,
          citations,
          severity: hit.severity ?? policy.severity,
          reason: hit.reason,
          detector: detector.id,
          rule: hit.rule ?? detector.id,
          ...(hit.restricted ? { restricted: true as const } : {}),
        });
      }
    }
    const merged = resolveOverlaps(found);
    if (trace) return merged;
    if (cache.size >= MAX_CACHED_UNITS) cache.delete(cache.keys().next().value!);
    cache.set(cacheKey, { findings: merged, added: ++added });
    return merged;
  }

  return {
    prepare() {
      isEnglishWord('warm');
      isEverydayWord('warm');
      for (const { detector, compiled } of enabled) detector.prepare?.(compiled);
    },

    check(text: string, options?: CheckOptions): Finding[] {
      const all: Finding[] = [];
      const sink = options?.trace;
      const scope = scopeOf(options?.thread);
      for (const unit of splitIntoUnits(text, longLines)) {
        const trace = sink
          ? (d: Decision) =>
              sink.push({ ...d, start: d.start + unit.start, end: d.end + unit.start })
          : undefined;
        for (const f of checkUnit(unit.text, scope, trace)) {
          all.push({ ...f, start: f.start + unit.start, end: f.end + unit.start });
        }
      }
      return all;
    },

    checkWithin(text, { budgetMs, focus = 0, thread }) {
      const started = now();
      const units = splitIntoUnits(text, longLines);
      const scope = scopeOf(thread);
      const found: Finding[][] = [];
      const waiting: number[] = [];
      // Pieces seen before cost a look-up: take them all, whatever the budget.
      units.forEach((unit, i) => {
        if (cache.has(scope.prefix + unit.text)) found[i] = checkUnit(unit.text, scope);
        else waiting.push(i);
      });
      const distance = (i: number) => {
        const { start, text: piece } = units[i]!;
        return Math.max(0, start - focus, focus - (start + piece.length));
      };
      waiting.sort((a, b) => distance(a) - distance(b) || a - b);
      let complete = true;
      for (const [n, i] of waiting.entries()) {
        // At least one new piece per call, so that calling again always gets further.
        if (n > 0 && now() - started >= budgetMs) {
          complete = false;
          break;
        }
        found[i] = checkUnit(units[i]!.text, scope);
      }
      const all: Finding[] = [];
      units.forEach((unit, i) => found[i] && place(found[i], unit, all));
      return { findings: all, complete };
    },
  };
}

/** A piece's findings, moved from offsets in the piece to offsets in the whole text. */
function place(found: Finding[], unit: Unit, into: Finding[]): void {
  for (const f of found) into.push({ ...f, start: f.start + unit.start, end: f.end + unit.start });
}

function isEnabled(settings: SchoolSettings, detectorId: string): boolean {
  const checks = settings.checks as Record<string, boolean | undefined> | undefined;
  return checks?.[detectorId] !== false;
}

function entityRank(kind: FindingKind): number {
  const i = ENTITY_PRIORITY.indexOf(kind);
  return i === -1 ? Infinity : i;
}

/** Drops exact duplicates and entity findings beaten by an overlapping stronger one; sorts by position. */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  return keepStrongest(
    findings,
    (a, b) => entityRank(a.kind) - entityRank(b.kind) || b.end - b.start - (a.end - a.start),
    (k, f) =>
      (k.kind === f.kind && k.start === f.start && k.end === f.end) ||
      (entityRank(f.kind) !== Infinity && entityRank(k.kind) !== Infinity && overlaps(k, f)),
  );
}
