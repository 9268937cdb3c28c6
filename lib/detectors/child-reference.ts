// Children on no list whom the post presents as pupils or children known through
// work (clauses 5.4, 6.8): "a girl in my class called Tia", "one of my Year 6s,
// Kacper", a tutee, a key child, a pupil's named sibling. Not the writer's own
// family, friends' children, celebrities or characters. Cue-driven: a cheap test
// for cue words first, then bounded patterns, then a check of the name itself.
import { defineDetector, type DetectContext } from '../engine/detector';
import {
  ADULT_CONTEXT,
  childCuesOf,
  COMMON_NOUN_ENDING,
  COVER_CUE,
  CUE_HINT,
  GROUP_CUE,
  LIST_ITEM_NAME,
  NAME_IN_CLASS,
  NAME_PAIR,
  NOT_A_CHILD_NAME,
  OWN_CIRCLE,
  PARTNER_CONTEXT,
  SCHOOL_CONTEXT,
  WORD_GIVEN_NAMES,
  type ChildCue,
} from '../names/child-cues';
import { foldName, nameParts } from '../text/fold';
import { allMatches } from '../text/all-matches';
import { gateLiterals, LiteralIndex } from '../text/literal-gate';
import type { LazyPattern } from '../text/lazy-pattern';
import { onWordDataInstalled } from '../text/word-data';
import { isKnownWord, posOf } from '../text/part-of-speech';
import { isEverydayWord } from '../text/everyday';
import { SUBJECT_WORDS } from '../names/rule-words';
import { sentenceStart } from '../text/sentences';
import { overlaps, type Span } from '../text/span';
import { type NameIndex, nameIndexFor } from '../names/name-index';
import { schoolClassWords } from '../names/class-words';
import type { Finding, Hit } from '../engine/finding';
import { ADULT_RULE, contextChildNames, OWN_RULE } from '../names/child-context';
import { notAGivenName } from '../names/child-name-look';
import { givenNameEvidence } from '../names/child-candidates';
import {
  otherSchoolInResults,
  placedNames,
  PLACING_RULE,
  RESULTS_RULE,
} from '../names/child-results';
import { scanNames } from '../names/find-names';
import { beyondLatin, type Token } from '../names/tokens';

interface CueSpan extends Span {
  /** The cue that found it. */
  rule: string;
  /** The cue gave the word as a name ("a lad called Rio"): what else it can be says nothing. */
  given?: boolean;
}

/**
 * Each cue runs, and is built and compiled by V8, only on text holding a literal it
 * requires (lib/text/literal-gate.ts): "called" or "named", "little", "brother"… A first
 * check used to compile all of them, some milliseconds each for their Unicode classes,
 * and the engine's import to construct them all (lib/text/lazy-pattern.ts).
 */
let cueGates: LiteralIndex | undefined;
// Worked out on first use, once the checker has installed the gate data (lib/text/word-data.ts),
// for the cues of the checker running (one list, unless checkers with other data run in turn).
let gates: Map<LazyPattern, number | null> | undefined;
let gatedCues: readonly ChildCue[] | undefined;
onWordDataInstalled(() => (gates = undefined));
function useCues(cues: readonly ChildCue[]): void {
  if (gates && gatedCues === cues) return;
  gatedCues = cues;
  const index = (cueGates = new LiteralIndex());
  gates = new Map(
    [...cues.map((cue) => cue.pattern), COVER_CUE, NAME_PAIR, GROUP_CUE].map((pattern) => {
      const literals = gateLiterals(pattern.source);
      return [pattern, literals ? index.add(literals) : null] as const;
    }),
  );
}
/** The cue's expression when `text` may match it, else undefined (and nothing is built). */
const mayMatch = (pattern: LazyPattern, text: string): RegExp | undefined => {
  const gate = gates?.get(pattern);
  const open = gate === null || gate === undefined || cueGates!.has(gate, text);
  return open ? pattern.regexp : undefined;
};

/** "a boy called Arthur Pendragon": a first name and a surname is a character or a
 * public figure far more often than a child the writer knows through work. */
const FULL_NAME_AFTER = /^ (?!Year\b|Reception\b|Nursery\b|Class\b)\p{Lu}\p{Ll}+/u;

