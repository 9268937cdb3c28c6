// Table-style tests for one detector (after textlint's rule tester): `valid` texts
// must raise nothing of the detector's kinds; each `invalid` text must raise
// exactly the listed findings. The meta-test checks every detector has both.
// A valid case may say which rule keeps it quiet (`quietBecause`) and an expected
// finding which rule raises it (`flaggedBy`), so neither passes for the wrong reason.
import { describe, expect, it } from 'vitest';
import type { Detector } from '../lib/engine/detector';
import { createChecker } from '../lib/engine';
import type { FindingKind } from '../lib/engine/finding';
import type { Decision } from '../lib/engine/trace';
import type { SchoolSettings } from '../lib/settings/types';

export interface ExpectedFinding {
  kind: FindingKind;
  /** The flagged characters; `start` may be given when the text occurs twice. */
  text: string;
  start?: number;
  severity?: string;
  clauses?: string[];
  /** A fragment the reason must contain. */
  reason?: string;
  /** The id of the rule that must raise it (Finding.rule). */
  flaggedBy?: string;
}

/** A child on no list the rule `flaggedBy` must raise: `childFlagged('his sister Mia', 'child-reference/sibling')`. */
export const childFlagged = (text: string, flaggedBy: string): ExpectedFinding => ({
  kind: 'child-reference',
  text,
  flaggedBy,
});

/** An invitation onto a personal channel, raised by the invitation rule: `invitation('text me')`. */
export const invitation = (text: string): ExpectedFinding => ({
  kind: 'parent-contact',
  text,
  flaggedBy: 'parent-contact/invitation',
});

/** A text that must raise nothing; `quietBecause` names the rule that must decide a
 * candidate in it quiet (the trace of `check(text, { trace })` shows it). */
export type ValidCase = string | { text: string; quietBecause: string };

export interface DetectorTable {
  settings: SchoolSettings;
  valid: ValidCase[];
  invalid: { text: string; findings: ExpectedFinding[] }[];
}

/** Runs the table through the detector alone, with the findings of earlier detectors as the engine gives them. */
export function detectorTable(detector: Detector<any>, table: DetectorTable): void {
  const checker = createChecker(table.settings);
  const ownKinds = (text: string) => checker.check(text).filter((f) => f.detector === detector.id);

  describe(`${detector.id}: valid`, () => {
    const cases = table.valid.map((c) => (typeof c === 'string' ? { text: c } : c));
    it.each(cases.map((c) => [c.text, c] as const))('%s', (text, c) => {
      const trace: Decision[] = [];
      const found = checker.check(text, { trace }).filter((f) => f.detector === detector.id);
      expect(found.map((f) => `${f.kind}: ${f.text}`)).toEqual([]);
      if ('quietBecause' in c) {
        const quiet = trace.filter((d) => d.detector === detector.id && d.verdict === 'quiet');
        expect(quiet.map((d) => d.rule)).toContain(c.quietBecause);
      }
    });
  });

  describe(`${detector.id}: invalid`, () => {
    it.each(table.invalid.map((c) => [c.text, c] as const))('%s', (_text, c) => {
      const found = ownKinds(c.text);
      expect(found.map((f) => ({ kind: f.kind, text: f.text }))).toEqual(
        c.findings.map((e) => ({ kind: e.kind, text: e.text })),
      );
      c.findings.forEach((e, i) => {
        const f = found[i]!;
        if (e.start !== undefined) expect(f.start).toBe(e.start);
        if (e.severity) expect(f.severity).toBe(e.severity);
        if (e.clauses) expect(f.clauses).toEqual(e.clauses);
        if (e.reason) expect(f.reason).toContain(e.reason);
        if (e.flaggedBy) expect(f.rule).toBe(e.flaggedBy);
      });
    });
  });
}
