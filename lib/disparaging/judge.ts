// Decides which sentences of a line attack a target. An act counts when a
// target shares its clause; a strong act (insult, allegation) may also borrow
// a target from its sentence or the one before or after, when its own clause
// names no other subject ("Absolute clown, read from a script"). Guards explain
// harsh words away: praise, a story or match, a past job, a sincere disclaimer,
// the writer talking about themself.
import type { ActKind } from './acts/kinds';
import { type ActHit, type Lexicon, type TargetHit } from './lexicon';
import { lowerAscii, straightenApostrophes } from '../text/fold';
import type { Span } from '../text/span';
import { maskReportedSpeech, splitClauses, splitSentences } from './sentences';
import { findTargets, IMPLIED } from './find-targets';
import { between, overlaps, within } from '../text/span';
import { isNounLike } from '../text/part-of-speech';
import { hasOwnSubject, isPersonNoun } from './subject';
import { POINTERS } from './pointers';
import { pointedGroup, REPLY_SUBJECT, type Antecedent } from './thread';

export interface Attack extends Span {
  target: string;
  /** An allegation or insinuation: could be defamatory. */
  claim: boolean;
}

/** Acts strong enough to borrow a target from another clause or sentence. */
const CARRY_KINDS: ReadonlySet<ActKind> = new Set(['insult', 'scorn', 'claim']);
/** Acts that govern their whole sentence ("funny how…", "love how…"). */
const SENTENCE_KINDS: ReadonlySet<ActKind> = new Set(['hint', 'sarcasm', 'irony', 'mock']);
/** Acts that are also praise: quiet when praise is near. */
const FRAGILE_KINDS: ReadonlySet<ActKind> = new Set([
  'weak',
  'jibe',
  'scorn',
  'sarcasm',
  'hint',
  'mock',
]);
/** Acts that may be about a thing: "the heating is rubbish", "useless at netball". */
const THING_KINDS: ReadonlySet<ActKind> = new Set(['weak', 'scorn']);
// "useless at the tug of war" rates a skill; "useless at her job" does not.
const SKILL_AFTER =
  /^ at (?!(?:her|his|their|your|the) job|everything|anything|teaching|leading|managing)/;
