// What a woken service worker does while it waits. Its first check waits for the settings
// and the data file (platform/background/checker-host.ts), 15-25 ms of storage and file
// reads in which the worker's thread is idle; the check then builds, on first use, each
// built-in expression its text needs, and V8 compiles each when it is built (parent-contact's
// INVITATION alone, some 6,000 characters, about 3 ms). Built in that idle time instead, one
// a task, they are ready when the check comes. The same expressions, built earlier: the
// answers cannot change. Only the built-in ones, which hold nothing of the school.
import { PARENT_CONTACT_PATTERNS } from '../detectors/parent-contact';
import { CHILD_CUES, COVER_CUE, GROUP_CUE, NAME_PAIR } from '../names/child-cues';
import type { LazyPattern } from '../text/lazy-pattern';

/** The built-in expressions, those a first check most often needs first: an invitation is
 * looked for on any line with "me", "my" or "you"; a child cue only where its words are. */
export function builtInPatterns(): readonly LazyPattern[] {
  return [
    ...PARENT_CONTACT_PATTERNS,
    GROUP_CUE,
    COVER_CUE,
    NAME_PAIR,
    ...CHILD_CUES.map((cue) => cue.pattern),
  ];
}

/**
 * Builds `patterns`, one a task (`nextTask` lets whatever is waiting run first), until
 * `until` settles: then the check it waited for runs, and what is left is built on first use
 * as before. Resolves with how many it built.
 */
export async function warmPatterns(
  patterns: readonly LazyPattern[],
  until: Promise<unknown>,
  nextTask: () => Promise<void>,
): Promise<number> {
  let settled = false;
  const stop = () => {
    settled = true;
  };
  until.then(stop, stop);
  let built = 0;
  for (const pattern of patterns) {
    await nextTask();
    if (settled) break;
    if (pattern.isBuilt) continue;
    void pattern.regexp;
    built++;
  }
  return built;
}
