// How much any one message, check or reply may cost. A page cannot start a check (only the
// person's own input does, entrypoints/content/watcher.ts), but the limits hold whatever
// arrives: the background is shared by every tab, and one tab must not stall the others.

/**
 * The most characters of a post sent for one check. A longer post (a 10 MB paste) is
 * checked in a window this long around where the person is working, and the card says so.
 * Well above what a person writes in a social post (X allows 280 characters, LinkedIn 3,000;
 * Facebook's own limit of about 63,000 is rarely near), and small enough that one whole
 * window of the densest text is checked within 100 ms of CPU (test/fuzz.test.ts).
 */
export const CHECK_WINDOW = 10_000;

/**
 * The most characters of the thread a reply answers (the post above a reply box) that cross
 * with a check: its end, nearest the reply. Enough for the sentence or two a pronoun points
 * back to; the thread is used for nothing else (lib/disparaging/thread.ts).
 */
export const THREAD_WINDOW = 600;

/**
 * Time one check may take before it returns what it has and lets other tabs in: short enough
 * that another tab's keystroke waits at most this long behind a flood (a typical check of a
 * post takes well under a millisecond; a cold 10,000-character paste of dense complaints about
 * 50 ms, so two or three slices).
 */
export const CHECK_BUDGET_MS = 25;

/** Slices one text may take in all: past this the rest of it stays unchecked (and it says so). */
export const MAX_SLICES = 25;

/** Findings sent back and kept per editor; the count shows "200+" beyond it. */
export const MAX_FINDINGS_SENT = 200;

/** Editors a tab may have at once, photos an editor may hold, dismissals it may remember. */
export const MAX_EDITORS_PER_TAB = 32;
export const MAX_PHOTOS_PER_EDITOR = 16;
export const MAX_DISMISSED_PER_EDITOR = 100;

/** Extension pages opened from one tab: a burst of 3, then one every 3 s. */
export const OPEN_PAGE_BURST = 3;
export const OPEN_PAGE_EVERY_MS = 3_000;
