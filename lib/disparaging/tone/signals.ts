// The rule engine's view of each sentence of a line, as the tone model's
// signals: which targets it names, whether a she/they/you points back to a
// target named earlier in the line ("Met the new head. She thinks…"), which
// act words it holds, whether praise is near, and whether the rules alone
// would call it an attack. The detector and the training script both call
// lineSignals, so the model is trained on exactly what it sees at run time.
import { findAttacks } from '../judge';
import { findTargets, IMPLIED } from '../find-targets';
import type { Lexicon, TargetHit } from '../lexicon';
import { maskReportedSpeech, splitSentences } from '../sentences';
import { overlaps, within, type Span } from '../../text/span';
import type { ToneSignals } from './features';
import { antecedentOf, pointedGroup, REPLY_SUBJECT, type Antecedent } from '../thread';
import { aboutTheParent } from '../possessor';

export interface SentenceSignals extends Span {
  signals: ToneSignals;
  /** Who the sentence would be about: its own target, else the one a pronoun carries. */
  target?: string;
  /** The rules read it as an allegation (clauses 3.3, 3.4). */
  claim: boolean;
}

// "she", "they", "you lot", "these people": a target named elsewhere in the line.
// Not a bare "you": in a post that is nearly always the reader ("Thank you!").
const POINTER =
  /(?<![\p{L}'])(?:she|he|she's|he's|they|they're|them|her|him|you lot|these people|those people|that lot|this lot|the lot of them|that crowd|this crowd|these boys|those boys|yer man|the same person|half of them|most of them|all of them|the rest of them)(?![\p{L}'])/u;
// A sentence that opens on "she", "they", "these people": its subject is the target named
// before it, whatever else it names later ("He shouted at a TA in front of his son": the dad).
const SUBJECT_POINTER =
  /^(?:then |and |but |so |honestly,? |apparently,? )?(?:she|he|she's|he's|they|they're|they've|these people|those people|that lot|this lot|you lot)(?![\p{L}'])/u;
/** A sentence of at most this many words that names a target is a topic a comment may follow. */
const TOPIC_WORDS = 4;
/** The group of lib/disparaging/targets.ts a possessed child's parent belongs to. */
const PARENTS = 'parents';
const A_PUPIL = 'a pupil';
/** Targets another check found by name: the model sees them as one kind, "named". */
export const NAMED = 'named';

/**
 * `line` with curly apostrophes straightened, `lower` its ASCII lower-case copy
 * (both keep every offset, as lexicon.ts's lowerAscii does). `thread`: the group the text
 * this post replies to is about (lib/disparaging/thread.ts), which a pointer carries until
 * the post names a target of its own.
 */
export function lineSignals(
  line: string,
  lower: string,
  lexicon: Lexicon,
  known: TargetHit[],
  thread?: Antecedent,
): SentenceSignals[] {
  const masked = maskReportedSpeech(lower);
  const targets = findTargets(masked, maskReportedSpeech(line), lexicon, known);
  const acts = lexicon.acts.flatMap(({ kind, words }) =>
    words.matches(masked).map((span) => ({ ...span, kind })),
  );
  // The rules judge only a line with an act word: most lines have none, and judging costs most.
  const attacks = acts.length ? findAttacks(line, lexicon, known, { acts, targets }, thread) : [];
  const praise = lexicon.praise.matches(masked);
  const guards = (
    [
      ['disclaimer', lexicon.disclaimers],
      ['past-job', lexicon.pastJobs],
      ['elsewhere', lexicon.otherWorlds],
      ['thing', lexicon.things],
    ] as const
  ).flatMap(([name, set]) => set.matches(masked).map((span) => ({ ...span, name })));
  // Who a pointer means: the groups of the last sentence that named any; at first the thread's,
  // when the post is a reply.
  let antecedent: Antecedent | (() => Antecedent) | undefined = thread;
  // The thread's groups hold until the post names one: "You…" then means the one answered.
  let fromThread = thread !== undefined;
  // A target alone in a sentence of a few words, then a comment on it with no target of its
  // own: "Agency staff? Waste of a lanyard.", "9Y. Enough said.", "The new deputy? Nice enough."
  let topic = false;
  const read = splitSentences(masked).map((sentence): SentenceSignals => {
    const own = targets.filter((t) => within(t, sentence));
    const named = own.filter((t) => t.label !== IMPLIED);
    const words = masked.slice(sentence.start, sentence.end);
    const opensOnPointer =
      !!antecedent && (SUBJECT_POINTER.test(words) || (fromThread && REPLY_SUBJECT.test(words)));
    const carried =
      opensOnPointer || (!named.length && !!antecedent && (topic || POINTER.test(words)));
    // Worked out only for a sentence that points back: most never do.
    if (carried && typeof antecedent === 'function') antecedent = antecedent();
    const pointedAt = carried ? pointedGroup(antecedent as Antecedent, words) : undefined;
    const rules = attacks.find((a) => overlaps(a, sentence));
    // A sentence of one or two words ("Thank you!", "Parenting.") says too little to judge.
    const wordCount = words.match(/\p{L}+/gu)?.length ?? 0;
    // Only the target and a word at most: "The trust auditors?" is a topic, "Year 7 trip today"
    // not. Counted only for a short sentence with a target, so most sentences skip it.
    topic =
      named.length > 0 && wordCount <= TOPIC_WORDS && wordsBesides(words, named, sentence) <= 1;
    const chosen =
      (opensOnPointer ? pointedAt : undefined) ??
      rules?.target ??
      named[0]?.label ??
      (carried ? pointedAt : own[0]?.label);
    // "Her kid is late every day and she still blames the traffic": the parent (possessor.ts).
    const parent = chosen === A_PUPIL && aboutTheParent(masked, words, named);
    const target = parent ? PARENTS : chosen;
    // The first target named is most often the subject: "The deputy head took the staff
    // briefing. They…" points back to the deputy head, not the staff (thread.ts, antecedentOf).
    if (named.length && !opensOnPointer) {
      antecedent = parent ? { group: PARENTS, person: PARENTS } : () => antecedentOf(named);
    }
    if (named.length) fromThread = false;
    return {
      ...sentence,
      target: wordCount >= 3 || rules ? target : undefined,
      claim: rules?.claim ?? false,
      signals: {
        targets: [...new Set(own.map((t) => (t.named ? NAMED : t.label)))],
        carried,
        acts: [...new Set(acts.filter((a) => within(a, sentence)).map((a) => a.kind))],
        praised: praise.some((p) => within(p, sentence)),
        rulesAttack: !!rules,
        guards: [...new Set(guards.filter((g) => within(g, sentence)).map((g) => g.name))],
      },
    };
  });
  // "The new head started in September. She…": the opening sets the scene for what follows.
  read.forEach((s, i) => {
    if (s.signals.targets.length && read[i + 1]?.signals.carried) s.signals.introduces = true;
  });
  return read;
}

/** The words of a sentence outside the given targets (offsets into the line). */
function wordsBesides(words: string, targets: TargetHit[], sentence: Span): number {
  const rest = targets.reduce(
    (left, t) =>
      left.slice(0, t.start - sentence.start) +
      ' '.repeat(t.end - t.start) +
      left.slice(t.end - sentence.start),
    words,
  );
  return rest.match(/\p{L}+/gu)?.length ?? 0;
}

/** One training text as one example: the union of its sentences' signals. */
export function textSignals(signals: SentenceSignals[]): ToneSignals {
  return {
    targets: [...new Set(signals.flatMap((s) => s.signals.targets))],
    carried: signals.some((s) => s.signals.carried),
    acts: [...new Set(signals.flatMap((s) => s.signals.acts))],
    praised: signals.some((s) => s.signals.praised),
    rulesAttack: signals.some((s) => s.signals.rulesAttack),
    guards: [...new Set(signals.flatMap((s) => s.signals.guards ?? []))],
  };
}
