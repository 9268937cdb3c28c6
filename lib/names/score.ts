// The context score for names that are also ordinary words (Will, May, Summer, Bird):
// every term in one table, with its id and weight. Terms in the same group are
// alternatives: the first that applies counts, as in "if … else if …"; terms with no
// group always count. A name-word is a name when the total reaches THRESHOLD.
import { isInfinitive, posOf } from '../text/part-of-speech';
import {
  NAME_CUES_AFTER,
  NAME_CUES_BEFORE,
  PLACE_BEFORE,
  PRONOUNS,
  FAMILY_NOUNS,
} from './rule-words';
import { PRAISE_CUES } from './context-words';
import { byLastWord, endsWithAny, phraseStartsAfter, verbish } from './phrase-match';
import { coordinated, kinAfter, vocative } from './name-like';
import { textHas, type Look } from './rule';
import { adjacent } from './scan';
import { thingAfter } from './rules/non-person';
import { SEASON_NAMES } from './ordinary-names';
import { nonPupilPattern, nonPupilSet } from './non-pupil-lists';

/** Evidence a name needs to count when it is also an ordinary word. */
export const THRESHOLD = 2;
/** More for a surname alone ("Hall booked for Friday") and for seasons where the writer
 * never capitalises ("summer is here"): there a subject and a verb is no sign of a name. */
export const THRESHOLD_WEAK = 3;

export function thresholdFor(look: Look): number {
  const season = look.scan.style === 'lower' && SEASON_NAMES.has(look.t.key);
  return look.onlyLast || season ? THRESHOLD_WEAK : THRESHOLD;
}

export interface ScoreTerm {
  id: string;
  weight: number;
  /** Alternatives share a group; the first that applies counts. */
  group?: 'case' | 'after' | 'before';
  when(look: Look): boolean;
}

const CUES_BEFORE = byLastWord(NAME_CUES_BEFORE);
/** A number and what it counts in a sports or results report: "Faith 14 pts", "Harley 2
 * goals", "Rashid 31 not out", "Noor (2)", and the feat a surname is credited with: "Hall
 * with a hat-trick", "Bird with the winner". */
