import type { Finding, Hit } from './finding';
import type { SchoolSettings } from '../settings/types';
import type { UnitDecision } from './trace';

/** Per-check context the engine hands every detector. */
export interface DetectContext {
  /** Findings of detectors that ran earlier in this unit (the registry's order). */
  earlier: readonly Finding[];
  /**
   * Work several detectors need on the same unit, done once per unit:
   * `context.memo?.('names', () => scanNames(text, index)) ?? scanNames(text, index)`.
   * Optional so a detector can also be called on its own.
   */
  memo?: <T>(key: string, compute: () => T) => T;
  /**
   * Present only when the caller asked for a trace (`check(text, { trace })`): the
   * detector reports each candidate it considered and the rules that decided it.
   */
  trace?: (decision: UnitDecision) => void;
}

/**
 * One rule. `compile` does the one-off work for a settings file (name indexes,
 * patterns); `detect` runs on every changed piece of text and must be pure.
 */
export interface Detector<Compiled = unknown> {
  /** Equal to the module's file name. */
  id: string;
  description: string;
  compile(settings: SchoolSettings): Compiled;
  detect(text: string, compiled: Compiled, context: DetectContext): Hit[];
}

/** Keeps each module's `Compiled` type while the registry holds them together. */
export function defineDetector<Compiled>(detector: Detector<Compiled>): Detector<Compiled> {
  return detector;
}
