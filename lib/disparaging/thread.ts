// Who a reply's pronouns point back to when the post is a reply: the text it answers (the
// thread, read by the content script from the page, lib/dom/thread.ts) is treated as if it
// came just before the post, but only for one thing: a post whose sentence opens on "she",
// "they", "you" or "these people" and names no target of its own before it takes the group
// the thread is about. "They should be ashamed", replying to "The council is closing the
// library", is read as about the council. Nothing is ever found in the thread itself.
//
// The thread is page text: a page may plant any. So it is read with the lexicon's group words
// and the school's own names only (settings, never the class lists): no pupil or staff name
// from a list can become a target through it, and nothing about the lists depends on it
// (docs/privacy.md, "The text a reply answers").
import { findTargets, IMPLIED } from './find-targets';
import type { Lexicon, TargetHit } from './lexicon';
import { maskReportedSpeech, splitSentences } from './sentences';
import { within } from '../text/span';
import { lowerAscii, straightenApostrophes } from '../text/fold';

/** The most of the thread read, from its end: the part nearest the reply. */
export const THREAD_CHARS = 600;

/**
 * The groups a pointer may mean: those of the last sentence that named any, in the post
 * (tone/signals.ts) or, before the post names one, in the thread it replies to.
 */
export interface Antecedent {
  /** What "they", "you" or "these people" mean: the subject, the first group named. */
  group: string;
  /**
   * What "she" or "he" means, when the thread names a group one person can be ("a pupil",
   * "the school's leaders"): "Our Year 6 pupils met the new head today." then "She was so
   * rude" is about a leader, though the pupils were named first.
   */
  person?: string;
}

/**
 * Groups a "she" or "he" can be one of; "pupils", "the council" or "the school" are not.
 * "Had a call from a Year 8 mum. She…" is about parents, though "Year 8" is named first.
 */
const ONE_PERSON_GROUPS: ReadonlySet<string> = new Set([
  'a pupil',
  'parents',
  "the school's leaders",
  'a colleague',
  'other professionals',
]);
const ONE_PERSON = /(?<![\p{L}'])(?:she|he|she's|he's|her|him)(?![\p{L}'])/u;

/**
 * The groups the thread is about: in the last of its sentences that names a target, the
 * first one named (the subject, as lineSignals takes it within a post: "The new head of
 * Elm Park started today. The pupils made her a card." is about the pupils, its last
 * topic), and the first one there that one person can be. Undefined when it names none.
 */
export function threadTarget(thread: string, lexicon: Lexicon): Antecedent | undefined {
  const line = straightenApostrophes(thread.slice(-THREAD_CHARS));
  const masked = maskReportedSpeech(lowerAscii(line));
  const targets = findTargets(masked, maskReportedSpeech(line), lexicon, []).filter(
    (t) => t.label !== IMPLIED,
  );
  if (!targets.length) return undefined;
  let last: TargetHit[] = [];
  for (const sentence of splitSentences(masked)) {
    const own = targets.filter((t) => within(t, sentence));
    if (own.length) last = own;
  }
  return last.length ? antecedentOf(last) : undefined;
}

/**
 * The antecedent a sentence's named targets give: its first group, and its first that one
 * person can be. A possessor is passed over for what it possesses ("Met Oliver's dad. He…" is
 * about the dad, not Oliver), and an organisation's person is the organisation's ("Met the
 * council's new head of education. He…" is about the council, not a school leader).
 */
export function antecedentOf(named: readonly TargetHit[]): Antecedent {
  const inOrder = [...named].sort((a, b) => a.start - b.start);
  const first = inOrder[0]!;
  let person: TargetHit | undefined;
  for (const [i, t] of inOrder.entries()) {
    const possessed = inOrder[i + 1];
    if (t.owner && possessed && possessed.start <= t.end + 3) {
      // "the council's head": the organisation speaks for its officer.
      if (!ONE_PERSON_GROUPS.has(t.label)) return { group: first.label, person: t.label };
      continue;
    }
    if (ONE_PERSON_GROUPS.has(t.label)) {
      person = t;
      break;
    }
  }
  return person ? { group: first.label, person: person.label } : { group: first.label };
}

/** The group a sentence's pointer means: "she" or "he" a person's, "they" the subject. */
export function pointedGroup(antecedent: Antecedent, sentence: string): string {
  return (ONE_PERSON.test(sentence) && antecedent.person) || antecedent.group;
}

/**
 * Whether a reply may point back at the thread at all: a pointer word anywhere in it. A cheap
 * gate before the line is read (the detector's own gate needs a target word in the post).
 * "you" counts here: in a reply it is most often the person or body answered. Run on the
 * ASCII lower-case copy.
 */
export const MAY_POINT_BACK =
  /(?<![\p{L}'])(?:she|he|she's|he's|they|they're|they've|them|her|him|you|you're|you've|your|these people|those people|that lot|this lot)(?![\p{L}'])/u;

/**
 * A reply sentence that opens on "you": in a reply its subject is the one answered ("You
 * should be ashamed of yourselves" under the council's post), never the reader at large.
 * Only while the target is the thread's: within a post "you" stays the reader.
 */
export const REPLY_SUBJECT =
  /^(?:then |and |but |so |honestly,? |apparently,? |seriously,? )?(?:you|you're|you've|your)(?![\p{L}'])/u;
