// The general child-reference step: every given name on no list is a candidate
// (child-candidates.ts), and the words around it decide. The cue patterns (child-cues.ts) each
// need one phrasing ("a girl called Tia"); this step asks instead what the name's neighbours
// say of it, so "looking forward to meeting Tobiah, who joins us" and "Aria, who will join the Wrens"
// are found by one cue (joining) however the sentence runs.
//
// A candidate is raised only when, in a post about work with children, a context cue
// (child-context-words.ts) holds in its sentence and no veto does: an adult word beside it
// ("our TA Jo"), the writer's own family ("my niece Mia"), a pet. Each decision carries its
// rule's id, so `scan --explain` says which words decided.
import { posOf } from '../text/part-of-speech';
import { tagsOf } from '../text/word-tags';
import { famousCover } from './famous';
import { tokenize, type Token } from './tokens';
import { childContext, type ChildContext } from './child-context-lists';
import {
  candidates,
  joined,
  phraseAfter,
  phraseBefore,
  sentenceOf,
  type Candidate,
} from './child-candidates';
import { FAMILY_ADJECTIVES, PET_TOY_NOUNS } from './context-words';
import { ADULT_CONTEXT, OWN_CIRCLE } from './child-cues';
import type { Span } from '../text/span';
import { notAGivenName } from './child-name-look';

export interface ContextSpan extends Span {
  rule: string;
}

/** The rules the step gives beside its cues' own ids (child-context-words.ts). */
const AT_OUR_SCHOOL_RULE = 'child-reference/context-at-our-school';
const SETTING_RULE = 'child-reference/context-setting';
const OTHER_SCHOOL_RULE = 'child-reference/context-elsewhere';
/** Names joined by "and", "&" or a comma to a child found by a cue are children too. */
const LIST_RULE = 'child-reference/context-list';
const RECORD_RULE = 'child-reference/context-record';
const POSITION_RULE = 'child-reference/context-other-side';
const DESCRIBED_RULE = 'child-reference/context-described';

/** The writer's own children: never known through work, wherever they go to school. */
const OWN_CHILD =
  /\b(?:[Mm]y|[Oo]ur) (?:(?:own|eldest|oldest|youngest|little|wee|baby|big|twin|middle) )?(?:son|sons|daughter|daughters|kids|children|boys|girls|baby|stepson|stepdaughter|little ones?)\b/;
/** A placing before a name in a results line, with a year or age group in the post:
 * "Y4 sprint final: 1st Ellis, 2nd Ayla". Ordinals have no word key, so the text is read. */