// "It's ugly Christmas jumper day": the word describes the noun after it.
const NEXT_WORD = /^[\s-]*([a-z][a-z'-]*)/;
/** Allegations and hints are about adults and organisations: pupils' behaviour is described, not alleged. */
const ALLEGATION_KINDS: ReadonlySet<ActKind> = new Set(['claim', 'hint']);
const PUPILS: ReadonlySet<string> = new Set(['pupils', 'a pupil']);
const FIRST_PERSON = /(?<![\p{L}\p{N}])(?:i|i'm|im|i am|i was|i've|me|myself)(?![\p{L}\p{N}'])/iu;
// "I'm so thick", "I feel useless": the writer is the one described.
const SELF_BEFORE_ACT =
  /(?<![\p{L}\p{N}])(?:i'm|im|i am|i was|i feel|i felt|i look|i sound|feeling|feel like|felt like|we're|we are|we were|made me|makes me|me)(?: \w+){0,2} ?$/iu;

const EXCLAMATION = /^(?:absolute|total|complete|utter)\s/i;
/** Insinuation about "she"/"they" points back to someone named in the sentence before. */
const POINTING_KINDS: ReadonlySet<ActKind> = new Set(['hint']);
const POINTER = new RegExp(`(?<![\\p{L}'])(?:${POINTERS.join('|')})(?![\\p{L}'])`, 'u');

/** `typed` is the line as written: offsets in the attacks are offsets into it. */
export function findAttacks(
  typed: string,
  lexicon: Lexicon,
  known: TargetHit[],
  /** What the caller already found on the same masked text (tone/signals.ts): not found twice. */
  already?: { acts: ActHit[]; targets: TargetHit[] },
  /** The groups the thread this post replies to is about (thread.ts): a pointer's last resort. */
  thread?: Antecedent,
): Attack[] {
  // Both copies keep every offset: the lexicon matches the ASCII lower-case one (lexicon.ts).
  const line = straightenApostrophes(typed);
  const text = maskReportedSpeech(lowerAscii(line));
  // Cheapest refusals first: on dense text every line reaches this far, so each
  // list is scanned once, and only while something could still come of it.
  const found = already?.acts ?? findActs(text, lexicon);
  if (!found.length) return [];
  const complaints = lexicon.complaints.matches(text);
  // Irony ("well done…") counts only beside a complaint: with none in the line it is praise.
  const acts = complaints.length ? found : found.filter((a) => a.kind !== 'irony');
  if (!acts.length) return [];
  if (lexicon.disclaimers.test(text) || lexicon.pastJobs.test(text)) return [];
  const targets = already?.targets ?? findTargets(text, maskReportedSpeech(line), lexicon, known);
  if (!targets.length && thread === undefined) return [];
  const allPraise = lexicon.praise.matches(text);
  const elsewhere = lexicon.otherWorlds.matches(text);
  const things = lexicon.things.matches(text);

  const sentences = splitSentences(text);
  const attacks: Attack[] = [];
  sentences.forEach((sentence, i) => {
    if (elsewhere.some((s) => within(s, sentence))) return;
    // Mock praise needs a complaint beside it: "oh great, … cut again".
    const complaining = complaints.some((c) => within(c, sentence));
    const mocking = acts.filter(
      (a) => within(a, sentence) && (a.kind === 'mock' || (a.kind === 'irony' && complaining)),
    );
    // The praise words inside mockery are not praise.
    const praise = allPraise.filter((p) => !mocking.some((m) => overlaps(m, p)));
    const scene: Scene = {
      text,
      sentence,
      clauses: splitClauses(text, sentence),
      praised: praise.some((p) => within(p, sentence)),
      praise,
      things,
      targets,
      neighbour: (among) => neighbourTarget(sentences, i, among),
      // Before the post names anyone, "they" and "you" may be the ones the thread is about.
      thread:
        thread !== undefined &&
        !targets.some((t) => t.start < sentence.end) &&
        pointsBack(text.slice(sentence.start, sentence.end))
          ? {
              start: sentence.start,
              end: sentence.start,
              label: pointedGroup(thread, text.slice(sentence.start, sentence.end)),
            }
          : undefined,
    };
    let target: TargetHit | undefined;
    let claim = false;
    for (const act of acts.filter((a) => within(a, sentence))) {
      if (act.kind === 'irony' && !complaining) continue;
      const chosen = targetOf(act, scene);
      if (!chosen) continue;
      target ??= chosen;
      claim ||= ALLEGATION_KINDS.has(act.kind);
    }
    if (target) attacks.push({ ...sentence, target: target.label, claim });
  });
  return attacks;
}

interface Scene {
  text: string;
  sentence: Span;
  clauses: Span[];
  praised: boolean;
  praise: Span[];
  things: Span[];
  targets: TargetHit[];
  neighbour: (among: TargetHit[]) => TargetHit | undefined;
  /** The thread's target, when this sentence points back and the post named none before it. */
  thread?: TargetHit;
}

/** The target an act is aimed at, or nothing when a guard explains it away. */
function targetOf(act: ActHit, scene: Scene): TargetHit | undefined {
  const { text, sentence } = scene;
  const targets = ALLEGATION_KINDS.has(act.kind)
    ? scene.targets.filter((t) => !PUPILS.has(t.label))
    : scene.targets.filter((t) => t.label !== IMPLIED);
  if (FRAGILE_KINDS.has(act.kind) && scene.praised) return undefined;
  if (THING_KINDS.has(act.kind) && aboutSomethingElse(act, scene)) return undefined;
  const clause = scene.clauses.find((c) => c.start <= act.start && act.start < c.end) ?? sentence;
  const lead = text.slice(clause.start, act.start);
  if (SELF_BEFORE_ACT.test(lead.slice(-24))) return undefined;
  const scope = SENTENCE_KINDS.has(act.kind) ? sentence : clause;
  const own = nearest(
    targets.filter((t) => within(t, scope)),
    act,
  );
  if (own) {
    // "The trust's new policy is a nightmare": the policy is criticised, not the trust.
    const aboutThing = THING_KINDS.has(act.kind) && scene.things.some((t) => between(t, own, act));
    // "The traffic was a nightmare #OldParkPrimary": the act already has its own subject.
    const otherSubject = own.start >= act.end && hasOwnSubject(lead, true);
    return aboutThing || otherSubject ? undefined : own;
  }
  // "Absolute clown, read from a script": a verbless insult about someone named nearby.
  const exclaimed =
    act.kind === 'weak' && !/\p{L}/u.test(lead) && EXCLAMATION.test(text.slice(act.start, act.end));
  // "…the chair's speech, the man is a walking thesaurus": a jibe whose subject points back.
  const pointed =
    (POINTING_KINDS.has(act.kind) && POINTER.test(text.slice(sentence.start, sentence.end))) ||
    (act.kind === 'jibe' && POINTER.test(lead)) ||
    (scene.thread !== undefined && REPLY_SUBJECT.test(text.slice(sentence.start, act.start)));
  if (!CARRY_KINDS.has(act.kind) && !exclaimed && !pointed) return undefined;
  if (scene.praise.some((p) => within(p, clause))) return undefined;
  if (FIRST_PERSON.test(lead) || (!pointed && hasOwnSubject(lead))) return undefined;
  // The subject before the act, else someone named in the sentence before or after, else later on.
  const inSentence = targets.filter((t) => within(t, sentence));
  return (
    inSentence.find((t) => t.start < act.start) ??
    scene.neighbour(targets) ??
    nearest(inSentence, act) ??
    scene.thread
  );
}

/** A sentence with a pointer ("they", "she") or one that opens on "you" (thread.ts). */
function pointsBack(sentence: string): boolean {
  return POINTER.test(sentence) || REPLY_SUBJECT.test(sentence);
}

/** A skill rated ("awful at tidying up") or a noun described ("ugly Christmas jumpers"). */
function aboutSomethingElse(act: ActHit, scene: Scene): boolean {
  const after = scene.text.slice(act.end, act.end + 40);
  if (SKILL_AFTER.test(after)) return true;
  const next = NEXT_WORD.exec(after)?.[1];
  if (!next || !isNounLike(next) || isPersonNoun(next)) return false;
  const nextStart = act.end + after.indexOf(next);
  return !scene.targets.some((t) => t.start === nextStart);
}

function findActs(text: string, lexicon: Lexicon): ActHit[] {
  return lexicon.acts.flatMap(({ kind, words }) =>
    words.matches(text).map((span) => ({ ...span, kind })),
  );
}

function neighbourTarget(sentences: Span[], i: number, targets: TargetHit[]) {
  for (const j of [i - 1, i + 1]) {
    const s = sentences[j];
    const found = s && targets.find((t) => within(t, s));
    if (found) return found;
  }
  return undefined;
}

/** The subject if there is one (the first target before the act), else the closest after it. */
function nearest(targets: TargetHit[], act: Span): TargetHit | undefined {
  const before = targets.filter((t) => t.start < act.start).sort((a, b) => a.start - b.start);
  const subject = before.find((t) => !t.owner) ?? before[0];
  if (subject) return subject;
  let best: TargetHit | undefined;
  let bestGap = Infinity;
  for (const t of targets) {
    const gap = Math.max(0, t.end <= act.start ? act.start - t.end : t.start - act.end);
    if (gap < bestGap) [best, bestGap] = [t, gap];
  }
  return best;
}