const CHILD_KINDS = new Set(['pupil-name', 'child-reference']);
const COVER_RULE = 'child-reference/covered-class';

function isListed(name: string, index: NameIndex): boolean {
  const parts = nameParts(name);
  const whole = parts.join(' ');
  return (index.byFirstPart.get(parts[0] ?? '') ?? []).some((e) => e.parts.join(' ') === whole);
}

/** "our former student Jade, now 19": an age of 18 or more. */
const GROWN_UP_AFTER = /^,? (?:now |aged? )?(?:1[89]|[2-9]\d)\b(?! months)/;
/** "Chidi's big brother Ikenna, now a nurse at the hospital", "Ama's sister Efua (at uni
 * now)": adult work or study. Only for a pupil's sibling, who is a child we know through
 * work only while a child; a former pupil now at university is still one we taught. */
const GROWN_UP_WORK_AFTER =
  /^(?:,? (?:who(?:['’]s| is) )?now (?:a|an|at|in) (?:qualified |trainee |student |junior |newly qualified )?(?:nurse|doctor|teacher|paramedic|police|officer|soldier|engineer|apprentice|electrician|plumber|mechanic|midwife|solicitor|lawyer|accountant|chef|uni|university|college|the army|the navy|work)\b| \((?:now )?(?:at uni|at university|an adult|grown up)\b)/;

/** Words that are never a name given to a child, even after "called": "a boy called Me". */
const CLOSED_CLASS = new Set(['pronoun', 'determiner', 'preposition', 'conjunction', 'modal']);

/** Quiet: "She's" — a contraction is no name. */
const CONTRACTION_RULE = 'child-reference/not-a-name/contraction';
/** Quiet: a function word, a title or a calendar word ("a boy called Me", "Mum", "Monday"). */
const FUNCTION_WORD_RULE = 'child-reference/not-a-name/function-word';
/** Quiet: an abstract noun the lexicon lacks ("Behaviour in Y6", "Attendance in Year 3"). */
const ABSTRACT_RULE = 'child-reference/not-a-name/abstract-noun';
/** Quiet: a word the lexicon knows as no noun or name ("Running in Year 4"), or, after a cue
 * that needs a strict name, an everyday noun or a subject ("Maths in Year 5"). */
const ORDINARY_RULE = 'child-reference/not-a-name/ordinary-word';
/** Quiet: a word people use every day in lower case, by SUBTLEX-US frequency (everyday.ts),
 * that the lexicon does not know as a name: "Our Year 7 Mass today", "Pizza in my class". */
const EVERYDAY_RULE = 'child-reference/not-a-name/everyday-word';
/** Quiet: a name on the school's lists, or the name of one of its classes ("Year 6 Ospreys"). */
const LISTED_RULE = 'child-reference/listed-or-class';
/** Quiet: grown up ("our former student Jade, now 19", "his big brother Ikenna, now a nurse"). */
const GROWN_UP_RULE = 'child-reference/grown-up';
/** Quiet: a first name with a surname after it, after a cue that names characters as often
 * as children ("a boy called Arthur Pendragon"). */
const FULL_NAME_RULE = 'child-reference/someone-full-name';

/** Why a capitalised word after a cue is no child's name (the quiet rule), or undefined.
 * `strict`: the cue needs a word that is no everyday noun; `loose`: the cue gives the word
 * as a name ("a lad called Rio"). */
function whyNotAName(name: string, strict: boolean, loose = false): string | undefined {
  // "She's in Year 9 now": a contraction is no name.
  if (/['’](?:s|ve|ll|re|d|m)$/i.test(name) && isKnownWord(foldName(name.replace(/['’].*/, ''))))
    return CONTRACTION_RULE;
  const key = foldName(name.split('-')[0]!);
  if (key.length < 2 || NOT_A_CHILD_NAME.has(key)) return FUNCTION_WORD_RULE;
  // Given names that are also words, used in British families ("his twin Goodness", "their
  // striker Marvellous"): a name after any cue but one that needs a rare word.
  if (!strict && WORD_GIVEN_NAMES.has(key)) return undefined;
  // Only the lexicon's own words count against a name: "Tilly" is no "-ly" adverb;
  // an abstract noun it lacks ("Behaviour") is still no given name.
  if (!isKnownWord(key)) {
    if (key.length >= 6 && COMMON_NOUN_ENDING.test(key)) return ABSTRACT_RULE;
    return !loose && isEverydayWord(key) ? EVERYDAY_RULE : undefined;
  }
  const pos = posOf(key);
  if (pos === 'name') return undefined;
  // "a lad called Rio", "a Y3 called Blessing": the cue gives the word as a name.
  if (loose) return CLOSED_CLASS.has(pos) ? FUNCTION_WORD_RULE : undefined;
  if (pos !== 'noun' && pos !== 'adjective') return ORDINARY_RULE;
  // After a cue that needs a strict name, a rare word is still a name ("Holly", "Ruby"):
  // how ordinary a word is comes from how often people use it (everyday.ts).
  return strict && (isEverydayWord(key) || SUBJECT_WORDS.has(key)) ? ORDINARY_RULE : undefined;
}

/** A capitalised word after a strong cue is a name unless a rule says otherwise. */
const plausibleName = (name: string, strict: boolean, loose = false): boolean =>
  whyNotAName(name, strict, loose) === undefined;

function isVerb(word: string): boolean {
  const pos = posOf(word);
  return pos === 'verb' || (pos === 'adjective' && word.endsWith('ed'));
}

/** A pupil or child found within the next few words: "Luca, little brother to Ionut". */
function childAfter(earlier: readonly Finding[], at: number): boolean {
  return earlier.some((f) => CHILD_KINDS.has(f.kind) && f.start > at && f.start - at <= 40);
}

/** The sentence so far before a name, at most 120 characters back ("My nephew Sam"). */
function sentenceBefore(text: string, at: number): string {
  return text.slice(sentenceStart(text, at, 120), at);
}

const pupilNamed = (earlier: readonly Finding[]) => earlier.some((f) => f.kind === 'pupil-name');

function childBefore(
  text: string,
  earlier: readonly Finding[],
  at: number,
  how: 'adjacent' | 'anywhere',
  index: NameIndex,
): boolean {
  // "Archies brother Tyler": the pupil's span may take in the "s" of a possessive typed
  // without its apostrophe, or the pupil check may have read "Kacpers" as no name at all.
  const glued = text[at] === 's' ? at + 1 : at;
  if (how === 'adjacent' && glued > at) {
    const word = /[\p{L}\p{M}]+$/u.exec(text.slice(Math.max(0, at - 30), at));
    if (word && isListed(word[0], index)) return true;
  }
  return earlier.some(
    (f) =>
      CHILD_KINDS.has(f.kind) &&
      (how === 'adjacent' ? f.end === at || f.end === glued : f.end <= at),
  );
}

/** "Tilly's pen pal Mason Holt": after a cue that allows a full name, the surname goes with
 * the name, so a child who shares only a first name with a listed pupil is no pupil. */
const SURNAME_AFTER =
  /^ (?!Year\b|Reception\b|Nursery\b|Class\b)(\p{Lu}[\p{Ll}\p{M}'’-]+)(?![\p{L}\p{M}])/u;

function cueNames(
  text: string,
  cue: ChildCue,
  earlier: readonly Finding[],
  index: NameIndex,
  quiet?: (s: CueSpan) => void,
): CueSpan[] {
  const out: CueSpan[] = [];
  const pattern = mayMatch(cue.pattern, text);
  if (!pattern) return out;
  for (const m of allMatches(pattern, text)) {
    const name = m[m.length - (cue.verbAfter ? 2 : 1)]!;
    if (cue.verbAfter && !isVerb(m[m.length - 1]!)) continue;
    const start =
      m.index + m[0].lastIndexOf(name, m[0].length - (cue.verbAfter ? m[m.length - 1]!.length : 0));
    if (cue.groupMustMatch && !cue.groupMustMatch.test(m[1] ?? '')) continue;
    // A post that names a listed pupil is about school too ("Josh, who I coach, and our own Zac").
    if (cue.needsSchoolContext && !SCHOOL_CONTEXT.test(text) && !pupilNamed(earlier)) continue;
    if (cue.needsPartnerContext && !PARTNER_CONTEXT.test(text)) continue;
    if (cue.wordNamesOnly && givenNameEvidence(foldName(name)) !== null) continue;
    if (cue.needsChildBefore && !childBefore(text, earlier, m.index, cue.needsChildBefore, index))
      continue;
    if (cue.needsChildAfter && !childAfter(earlier, start + name.length)) continue;
    const end = start + name.length;
    const why = (rule: string | undefined) => {
      if (rule) quiet?.({ start, end, rule });
      return rule !== undefined;
    };
    if (why(whyNotAName(name, cue.strictName === true, cue.looseName === true))) continue;
    // "The Fox and the Crow in Year 2": after an article a capitalised word is a title's.
    if (why(notAGivenName(text, start, end, cue.looseName === true))) continue;
    // "our former student Jade, now 19": a grown-up former pupil.
    const after = text.slice(end, end + 48);
    const grownUp =
      GROWN_UP_AFTER.test(after) || (cue.id.includes('sibling') && GROWN_UP_WORK_AFTER.test(after));
    if (why(grownUp ? GROWN_UP_RULE : undefined)) continue;
    if (why(OWN_CIRCLE.test(sentenceBefore(text, start)) ? OWN_RULE : undefined)) continue;
    if (why(cue.skipAdultContext && ADULT_CONTEXT.test(text.slice(end)) ? ADULT_RULE : undefined))
      continue;
    const fullName = !cue.fullNameOk && FULL_NAME_AFTER.test(text.slice(end, end + 30));
    if (why(fullName ? FULL_NAME_RULE : undefined)) continue;
    const surname = cue.fullNameOk ? SURNAME_AFTER.exec(text.slice(end, end + 30)) : null;
    const whole =
      surname && posOf(foldName(surname[1]!)) !== 'verb' ? end + surname[0].length : end;
    out.push(
      cue.looseName
        ? { start, end: whole, rule: cue.id, given: true }
        : { start, end: whole, rule: cue.id },
    );
  }
  return out;
}

function coveredClassNames(text: string): CueSpan[] {
  const coverCue = mayMatch(COVER_CUE, text);
  if (!coverCue) return [];
  const cover = coverCue.exec(text);
  coverCue.lastIndex = 0;
  if (!cover) return [];
  const out: CueSpan[] = [];
  const rest = text.slice(cover.index);
  const namePair = mayMatch(NAME_PAIR, rest);
  if (!namePair) return out;
  for (const m of rest.matchAll(namePair)) {
    const base = cover.index + m.index;
    const a = m[1]!;
    const b = m[2]!;
    if (!plausibleName(a, true) || !plausibleName(b, true)) continue;
    if (!isVerb(m[3]!)) continue;
    out.push({ start: base, end: base + a.length, rule: COVER_RULE });
    const bStart = base + m[0].indexOf(b, a.length);
    out.push({ start: bStart, end: bStart + b.length, rule: COVER_RULE });
  }
  return out;
}

const CLASS_RULE = 'child-reference/in-school-class';
const LINK_BEFORE =
  /(?:in|joins|joined|joining|from|into|starts in|starting in|moves to|moving to) (?:the )?$/;

/** "Tomos joins Wrens", "Leah in Kites Class": a child on no list put in one of the school's
 * own classes (named by a word of its name that is no colour or generic word). Looked for
 * from each class word the text holds, so text with none costs an indexOf per class word. */
function inSchoolClass(text: string, index: NameIndex): CueSpan[] {
  const out: CueSpan[] = [];
  for (const written of schoolClassWords(index).values()) {
    // Capitalised as a class is written: "Kites", not "kites".
    const word = written[0]!.toUpperCase() + written.slice(1);
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const before = text.slice(Math.max(0, at - 40), at);
      // The link word first, without Unicode classes: most class words follow none.
      if (!LINK_BEFORE.test(before) || /[\p{L}\p{M}]/u.test(text[at + word.length] ?? ' '))
        continue;
      const m = NAME_IN_CLASS.exec(before);
      if (!m || !plausibleName(m[1]!, true)) continue;
      const start = Math.max(0, at - 40) + m.index;
      if (OWN_CIRCLE.test(sentenceBefore(text, start))) continue;
      out.push({ start, end: start + m[1]!.length, rule: CLASS_RULE });
    }
  }
  return out;
}

const GROUP_RULE = 'child-reference/group-list';

/** "our Year 11s smashed it! Kiera → Durham, Zac → plumbing": names opening the items of
 * a list, on the same line after the writer's own year group. */
function groupListNames(text: string): CueSpan[] {
  const groupCue = mayMatch(GROUP_CUE, text);
  if (!groupCue) return [];
  const group = groupCue.exec(text);
  groupCue.lastIndex = 0;
  if (!group) return [];
  const from = group.index + group[0].length;
  const lineEnd = text.indexOf('\n', from);
  const rest = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
  const out: CueSpan[] = [];
  for (const m of rest.matchAll(LIST_ITEM_NAME.regexp)) {
    if (!plausibleName(m[1]!, true)) continue;
    out.push({ start: from + m.index, end: from + m.index + m[1]!.length, rule: GROUP_RULE });
  }
  return out.length >= 2 ? out : [];
}

/** "our Y13 netballers Bea and Holly": a child named beside a found one, joined by "and",
 * "&" or a comma, is one too. */
function joinedNames(text: string, found: CueSpan[]): CueSpan[] {
  const out: CueSpan[] = [];
  const JOINED = /^(?:,|,? and| &) (\p{Lu}[\p{Ll}\p{M}'’]+)(?![\p{L}\p{M}])/u;
  const queue = [...found];
  for (let s = queue.shift(); s; s = queue.shift()) {
    const m = JOINED.exec(text.slice(s.end, s.end + 40));
    if (!m || !plausibleName(m[1]!, true)) continue;
    const start = s.end + m[0].length - m[1]!.length;
    if (FULL_NAME_AFTER.test(text.slice(start + m[1]!.length, start + m[1]!.length + 30))) continue;
    const next = { start, end: start + m[1]!.length, rule: s.rule };
    out.push(next);
    queue.push(next);
  }
  return out;
}

/** Folded words of the class names ("Year 6 Ospreys"): a class is no child. */
const classWordsOf = new WeakMap<NameIndex, Set<string>>();
function classWords(index: NameIndex): Set<string> {
  let words = classWordsOf.get(index);
  if (!words) {
    words = new Set(index.people.flatMap((p) => (p.className ? nameParts(p.className) : [])));
    classWordsOf.set(index, words);
  }
  return words;
}

/** Other mentions of a found name in the same text ("No, Harley."). */
function repeats(text: string, found: CueSpan[]): CueSpan[] {
  const out: CueSpan[] = [];
  const ruleOf = new Map(found.map((s) => [text.slice(s.start, s.end), s.rule]));
  // "1st Kai Dobson (Birkwith) … between Anish and Kai": a full name's first name later on.
  for (const s of found) {
    const first = /^(\p{Lu}[\p{Ll}\p{M}'’-]+) \p{Lu}/u.exec(text.slice(s.start, s.end));
    if (first && !ruleOf.has(first[1]!)) ruleOf.set(first[1]!, s.rule);
  }
  for (const [name, rule] of ruleOf) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + name.length] ?? ' ';
      if (/[\p{L}\p{M}]/u.test(before) || /[\p{L}\p{M}]/u.test(after)) continue;
      out.push({ start: at, end: at + name.length, rule });
    }
  }
  return out;
}

export default defineDetector<{ index: NameIndex; cues: readonly ChildCue[] }>({
  id: 'child-reference',
  raises: ['child-reference'],
  // A listed pupil or member of staff, the school or a pupil's record number is not "a child on
  // no list": it reads every kind that names someone or something first.
  reads: ['pupil-identifier', 'school-identifier', 'pupil-name', 'staff-name'],
  description: 'Children on no list whom the post presents as known through work',
  compile: (settings, { data, shared }) => ({
    index: shared('name-index', () =>
      nameIndexFor(settings, data.namesModel, data.staffShortForms),
    ),
    cues: data.childCues ? childCuesOf(data.childCues) : [],
  }),
  detect(text, { index, cues }, context) {
    const { earlier, trace } = context;
    useCues(cues);
    const inClass = inSchoolClass(text, index);
    const taken = (s: Span) => earlier.some((f) => overlaps(f, s));
    const unknown = (s: Span) => taken(s) || isListed(text.slice(s.start, s.end), index);
    const quietCue =
      trace &&
      ((q: CueSpan) =>
        trace({
          kind: 'child-reference',
          ...q,
          verdict: 'quiet',
          fired: [{ rule: q.rule, said: 'quiet' }],
        }));
    const cued = CUE_HINT.test(text)
      ? [
          ...cues.flatMap((cue) => cueNames(text, cue, earlier, index, quietCue)),
          ...coveredClassNames(text),
          ...groupListNames(text),
        ]
      : [];
    cued.push(...inClass);
    // "1st Kai Dobson (Birkwith)": a place of another school beside a name in results.
    const ourPlace = (s: Span) =>
      taken(s) || classWords(index).has(foldName(text.slice(s.start, s.end).split(' ')[0]!));
    for (const s of otherSchoolInResults(text, ourPlace)) cued.push({ ...s, rule: RESULTS_RULE });
    for (const s of placedNames(text)) cued.push({ ...s, rule: PLACING_RULE });
    // The cues' reasons first: a name they found keeps their rule (the step reads the same).
    const fromCues = [...cued, ...joinedNames(text, cued)];
    const found: CueSpan[] = [
      ...fromCues,
      ...contextChildNames(
        text,
        (s) => unknown(s) || fromCues.some((c) => overlaps(c, s)),
        earlier.filter((f) => f.kind === 'pupil-name'),
        trace &&
          ((q) =>
            trace({
              kind: 'child-reference',
              ...q,
              verdict: 'quiet',
              fired: [{ rule: q.rule, said: 'quiet' }],
            })),
        scannedWords(text, index, context),
      ),
    ];
    if (found.length === 0) return [];
    // A place, an event or an exam found by a list or a class word ("Wythnos y Mabinogi in
    // Tylluanod"); the cues asked of their own names already. Its other mentions go with it.
    const named = found.filter((s) => {
      const look = notAGivenName(text, s.start, s.end, s.given === true);
      if (look) quietCue?.({ start: s.start, end: s.end, rule: look });
      return !look;
    });
    const hits: Hit[] = [];
    const seen = new Set<number>();
    for (const s of [...named, ...repeats(text, named)].sort((a, b) => a.start - b.start)) {
      const name = text.slice(s.start, s.end);
      if (seen.has(s.start) || taken(s)) continue;
      if (isListed(name, index) || classWords(index).has(foldName(name))) {
        // A listed name the pupil check left quiet, or a class of this school: not a child on no list.
        quietCue?.({ start: s.start, end: s.end, rule: LISTED_RULE });
        continue;
      }
      seen.add(s.start);
      hits.push({
        kind: 'child-reference',
        start: s.start,
        end: s.end,
        rule: s.rule,
        reason: `${name} is named as a child you know through work`,
      });
      trace?.({
        kind: 'child-reference',
        start: s.start,
        end: s.end,
        verdict: 'flagged',
        rule: s.rule,
        fired: [{ rule: s.rule, said: 'flag' }],
      });
    }
    return hits;
  },
});

/**
 * The words the pupil and staff checks' name scan already split this piece into (name-hits.ts),
 * so the general step does not split it again: that second split cost a keystroke about a
 * tenth of a millisecond. Only when they are this text's own words: not when the scan had to
 * normalise the text (offsets moved), and not when it left a word in another script unfolded
 * because the school's lists are all in Latin letters ("Алёна" is still a child's name here).
 */
function scannedWords(text: string, index: NameIndex, context: DetectContext): Token[] | undefined {
  if (!context.memo || context.trace) return undefined;
  const scan = context.memo('names', () => scanNames(text, index));
  if (scan.offsets || scan.text !== text) return undefined;
  if (index.latinOnly && scan.tokens.some((t) => t.key === '' && beyondLatin(t.raw)))
    return undefined;
  return scan.tokens;
}