const PLACING_BEFORE =
  /(?:^|[\s,;:(])(?:1st|2nd|3rd|[4-9]th|winner|runner[- ]up)\s*[:\u2013\u2014-]?\s*$/i;

/** "Year 6", "Y4", "P3", "U11s", "under-9s", "Form 8" (a prep school's year): a year group or
 * club age group anywhere. */
const AGE_GROUP =
  /\b(?:[Yy]ear ?\d{1,2}|Y\d{1,2}|P[1-7]|U\d{1,2}s?|[Uu]nder[- ]\d{1,2}s?|[Ff]orm \d{1,2})\b/;

/** "his big brother", "Blessing's little sister": a possessive before the kin word. */
function possessiveBefore(tokens: Token[], kin: number, lo: number): boolean {
  let k = kin - 1;
  while (k >= lo && FAMILY_ADJECTIVES.has(tokens[k]!.key)) k--;
  const t = tokens[k];
  return t !== undefined && k >= lo && (t.possessive || /^(?:his|her|their)$/.test(t.key));
}

const SAME_SCHOOL = new Set(['year', 'reception', 'nursery', 'class', 'form', 'my', 'our']);

/** "Sophia from Holy Martyrs", "Leighton from the Aberfeldy primary". */
function fromElsewhere(
  w: ChildContext,
  tokens: Token[],
  to: number,
  hi: number,
  manySchools: boolean,
): boolean {
  // "Maisie and Theo (both from local primaries)".
  if (/^(?:both|all)$/.test(tokens[to + 1]?.key ?? '')) to++;
  // "Tiegan and Bailey from the juniors up the road": the place after the list.
  while (tokens[to + 1]?.key === 'and' && tokens[to + 2]?.shape === 'title' && to + 3 < hi) to += 2;
  const link = tokens[to + 1];
  if (!link || to + 1 >= hi || (link.key !== 'from' && link.key !== 'at')) return false;
  for (let k = to + 2; k < Math.min(hi, to + 6); k++) {
    const t = tokens[k]!;
    if (w.sets.settingWords.has(t.key)) return true;
    // "Harley from Year 6" is this school's (the cues' from-class), not another's.
    if (SAME_SCHOOL.has(t.key)) return false;
    // A bare name of a place ("from Holy Martyrs") only where several schools' children meet.
    if (!manySchools) continue;
    if (k === to + 2 && t.shape === 'title') return true;
    // "from the Aberfeldy primary" but not "Tristan and Iseult at the Minack" (a theatre).
    if (k === to + 3 && t.shape === 'title' && tokens[to + 2]!.key === 'the' && link.key === 'from')
      return true;
  }
  return false;
}

/** "our little Ruaridh", "my Poppy": the writer's own child. */
function ownBefore(tokens: Token[], from: number, lo: number): boolean {
  let k = from - 1;
  while (k >= lo && FAMILY_ADJECTIVES.has(tokens[k]!.key)) k--;
  return k >= lo && (tokens[k]!.key === 'my' || tokens[k]!.key === 'our');
}

/** An adult or a pet next to the name (not through the name's own possessive: "Kai's mum"):
 * the quiet rule that says so, or undefined. */
function notAChild(
  w: ChildContext,
  tokens: Token[],
  c: Candidate,
  lo: number,
  hi: number,
): string | undefined {
  for (let k = Math.max(lo, c.from - 2); k < c.from; k++) {
    const key = tokens[k]!.key;
    // "our TA Jo", "Our trainee Aarav".
    if (w.sets.adultWords.has(key) || w.sets.adultRoleWords.has(key)) return ADULT_RULE;
  }
  if (phraseBefore(tokens, c.from, w.phrases.adultBefore, 4, lo) >= 0) return ADULT_RULE;
  if (phraseAfter(tokens, c.to, w.phrases.adultDoingAfter, 8, hi) >= 0) return ADULT_RULE;
  if (tokens[c.to]!.possessive) return undefined;
  const appositive = /^\s*[,(\u2013\u2014-]/.test(tokens[c.to + 1]?.gapBefore ?? '');
  for (let k = c.to + 1; k < Math.min(hi, c.to + 12); k++) {
    const key = tokens[k]!.key;
    if (k < c.to + 4 && w.sets.adultWords.has(key)) return ADULT_RULE;
    // "Welcome Luna, our new school dog": a pet or a mascot in apposition (not "Eilidh found
    // a toad").
    if (k < c.to + 6 && PET_TOY_NOUNS.has(key) && appositive) return PET_RULE;
    // Someone else's job ("St Mary's head", "Kai's teacher") says nothing of the name.
    if (w.sets.adultRoleWords.has(key) && !tokens[k - 1]!.possessive) return ADULT_RULE;
    if (w.sets.staffTeams.has(key) && /^(?:team|staff)$/.test(tokens[k + 1]?.key ?? ''))
      return ADULT_RULE;
    if (k < c.to + 4 && tokens[k]!.possessive) break;
  }
  return undefined;
}

/**
 * Names of children on no list found by the words around them.
 * `skip(span)` says a span is already someone (a listed pupil, a member of staff) or found.
 */
export function contextChildNames(
  text: string,
  skip: (s: Span) => boolean,
  /** Listed pupils found in the text: a post naming one is about work with children. */
  pupils: readonly Span[] = [],
  /** Given only when a trace was asked for: each candidate left quiet, and the rule why. */
  onQuiet?: (quiet: ContextSpan) => void,
  /** The text's words when the name scan has already split it (tokenize(text) otherwise). */
  given?: Token[],
): ContextSpan[] {
  // Without the step's word lists (a data file without them) it finds no one: children on no
  // list are then found by the cue patterns alone.
  const w = childContext();
  if (!w) return [];
  const ageGroup = AGE_GROUP.test(text);
  const lower = text.toLowerCase();
  // Each word once, listed once (not spread again for each list asked about).
  const words = [...new Set(lower.match(/[a-z]+/g))];
  const some = (list: ReadonlySet<string>) => words.some((word) => list.has(word));
  const domain =
    pupils.length > 0 ||
    ageGroup ||
    some(w.sets.childDomainWords) ||
    w.phrases.atOurSchool.some((p) => lower.includes(p));
  if (!domain) return [];
  const teamDomain = ageGroup || some(w.sets.teamDomainWords);
  // "Kayleigh at Quebec Lines sent our Freya a drawing": "our" before a listed pupil sets the
  // school's children beside another's.
  const manySchools =
    some(w.sets.elsewhereDomainWords) ||
    pupils.some((p) => /\bour\s+$/i.test(text.slice(0, p.start)));
  const tokens = given ?? tokenize(text);
  const famous = famousCover(tokens);
  const cands = candidates(tokens, famous, w.sets).filter(
    (c) => !skip({ start: tokens[c.from]!.start, end: tokens[c.to]!.end }),
  );
  const raised = new Map<Candidate, string>();
  const vetoed = new Set<Candidate>();
  for (const c of cands) {
    const [lo, hi] = sentenceOf(tokens, c.from);
    const start = tokens[c.from]!.start;
    const end = tokens[c.to]!.end;
    const quiet = (rule: string) => {
      vetoed.add(c);
      onQuiet?.({ start, end, rule });
    };
    // A place, an event, an exam: "New P5 starter from Cumbria", "the Strathnethy end".
    const look = notAGivenName(text, start, end);
    if (look) {
      quiet(look);
      continue;
    }
    const sentenceBefore = text.slice(tokens[lo]!.start, start);
    if (OWN_CIRCLE.test(sentenceBefore) || ownBefore(tokens, c.from, lo)) {
      // "my niece Ottilie starts at ours": a relative's child at the writer's school.
      const atOurs =
        !OWN_CHILD.test(sentenceBefore) &&
        phraseAfter(tokens, c.to, w.phrases.atOurSchool, 6, hi) >= 0;
      if (atOurs) raised.set(c, AT_OUR_SCHOOL_RULE);
      else quiet(OWN_RULE);
      continue;
    }
    // "the Okafor family welcome baby Chiamaka": a pupil's family's newborn is the pupil's
    // sibling, where thanks or a welcome would otherwise make the name an adult's.
    if (
      pupils.length > 0 &&
      phraseBefore(tokens, c.from, BABY_WELCOMED, 3, lo) >= 0 &&
      phraseBefore(tokens, c.from, FAMILY_WORDS, 12, lo) >= 0
    ) {
      raised.set(c, BABY_OF_FAMILY_RULE);
      continue;
    }
    // "our TA Jo", "Sarah from Year 6 covered my duty": an adult beside or adult work after.
    const notChild = notAChild(w, tokens, c, lo, hi);
    if (notChild || ADULT_CONTEXT.test(text.slice(end))) {
      quiet(notChild ?? ADULT_RULE);
      continue;
    }
    const rule =
      cueFor(w, tokens, c, lo, hi, teamDomain, manySchools, pupils.length > 0) ??
      workCueFor(w, text, tokens, c, lo, hi, teamDomain);
    if (rule) raised.set(c, rule);
  }
  // Lists: a candidate joined to a raised one, either way, is raised with it.
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k < cands.length; k++) {
      const c = cands[k]!;
      if (raised.has(c) || vetoed.has(c)) continue;
      const prev = cands[k - 1];
      const next = cands[k + 1];
      if (
        (prev && raised.has(prev) && (joined(tokens, prev, c) || parallel(tokens, prev, c))) ||
        (next && raised.has(next) && joined(tokens, c, next))
      ) {
        raised.set(c, LIST_RULE);
        changed = true;
      }
    }
  }
  if (onQuiet)
    for (const c of cands)
      if (!raised.has(c) && !vetoed.has(c))
        onQuiet({ start: tokens[c.from]!.start, end: tokens[c.to]!.end, rule: NO_CUE_RULE });
  return [...raised].map(([c, rule]) => ({
    start: tokens[c.from]!.start,
    end: tokens[c.to]!.end,
    rule,
  }));
}

