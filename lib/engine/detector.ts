import type { CompileContext } from './data';
import type { Finding, FindingKind, Hit } from './finding';
import type { SchoolSettings } from '../settings/types';
import type { UnitDecision } from './trace';

/** Per-check context the engine hands every detector. */
export interface DetectContext {
  /**
   * Findings of detectors that ran earlier in this unit. Only the kinds the detector
   * declares in `reads` are sure to be here: the registry runs their detectors first.
   */
  earlier: readonly Finding[];
  /**
   * Work several detectors need on the same unit, done once per unit and forgotten after
   * it: `context.memo?.('phones', () => findPhoneNumbers(text)) ?? findPhoneNumbers(text)`
   * (the phone and school detectors read the same numbers). Optional so a detector can
   * also be called on its own.
   */
  memo?: <T>(key: string, compute: () => T) => T;
  /**
   * Present only when the caller asked for a trace (`check(text, { trace })`): the
   * detector reports each candidate it considered and the rules that decided it.
   */
  trace?: (decision: UnitDecision) => void;
  /**
   * The text the post replies to, as the page shows it (CheckOptions.thread): given only to a
   * detector that declares `readsThread`, and only to say who a pronoun in the post means.
   * It is page text, never checked itself: no finding may come from it.
   */
  thread?: string;
}

/**
 * One rule. `compile` does the one-off work for a settings file (name indexes,
 * patterns); `detect` runs on every changed piece of text and must be pure.
 */
export interface Detector<Compiled = unknown> {
  /** Equal to the module's file name. */
  id: string;
  description: string;
  /**
   * The finding kinds this detector reads in `context.earlier`: child-reference reads the
   * names, so that a listed pupil is not also "a child on no list". The registry runs the
   * detectors of those kinds first (lib/engine/order.ts); absent means it reads none.
   */
  reads?: readonly FindingKind[];
  /**
   * True for a detector that reads `context.thread`. Every other detector is never shown the
   * thread, so a name in it cannot become a finding, and its findings are cached by the text
   * alone.
   */
  readsThread?: boolean;
  /** The kinds this detector raises: what other detectors' `reads` refer to. */
  raises: readonly FindingKind[];
  compile(settings: SchoolSettings, context: CompileContext): Compiled;
  /**
   * Optional: decode now what `detect` would otherwise decode on first need (the tone
   * model), for a caller that has a quiet moment (Checker.prepare).
   */
  prepare?(compiled: Compiled): void;
  detect(text: string, compiled: Compiled, context: DetectContext): Hit[];
}

/** Keeps each module's `Compiled` type while the registry holds them together. */
export function defineDetector<Compiled>(detector: Detector<Compiled>): Detector<Compiled> {
  return detector;
}

/**
 * Work shared between detectors on one piece, through the engine's memo when there is one:
 * `once(context, 'phones', () => findPhoneNumbers(text))`. A detector called on its own
 * (no memo) just does the work.
 */
export function once<T>(context: DetectContext, key: string, compute: () => T): T {
  return context.memo ? context.memo(key, compute) : compute();
}
