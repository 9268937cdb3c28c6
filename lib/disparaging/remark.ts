// A remark: a sentence that names its target and the comments after it that name none of their
// own, read by the tone model as one text, as its training posts are whole. "The trust's new
// marking policy arrived today. Forty pages written by people who have never marked a book."
// The second sentence names no one, and the first alone is news; together they mock the trust.
// Session 9's first fresh tone sets lost a third of their missed attacks to such comments,
// never read (diagnose:tone, "no target").
import type { SentenceSignals } from './tone/signals';

/** How many comment sentences after a target's sentence are read with it as one remark. */
export const MAX_COMMENTS = 3;

/**
 * The index of the remark's last sentence, from sentence `i` (which has a target): the
 * sentences after it with no target of their own, up to MAX_COMMENTS, stopping at one that
 * `stop` rules out (a quoted line). `i` itself when no comment follows.
 */
export function remarkEnd(
  sentences: readonly SentenceSignals[],
  i: number,
  stop: (s: SentenceSignals) => boolean = () => false,
): number {
  let last = i;
  while (
    last + 1 < sentences.length &&
    last - i < MAX_COMMENTS &&
    sentences[last + 1]!.target === undefined &&
    !stop(sentences[last + 1]!)
  )
    last++;
  return last;
}