const SIBLING_RULE = 'child-reference/context-sibling';
/** Flagged: a newborn welcomed by the family of a pupil the post names ("the Okafor family
 * welcome baby Chiamaka. Tobi is …"). */
const BABY_OF_FAMILY_RULE = 'child-reference/context-baby-of-family';
const BABY_WELCOMED: readonly string[] = [
  'welcome baby',
  'welcomed baby',
  'welcoming baby',
  'baby',
];
const FAMILY_WORDS: readonly string[] = ['family', 'families'];
/** Quiet: the writer's own family ("our little Ruaridh", "my niece Mia"). */
export const OWN_RULE = 'child-reference/context-own-family';
/** Quiet: an adult ("our TA Jo", "Gaz the engineer", "Sarah … covered my duty"). */
export const ADULT_RULE = 'child-reference/context-adult';
/** Quiet: a pet or mascot ("Welcome Luna, our new school dog"). */
export const PET_RULE = 'child-reference/context-pet';
/** Quiet: a given name on no list that nothing around it presents as a child known through work. */
export const NO_CUE_RULE = 'child-reference/context-no-cue';
const TEAM_RULE = 'child-reference/context-team';

/** A verb of something done: "built", "swam", "loves"; not a base form ("Nowt like a …"). */
function doneVerb(key: string): boolean {
  if (posOf(key) !== 'verb') return false;
  const tags = tagsOf(key) ?? [];
  return (
    tags.includes('PastTense') ||
    tags.includes('Participle') ||
    key.endsWith('ed') ||
    (key.endsWith('s') && !tags.includes('Infinitive'))
  );
}