const STAT_AFTER =
  /^(?:['’]s)?\s*(?:\d{1,2}(?:st|nd|rd|th)\b|(?:at|in) (?:GS|GA|WA|WD|GD|GK|C|goals?|nets)\b|with (?:a|an|another|the|his|her|their) (?:hat-?trick|brace|double|winner|equaliser|opener|century|half-century|fifty|try|goal)\b|\(\d+\)|\d+(?:\.\d+)?\s*(?:pts|points|goals?|tries|try|runs|wickets?|saves|assists?|rebounds|baskets|laps|m\b|s\b|secs?|not out|off)|\d+\/\d+)/i;
const PLACES = byLastWord(PLACE_BEFORE);
const PRAISE = byLastWord(PRAISE_CUES);
const CUES_AFTER = NAME_CUES_AFTER.map((p) => p.split(' '));

const praised = ({ prev, tokens, m }: Look) =>
  prev !== undefined && endsWithAny(tokens, m.from, PRAISE.get(prev.key));
const isModal = ({ t }: Look) => posOf(t.key) === 'modal';
/** Single letters that stand for words in chat ("will u", "r u ok", "jack n jill"), so
 * never an initial. */
const CHAT_LETTERS = new Set('a i u r n'.split(' '));
/** "jack s", "Hope G.": a letter after a name is the surname's initial, not a noun. */
const initialAfter = (l: Look) => {
  const { next, end } = l;
  if (!next || !adjacent(next) || next.raw.length !== 1 || end.possessive) return false;
  return !CHAT_LETTERS.has(next.key) || capitalInitial(l);
};

/** What may follow a surname's initial: the end, punctuation, an emoji, a new line, "for",
 * "and", "with", a number or another capitalised word ("Holly A for her letter", "Bea I,
 * Rosa M"). After an article "A" comes what it names ("Noah A lovely day" is rare and
 * lower-case); after "I" a verb. */
const AFTER_INITIAL =
  /^(?:\.?\s*$|\.?[ \t]*(?:[,;:!?)/\n|&+]|[-–—][ \t]|[\p{Extended_Pictographic}\d]|(?:for|and|with|in|on|at|who)\b|\p{Lu}))/u;

/** A capital A, I, U, R or N after a capitalised name, in text whose writer uses capitals,
 * followed by what follows an initial: the initial of a surname, not the article or "I". */
function capitalInitial({ next, t, text, scan }: Look): boolean {
  if (!next || !/^[AIURN]$/.test(next.raw) || t.shape === 'lower' || scan.style !== 'normal')
    return false;
  return AFTER_INITIAL.test(text.slice(next.end, next.end + 6));
}
/** Only emoji (and spaces) between a name and the next word: "Sunny🕺 won the dance-off". */
const EMOJI_GAP = /^[\p{Extended_Pictographic}\uFE0F\u200D]+[ \t]*$/u;

/** An emoji may end a sentence; glued to a name and followed by a lower-case word it does
 * not ("Sunny🕺 won"). */
function emojiThenLower({ tokens, m, end }: Look) {
  const w = tokens[m.to + 1];
  return w && !end.possessive && w.shape === 'lower' && EMOJI_GAP.test(w.gapBefore) ? w : undefined;
}

/** The word after the name in its sentence, or after an emoji glued to it. */
const nextWord = (l: Look) => l.next ?? emojiThenLower(l);

/** The part of speech of the adjacent next word ('' when there is none; 'initial' for a
 * surname's initial, which says nothing about the word before it). An emoji glued to the
 * name stands aside: the word after it is read as next. */
const nextPos = (l: Look) => {
  const next = nextWord(l);
  if (!next || !(adjacent(next) || EMOJI_GAP.test(next.gapBefore))) return '';
  // "Star: Joy Narrators: Sam": in "Label: Value" pairs the word after is the next label.
  if (l.t.gapBefore.includes(':') && /^[ \t]*:/.test(l.text.slice(next.end, next.end + 3)))
    return '';
  if (initialAfter(l)) return 'initial';
  return verbish(next.key) ? 'verb' : posOf(next.key);
};

const TO_TAKES: readonly string[] = ['verb', 'modal', 'time'];
const toTakes = (w: string) =>
  isInfinitive(w) || TO_TAKES.includes(posOf(w)) || SEASON_NAMES.has(w);
const isCopulaOrHave = (w: string) => w === 'be' || w === 'have' || w === 'do';
export const TERMS: readonly ScoreTerm[] = [
  // How the word is written, in text whose writer uses capitals.
  {
    id: 'names/score/lower-case',
    weight: -3,
    group: 'case',
    // "grace p intercepting": a name with its initial is a name however it is written.
    when: (l) =>
      l.scan.style === 'normal' && l.t.shape === 'lower' && !praised(l) && !initialAfter(l),
  },
  {
    id: 'names/score/capital-mid-sentence',
    weight: +2,
    group: 'case',
    when: (l) => l.scan.style === 'normal' && l.t.shape !== 'lower' && !l.t.sentenceStart,
  },
  // A writer who leaves sentences in lower case but gives this word a capital is marking a
  // proper noun ("hope & ruby made it and Faith's card …"): weaker, as months and shops
  // get capitals too.
  {
    id: 'names/score/capital-in-lower-text',
    weight: +1,
    group: 'case',
    when: (l) => l.scan.style === 'lower' && l.t.shape === 'title' && !l.t.sentenceStart,
  },
  // What follows it (the first term that applies counts, so each term below the first
  // four holds only when the name is not possessive, not a thing and not spoken to).
  {
    id: 'names/score/possessive-kin',
    weight: +3,
    group: 'after',
    when: (l) => l.end.possessive && kinAfter(l.tokens, l.m.to),
  },
  {
    // "Hope's poem", "Robin's volunteering": what a child makes, says or does is theirs.
    id: 'names/score/possessive-work',
    weight: +2,
    group: 'after',
    when: (l) =>
      l.end.possessive &&
      !SEASON_NAMES.has(l.t.key) &&
      posOf(l.t.key) !== 'time' &&
      CHILD_WORK.has(l.next?.key ?? ''),
  },
  { id: 'names/score/possessive', weight: +1, group: 'after', when: (l) => l.end.possessive },
  {
    id: 'names/score/thing-after',
    weight: -4,
    group: 'after',
    when: (l) => thingAfter(l.tokens, l.m.to),
  },
  {
    id: 'names/score/spoken-to',
    weight: +3,
    group: 'after',
    when: (l) => l.t.sentenceStart && vocative(l.t.key, l.tokens, l.m.to),
  },
  {
    id: 'names/score/family-noun-after',
    weight: +2,
    group: 'after',
    when: (l) => nextPos(l) !== '' && FAMILY_NOUNS.has(nextWord(l)!.key),
  },
  {
    id: 'names/score/noun-after',
    weight: -4,
    group: 'after',
    when: (l) =>
      (nextPos(l) === 'noun' && !NOT_NOUNS_AFTER.has(nextWord(l)!.key)) ||
      (nextPos(l) === 'unknown' && nextWord(l)!.shape === 'lower'),
  },
  {
    id: 'names/score/adjective-after',
    weight: -3,
    group: 'after',
    when: (l) => nextPos(l) === 'adjective',
  },
  {
    id: 'names/score/bare-verb-after-modal',
    weight: -4,
    group: 'after',
    when: (l) => nextPos(l) === 'verb' && isModal(l) && isInfinitive(nextWord(l)!.key),
  },
  {
    // "Storm damage", "Kit list": a bare verb form cannot follow a name opening the
    // sentence as its verb (that would be "damages", "lists"): the pair is a compound noun.
    id: 'names/score/bare-noun-after',
    weight: -4,
    group: 'after',
    when: (l) =>
      !l.end.possessive &&
      l.t.sentenceStart &&
      nextPos(l) === 'verb' &&
      isInfinitive(nextWord(l)!.key) &&
      !isCopulaOrHave(nextWord(l)!.key) &&
      !nextWord(l)!.key.endsWith('s') &&
      // "Holly read her poem": a verb with the child's own "her" after it is no compound.
      !OWN_PRONOUNS.has(l.tokens[l.m.to + 2]?.key ?? ''),
  },
  {
    id: 'names/score/verb-after',
    weight: +2,
    group: 'after',
    when: (l) => nextPos(l) === 'verb' || nextPos(l) === 'modal',
  },
  {
    id: 'names/score/adverb-then-verb',
    weight: +2,
    group: 'after',
    when: (l) => nextPos(l) === 'adverb' && !isModal(l) && verbish(l.tokens[l.m.to + 2]?.key ?? ''),
  },
  {
    id: 'names/score/pronoun-after-modal',
    weight: -4,
    group: 'after',
    when: (l) => isModal(l) && ['pronoun', 'determiner', 'adverb'].includes(nextPos(l)),
  },
  {
    id: 'names/score/dash-after-opening',
    weight: +2,
    group: 'after',
    when: (l) => nextPos(l) === '' && l.t.sentenceStart && /^\s+[–—:-]\s/.test(l.after),
  },
  // What comes before it.
  {
    id: 'names/score/cue-before',
    weight: +3,
    group: 'before',
    when: (l) => !!l.prev && endsWithAny(l.tokens, l.m.from, CUES_BEFORE.get(l.prev.key)),
  },
  {
    // "So proud of you Poppy 💚", "love you Grace!": the name after "you" closing the
    // clause is the person spoken to.
    id: 'names/score/you-then-name',
    weight: +3,
    group: 'before',
    when: (l) =>
      l.prev?.key === 'you' &&
      !l.end.possessive &&
      /^\s*(?:[!.,?]|[\p{Extended_Pictographic}]|$)/u.test(l.after),
  },
  {
    id: 'names/score/pronoun-before',
    weight: -4,
    group: 'before',
    when: (l) => !!l.prev && PRONOUNS.has(l.prev.key) && adjacent(l.t),
  },
  {
    id: 'names/score/place-before',
    weight: -3,
    group: 'before',
    when: (l) => !!l.prev && endsWithAny(l.tokens, l.m.from, PLACES.get(l.prev.key)),
  },
  {
    // "learning about Autumn", "our topic this term is Summer!", "until Spring": a season
    // after what a topic, a time or a wait is said with.
    id: 'names/score/season-as-topic',
    weight: -4,
    group: 'before',
    when: seasonAsTopic,
  },
  {
    id: 'names/score/to-or-modal-before',
    weight: -2,
    group: 'before',
    // "to" counts only against a word it can make a verb or a date of ("to Hope", "to
    // Summer"); before a noun or colour ("and to Amber in Year 2") it is "to" a person.
    when: (l) =>
      !!l.prev && ((l.prev.key === 'to' && toTakes(l.t.key)) || posOf(l.prev.key) === 'modal'),
  },
  // Initials, scores and labels around names in lists and reports.
  {
    id: 'names/score/initial-after',
    weight: +3,
    when: initialAfter,
  },
  {
    // "B Walker GS", "K. Bird": a capital letter that is the listed person's own first
    // initial before a surname alone names them (a team sheet, a register).
    id: 'names/score/own-initial-before',
    weight: +3,
    when: ownInitialBefore,
  },
  {
    id: 'names/score/stat-after',
    weight: +3,
    when: (l) => STAT_AFTER.test(l.after),
  },
  {
    // "Ebony and her big brother", "Sky scoring her first goal": the word is someone who
    // has a "her" or "his" of their own ("Faith in his ability" has a preposition between).
    id: 'names/score/own-pronoun-after',
    weight: +2,
    when: ownPronounAfter,
  },
  {
    // "Journey for blending CVC words": an award and what it was for.
    id: 'names/score/award-for',
    weight: +2,
    when: (l) => /^(?:['’]s)?[ \t]*[,:!]?[ \t]+for [a-z]+ing\b/.test(l.after),
  },
  {
    id: 'names/score/after-colon-among-names',
    weight: +2,
    when: (l) => /:\s*$/.test(l.t.gapBefore) && l.scan.firmNames > 0,
  },
  // Anywhere.
  {
    id: 'names/score/cue-after',
    weight: +3,
    when: (l) => CUES_AFTER.some((p) => phraseStartsAfter(l.tokens, l.m.to, p)),
  },
  { id: 'names/score/with-other-names', weight: +2, when: (l) => coordinated(l.m, l.scan) },
  { id: 'names/score/sign-off', weight: +3, when: signOff },
  { id: 'names/score/self-introduced', weight: +3, when: selfIntroduced },
  { id: 'names/score/others-named', weight: +1, when: (l) => l.scan.firmNames > 0 },
];

/** Words before a season that make it the season: "about", "until", "this", "during". */
const SEASON_BEFORE = () => nonPupilSet('season-before');
const TOPIC_WORD = /\b(?:topic|theme|focus)\b/i;
/** "topic is", "theme this term is", "topic:" closing the words before the season. */
const TOPIC_BEFORE = () => nonPupilPattern('topic-before', 'never', 'i');

function seasonAsTopic(look: Look): boolean {
  const { t, prev, text, m, tokens, scan } = look;
  if (!SEASON_NAMES.has(t.key) || m.from !== m.to || tokens[m.to]!.possessive) return false;
  // "all about Summer and her puppy", "about Summer and Kevin": a child, with her own things.
  if (ownPronounAfter(look) || coordinated(m, scan)) return false;
  if (prev && SEASON_BEFORE().has(prev.key) && adjacent(t)) return true;
  return (
    textHas(look, TOPIC_WORD) && TOPIC_BEFORE().test(text.slice(Math.max(0, m.start - 40), m.start))
  );
}

/** Words the lexicon calls nouns that, after a name, say where, when or how it is ("Ruby
 * here", "Ruby today", "chats with Ruby welcome"), not a compound noun ("Ruby slippers"). */
const NOT_NOUNS_AFTER = new Set(
  'here there today tonight tomorrow yesterday welcome please'.split(' '),
);

function ownInitialBefore({ prev, t, m, onlyLast }: Look): boolean {
  if (!onlyLast || !prev || prev.raw.length !== 1 || !/^\p{Lu}$/u.test(prev.raw)) return false;
  if (!/^\.?[ \t]+$/.test(t.gapBefore)) return false;
  return m.entries.some(
    (e) => e.person.firstParts[0]?.[0] === prev.key || e.person.preferredParts[0]?.[0] === prev.key,
  );
}

/** "Dawn here from Year 2", "Hi all, Dawn here!": the writer giving their own name. */
function selfIntroduced({ t, next, text, end, scan, tokens, m }: Look): boolean {
  if (next?.key !== 'here' || !adjacent(next) || SEASON_NAMES.has(t.key)) return false;
  if (posOf(t.key) === 'time' || scan.style === 'lower') return false;
  const opening = t.sentenceStart || /^(?:hi|hello|hiya|hey)$/.test(tokens[m.from - 1]?.key ?? '');
  return opening && /^\s*here\b\s*(?:[,.!:–—-]|from\b|again\b|$)/i.test(text.slice(end.end));
}

const OWN_PRONOUNS: ReadonlySet<string> = new Set(['her', 'his', 'herself', 'himself']);

/** Things a child makes, says, wins or owns, after a possessive name ("Hope's poem",
 * "Skye's fossil", "Robin's volunteering"): data, so the list can grow. */
const CHILD_WORK: ReadonlySet<string> = new Set(
  `poem story picture drawing painting work writing model prediction idea question answer
  reading volunteering project homework artwork costume certificate award medal goal try
  speech performance solo fossil sculpture collage letter book bag coat lunchbox tooth
  birthday party favourite turn effort face smile laugh joke dance song voice`
    .split(/\s+/)
    .filter(Boolean),
);

function ownPronounAfter({ tokens, m, end }: Look): boolean {
  const link = tokens[m.to + 1];
  const pronoun = tokens[m.to + 2];
  if (end.possessive || !link || !pronoun || link.sentenceStart || pronoun.sentenceStart)
    return false;
  if (!adjacent(link) || !adjacent(pronoun) || !OWN_PRONOUNS.has(pronoun.key)) return false;
  return link.key === 'and' || (link.key.length > 4 && link.key.endsWith('ing'));
}

const SIGN_OFF_TAIL = /^(?:x+|thanks)$/;

/** A name alone, or closing the post after a dash, a line break or a full stop, as a
 * sign-off: "— Dawn", "Dawn x", "Any changes, text the club phone. Pearl", "…to arrange –
 * Heather". Not a name mid-sentence at the end ("we planted heather"). */
function signOff({ scan, m }: Look): boolean {
  if (scan.style === 'lower') return false;
  const { tokens } = scan;
  if (tokens.length <= m.to - m.from + 4) {
    const others = tokens.filter((t, i) => (i < m.from || i > m.to) && !SIGN_OFF_TAIL.test(t.key));
    if (others.length === 0) return true;
  }
  if (m.from === 0) return false;
  // From the end back: only "x" or "thanks" after the name (no copy of the tokens per name).
  for (let i = tokens.length - 1; i > m.to; i--)
    if (!SIGN_OFF_TAIL.test(tokens[i]!.key)) return false;
  // A one-word sentence is no sign-off: "…waited for us. Legend."
  if (/^\s*[.?]/.test(scan.text.slice(tokens[m.to]!.end))) return false;
  return /(?:\n\s*|[–—-]\s*|[.!?…]\s+)$/.test(tokens[m.from]!.gapBefore);
}

/** The total and, when `fired` is given, each term that counted. */
export function scoreOf(look: Look, fired?: { rule: string; said: number }[]): number {
  let total = 0;
  const taken = new Set<string>();
  for (const term of TERMS) {
    if (term.group && taken.has(term.group)) continue;
    if (!term.when(look)) continue;
    if (term.group) taken.add(term.group);
    total += term.weight;
    fired?.push({ rule: term.id, said: term.weight });
  }
  return total;
}
