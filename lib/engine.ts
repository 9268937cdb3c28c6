// The one entry point of the checker (CONTRACTS.md §5). Runs every enabled
// detector over the text, piece by piece, so that a keystroke only re-checks
// the paragraph it changed; merges and sorts what they find.
import { detectors } from './detectors';
import type { Detector } from './detectors/detector';
import { KIND_POLICY } from './policy/kind-clauses';
import type { Finding, FindingKind, SchoolSettings } from './types';
import { splitIntoUnits } from './units';

export interface Checker {
  check(text: string): Finding[];
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

const MAX_CACHED_UNITS = 2000;

interface Compiled {
  detector: Detector<unknown>;
  compiled: unknown;
}

export function createChecker(settings: SchoolSettings): Checker {
  const enabled: Compiled[] = detectors
    .filter((d) => isEnabled(settings, d.id))
    .map((detector) => ({ detector, compiled: detector.compile(settings) }));
  const cache = new Map<string, Finding[]>();

  function checkUnit(unit: string): Finding[] {
    const cached = cache.get(unit);
    if (cached) return cached;
    const found: Finding[] = [];
    for (const { detector, compiled } of enabled) {
      for (const hit of detector.detect(unit, compiled, { earlier: found })) {
        const policy = KIND_POLICY[hit.kind];
        found.push({
          kind: hit.kind,
          start: hit.start,
          end: hit.end,
          text: unit.slice(hit.start, hit.end),
          clauses: hit.clauses ?? policy.clauses.map((c) => c.id),
          severity: hit.severity ?? policy.severity,
          reason: hit.reason,
          detector: detector.id,
          ...(hit.restricted ? { restricted: true as const } : {}),
        });
      }
    }
    const merged = resolveOverlaps(found);
    if (cache.size >= MAX_CACHED_UNITS) cache.clear();
    cache.set(unit, merged);
    return merged;
  }

  return {
    check(text: string): Finding[] {
      const all: Finding[] = [];
      for (const unit of splitIntoUnits(text)) {
        for (const f of checkUnit(unit.text)) {
          all.push({ ...f, start: f.start + unit.start, end: f.end + unit.start });
        }
      }
      return all;
    },
  };
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
  const byStrength = [...findings].sort(
    (a, b) => entityRank(a.kind) - entityRank(b.kind) || b.end - b.start - (a.end - a.start),
  );
  const kept: Finding[] = [];
  for (const f of byStrength) {
    const isEntity = entityRank(f.kind) !== Infinity;
    const beaten = kept.some(
      (k) =>
        (k.kind === f.kind && k.start === f.start && k.end === f.end) ||
        (isEntity && entityRank(k.kind) !== Infinity && k.start < f.end && f.start < k.end),
    );
    if (!beaten) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