/** The first context cue that holds for the candidate, or undefined. */
function cueFor(
  w: ChildContext,
  tokens: Token[],
  c: Candidate,
  lo: number,
  hi: number,
  teamDomain: boolean,
  manySchools: boolean,
  pupilNamed: boolean,
): string | undefined {
  for (const cue of w.cues) {
    if (cue.id === TEAM_RULE && !teamDomain) continue;
    if (cue.before) {
      const end = phraseBefore(tokens, c.from, cue.before, cue.reach, lo);
      // "his big brother Sonny", "baby Niamh-Rose"; not "a brother Sonny".
      const ok =
        cue.id !== SIBLING_RULE ||
        // "baby Niamh-Rose" is a pupil's sibling beside a pupil; alone, a colleague's newborn.
        (tokens[end]?.key === 'baby' ? pupilNamed : possessiveBefore(tokens, end, lo));
      if (end >= 0 && ok) return cue.id;
    }
    if (cue.after) {
      const at = phraseAfter(tokens, c.to, cue.after, cue.reach, hi);
      // "Tyrese's little brother Kai": the name's own possessive makes it the pupil's sibling.
      if (at >= 0 && (cue.id !== SIBLING_RULE || possessiveBefore(tokens, at, c.to))) return cue.id;
    }
  }
  // "Holiday club: Kacey and Jude-Ellis built a den": a children's setting in the sentence and
  // the name doing something (a verb straight after it), not running it ("Sharon ran …").
  // Or, for a name opening its sentence, in the sentence before: "The swim session had 14 kids
  // today. Bartek swam a whole width".
  const prevLo = c.from === lo && lo > 0 ? sentenceOf(tokens, lo - 1)[0] : lo;
  if (
    phraseBefore(tokens, c.from, w.phrases.childSettings, c.from - prevLo, prevLo) >= 0 ||
    phraseAfter(tokens, c.to, w.phrases.childSettings, 8, hi) >= 0
  ) {
    // "Roman and Devon didn't stop running": the verb after the list the name opens.
    let j = c.to + 1;
    while (tokens[j]?.key === 'and' && tokens[j + 1]?.shape === 'title' && j + 2 < hi) j += 2;
    const next = tokens[j];
    if (
      next &&
      j < hi &&
      !w.sets.staffVerbs.has(next.key) &&
      /^\s+$/.test(next.gapBefore) &&
      (doneVerb(next.key) || ongoing(tokens, j, hi))
    )
      return SETTING_RULE;
  }
  // A rare noun ("Sonny", "Leo") needs a cue about a child, not only a place after it.
  if (c.evidence !== 'rare' && fromElsewhere(w, tokens, c.to, hi, manySchools))
    return OTHER_SCHOOL_RULE;
  return undefined;
}

/** "are still sending", "were both swimming", "didn't stop": something being done, told
 * with a helping verb. */
function ongoing(tokens: Token[], j: number, hi: number): boolean {
  const key = tokens[j]!.key;
  if (/^(?:didn'?t|did|couldn'?t|wouldn'?t|won'?t|never)$/.test(key)) return true;
  if (!/^(?:are|were|is|was|have|had|has)$/.test(key)) return false;
  let k = j + 1;
  if (/^(?:still|both|all|been|just)$/.test(tokens[k]?.key ?? '')) k++;
  if (tokens[k]?.key === 'been') k++;
  return k < hi && (tokens[k]?.key.endsWith('ing') ?? false);
}

/** "shoutout to Mia who finally did a forward roll and Leo who told me …": a name after
 * "and" told of in a "who" clause, like the raised name before it in the same sentence. */
function parallel(tokens: Token[], prev: Candidate, c: Candidate): boolean {
  if (tokens[c.from - 1]?.key !== 'and' || tokens[c.to + 1]?.key !== 'who') return false;
  if (tokens[prev.to + 1]?.key !== 'who') return false;
  for (let k = prev.to + 1; k < c.from; k++) if (tokens[k]!.sentenceStart) return false;
  return true;
}

/** Cues of work with children that the phrase lists cannot say: a pupil's record ("Kayden's
 * UPN"), another side's player ("their keeper Femi"), a placing in results ("1st Ellis"),
 * one child described before the name ("a Y5 lad from Holy Cross …, Reuben,"), and tutoring
 * in the sentence with the name doing something ("now that Kelsey has finished her 11+ prep").
 */
function workCueFor(
  w: ChildContext,
  text: string,
  tokens: Token[],
  c: Candidate,
  lo: number,
  hi: number,
  teamDomain: boolean,
): string | undefined {
  const name = tokens[c.from]!;
  const last = tokens[c.to]!;
  if (last.possessive && w.sets.recordWords.has(tokens[c.to + 1]?.key ?? '')) return RECORD_RULE;
  const before = tokens[c.from - 1];
  const side = tokens[c.from - 2];
  if (
    before &&
    c.from - 1 >= lo &&
    w.sets.positionWords.has(before.key) &&
    side &&
    c.from - 2 >= lo &&
    (side.possessive || side.key === 'their')
  )
    return POSITION_RULE;
  if (teamDomain && PLACING_BEFORE.test(text.slice(Math.max(0, name.start - 16), name.start)))
    return TEAM_RULE;
  if (/[,(\u2013\u2014-]\s*$/.test(name.gapBefore) && describedBefore(w, tokens, c.from, lo))
    return DESCRIBED_RULE;
  // Tutoring in the sentence, or in the one before for a name opening its own.
  const from = c.from === lo && lo > 0 ? sentenceOf(tokens, lo - 1)[0] : lo;
  const next = tokens[c.to + 1];
  if (
    next &&
    c.to + 1 < hi &&
    /^\s+$/.test(next.gapBefore) &&
    (doneVerb(next.key) || w.sets.auxiliaryAfter.has(next.key))
  ) {
    // The first name after the tutoring word: "A tutee of mine, Marley, asked why Lennie has
    // to die" tells of Marley, and Lennie is someone Marley read about.
    for (let k = from; k < hi; k++) {
      if (!w.sets.pastWorkWords.has(tokens[k]!.key)) continue;
      let between = false;
      for (let j = k + 1; j < c.from; j++)
        if (tokens[j]!.shape === 'title' && !CALENDAR.test(tokens[j]!.key)) between = true;
      if (!between) return PAST_WORK_RULE;
    }
  }
  return undefined;
}
const PAST_WORK_RULE = 'child-reference/context-past-work';
/** Capitalised words that name no one: "Tutoring slot free on Thursdays now that Kelsey…". */
const CALENDAR =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$|^(?:january|february|march|april|june|july|august|september|october|november|december)$/;

/** One child described within a dozen words before: "a Y5 lad", "one of my Saturday lot",
 * "a Year 6 young carer". */
function describedBefore(w: ChildContext, tokens: Token[], from: number, lo: number): boolean {
  for (let k = from - 1; k >= Math.max(lo, from - 12); k--) {
    const key = tokens[k]!.key;
    if (!w.sets.oneChildNouns.has(key)) continue;
    if (key === 'carer' && tokens[k - 1]?.key !== 'young') continue;
    // "one of my Saturday lot", never "a lot of fun".
    const article = key === 'lot' || key === 'regulars' ? /^one$/ : /^(?:a|an|one)$/;
    for (let j = k - 1; j >= Math.max(lo, k - 5); j--)
      if (article.test(tokens[j]!.key)) return true;
  }
  return false;
}
