// Names that are also words read as the word where the words around them say so: a
// determiner before ("the rose"), a number after ("Max 30"), a typo that is itself a
// word outside a name-like place ("Scarlet fever").
import { posOf } from '../../text/part-of-speech';
import { coordinated, variantContext } from '../name-like';
import { verbish } from '../phrase-match';
import { FAMILY_NOUNS, POSSESSIVES } from '../rule-words';
import { DETERMINERS } from '../../text/determiners';
import { defineNameRule, type Look, welshAnd } from '../rule';
import { adjacent, candidateAt } from '../scan';
import { isEnglishWord } from '../../text/english';
import { COMMON_NOUN_ENDING } from '../child-cues';
import { thingAfter } from './non-person';

/** "Our Jay", "their Jay": how staff name their own school's child and a partner school's. */
const OUR_THEIR = new Set(['our', 'their']);

/** "reminder that Rehan, Megan and Kian …" ("that" joins a clause), and "Our Jay drew …"
 * (a capitalised name after "our" with no noun after it) are people, not "that Rose bush". */
function determinerIsNoCue(look: Look): boolean {
  const { tokens, m, t, scan, ambiguous, next } = look;
  const prev = tokens[m.from - 1]!;
  if (welshAnd(look)) return true;
  // "Maya an' Zed": the apostrophe clips "and" (as "n'" does), so no article.
  if (prev.key === 'an' && /^['’ʼ]/.test(t.gapBefore)) return true;
  // "its kelly the TA": before a name that is no word, chat's "its" is "it's".
  if (prev.key === 'its' && !ambiguous) return true;
  // "is this Noah's bottle?": the determiner goes with the bottle, not the name.
  if (look.end.possessive && !ambiguous) return true;
  // "Ahmad an Rhys dug the beds": between two names Scots "an" is "and".
  if (prev.key === 'an' && !t.sentenceStart && candidateAt(scan, m.from - 2)) return true;
  // "the Ashworths": a listed surname in the plural after "the" is the family.
  if (familyPlural(look)) return true;
  // "Nice one Kofi", "good one Ava": praise spoken to the child.
  if (
    prev.key === 'one' &&
    /^(?:nice|good|great|top|lovely|brilliant)$/.test(tokens[m.from - 2]?.key ?? '')
  )
    return true;
  // "a Khadra pen", "an Isla special": the article goes with the child's goal or turn.
  if ((prev.key === 'a' || prev.key === 'an') && !ambiguous && nounAfter(look)) return true;
  if (prev.key === 'that') return (!ambiguous && coordinated(m, scan)) || clauseAfterThat(look);
  if (!OUR_THEIR.has(prev.key) || t.shape !== 'title' || scan.style !== 'normal') return false;
  // "Our Jay M": a surname's initial after it makes a person of the name.
  if (next && adjacent(next) && /^[A-Z]$/.test(next.raw)) return true;
  if (!next || next.shape !== 'lower' || !adjacent(next) || thingAfter(tokens, m.to)) return false;
  const pos = posOf(next.key);
  return verbish(next.key) || (pos !== 'noun' && pos !== 'adjective' && pos !== 'unknown');
}

/** "just know that Hibo put her hand on the drum", "so loudly that Aisha fell off her
 * chair": after "that" a name followed by its verb is the subject of a clause ("that" is a
 * conjunction), not "that Max song". A name-word needs a capital where the writer uses them. */
function clauseAfterThat({ next, t, end, scan, ambiguous, tokens, m }: Look): boolean {
  if (!next || !adjacent(next) || end.possessive) return false;
  if (ambiguous && (t.shape !== 'title' || scan.style !== 'normal')) return false;
  const pos = posOf(next.key);
  if (verbish(next.key) || pos === 'modal') return true;
  // "that Teddy really is", "that Noah never said".
  return pos === 'adverb' && verbish(tokens[m.to + 2]?.key ?? '');
}

/** A lower-case noun straight after the name. */
function nounAfter({ next }: Look): boolean {
  if (!next || next.shape !== 'lower' || !adjacent(next)) return false;
  const pos = posOf(next.key);
  return pos === 'noun' || pos === 'unknown';
}

/** "the Prices up at the caravan", "the Blooms for the lights": a listed surname matched in
 * its plural, capitalised mid-sentence, names the family. */
function familyPlural({ m, t, scan }: Look): boolean {
  return (
    m.from === m.to &&
    t.shape === 'title' &&
    !t.sentenceStart &&
    scan.style === 'normal' &&
    t.key.endsWith('s') &&
    m.entries.every((e) => e.field === 'last' && e.parts[0] !== t.key)
  );
}

export const determinerBefore = defineNameRule({
  id: 'names/determiner-before',
  why: 'A determiner before a name-word makes it a thing ("the rose", "that Max"), unless a family word follows ("the Bird family").',
  says: 'quiet',
  quiet: ['We planted the rose by the pond.', 'That Noah song is on again.'],
  flagged: [
    'The Bird family say thank you.',
    'Our Noah drew a map.',
    'Our Rose B and their Noah swapped letters.',
    'At the partner school their Noah asked a question.',
    'Dawns: Isaac a Noah',
    'hiya its isaac from Rowan, got my reading book',
    "Is this Noah's lunchbox?",
    "Proud of Isaac an' Noah today.",
    'Worth knowing that Kevin tied his own laces today.',
    'The tea was so hot that Summer blew on it for ages.',
    'Orla an Kevin planted the bulbs.',
    'Nice one Kevin & Orla for stacking the chairs.',
    'Thanks to the Hollands for the raffle prizes.',
    'Two goals for Kevin and a Nelson header to finish.',
  ],
  fires: (look) => {
    const { prev, next, ambiguous, onlyLast } = look;
    if (!prev || !DETERMINERS.words.has(prev.key) || determinerIsNoCue(look)) return false;
    const family = next !== undefined && FAMILY_NOUNS.has(next.key);
    const possessive = POSSESSIVES.has(prev.key);
    return !family && (ambiguous || (!onlyLast && !possessive));
  },
});

export const typoWord = defineNameRule({
  id: 'names/typo-word',
  why: 'A real word one edit from a name ("Scarlet" for Scarlett) counts only where a name is expected.',
  says: 'quiet',
  quiet: ['Letters about Scarlet fever went home today.'],
  flagged: ['Well done Scarlet for a super effort.'],
  fires: ({ m, scan }) => m.variant === true && !variantContext(m, scan),
});

/** Name-words whose everyday sense takes a number after it: months and seasons ("May 12th",
 * "Summer 2025"), "Max 30", "Mark 8", "Page 4"; a name before a score ("Faith 14 pts")
 * is still a name. */
const NUMBERED_WORDS = new Set(
  'may june april august march autumn summer winter spring max min mark page grade level stage room bus term year class'.split(
    ' ',
  ),
);

export const numberAfter = defineNameRule({
  id: 'names/number-after',
  why: 'An ordinary-word name before a number is the word ("Max 30", "May 12th").',
  says: 'quiet',
  quiet: ['Max 30 per session, so book early.', 'See you on May 12th.'],
  flagged: ['Congratulations to Max, who is 8 today.', 'Grace 14 pts, Ruby 8 off the bench.'],
  fires: ({ ambiguous, text, end, t }) =>
    ambiguous &&
    NUMBERED_WORDS.has(t.key) &&
    /^(?:['’ʼ]s?)?\s*[£$€]?\d/.test(text.slice(end.end, end.end + 8)),
});

/** A lower-case word that names a thing: a noun or a word of no known part of speech
 * ("roadworks"), in the word list, not a verb's form ("plays", "painted", "looking"). */
function thingWord(w: { key: string; shape: string } | undefined): boolean {
  if (!w || w.shape !== 'lower' || !isEnglishWord(w.key) || verbish(w.key)) return false;
  const pos = posOf(w.key);
  if (pos !== 'noun' && pos !== 'unknown') return false;
  if (/(?:ed|ing)$/.test(w.key)) return false;
  // "emotions", "roadworks"; not "plays" or "helps", whose stems the lexicon knows only as
  // nouns, though after a name they are verbs.
  return !w.key.endsWith('s') || posOf(w.key.slice(0, -1)) === 'unknown';
}

export const wordBeforeNoun = defineNameRule({
  id: 'names/ordinary-word/word-before-noun',
  why: 'A listed name that is a dictionary word (not an everyday one), capitalised only to open the sentence and followed by a noun, is the word ("Major roadworks", "Ace result", "Frost and fog"): a name opening a sentence is followed by what the child did.',
  says: 'quiet',
  quiet: [
    'Sterling work from the whole choir today.',
    'Sterling effort and teamwork on the river clean-up.',
  ],
  flagged: [
    'Sterling sang a solo in assembly.',
    'Sterling painted a dragon.',
    'Sterling looking proud of her certificate.',
    'Well done Sterling, effort of the week!',
  ],
  fires: ({ m, t, tokens, ambiguous, scan, next }) => {
    if (ambiguous || m.from !== m.to || scan.style !== 'normal' || t.where !== 'text') return false;
    if (!t.sentenceStart || t.shape !== 'title' || t.possessive) return false;
    if (!isEnglishWord(t.key) || posOf(t.key) === 'name' || !next || !/^ $/.test(next.gapBefore))
      return false;
    if (candidateAt(scan, m.to + 1) || FAMILY_NOUNS.has(next.key)) return false;
    if (next.key === 'and') return thingWord(tokens[m.to + 2]);
    return thingWord(next);
  },
});

/** Before the word: "our value this half term is Grace", "worship theme has been Hope",
 * "word of the week: Joy". */
const VALUE_BEFORE =
  /\b(?:values?|virtues?|theme|word of the (?:week|day|month)|fruit of the spirit)\b[^.!?\n]{0,30}?(?:\bis|\bwas|\bhas been|\bwill be|:)\s*["'“‘]?$/i;
/** After the word, a definition: "Hope is when …", "hope is a verb", "Joy is a choice". */
const DEFINED_AFTER = /^\s+is (?:when|what|a (?:verb|noun|word|virtue|choice|feeling))\b/i;

export const valueNamed = defineNameRule({
  id: 'names/ordinary-word/value-named',
  why: 'A name-word given as the value, virtue or theme ("our value this term is Grace") or defined ("Hope is when …", "hope is a verb") is the word.',
  says: 'quiet',
  quiet: [
    'Our school value this half term is Grace. What does it look like at playtime?',
    'Summer is when the whole site smells of cut grass.',
    'Word of the week: Amber (a colour, and a warning).',
  ],
  flagged: [
    'Our value winner this week is Grace for kindness at lunch.',
    'Summer is a great friend to everyone in Rowan.',
    'Grace is a star, and kind to everyone in Rowan.',
  ],
  fires: ({ ambiguous, m, text, after, t }) => {
    if (!ambiguous || m.from !== m.to) return false;
    if (VALUE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)))
      return !/^\s+(?:for|because)\b/.test(after);
    return t.sentenceStart && DEFINED_AFTER.test(after);
  },
});

export const valueList = defineNameRule({
  id: 'names/ordinary-word/value-list',
  why: 'A name-word listed beside capitalised ordinary nouns ("Honesty, Patience and Hope") is one of a list of values or themes.',
  says: 'quiet',
  quiet: ['Our values this term are Patience, Honesty and Grace.'],
  flagged: [
    'Well done to Noah, Ellis and Grace.',
    'Grace and Kevin led the assembly.',
    'Thanks to Grace and Autumn for tidying.',
  ],
  fires: ({ ambiguous, tokens, m, scan }) => {
    if (!ambiguous || scan.style !== 'normal') return false;
    // A capitalised English word that is no name, at k: 2 when its ending makes it abstract.
    const word = (k: number) => {
      const w = tokens[k];
      if (!w || w.sentenceStart || w.shape !== 'title' || candidateAt(scan, k)) return 0;
      if (!isEnglishWord(w.key) || posOf(w.key) === 'name') return 0;
      return COMMON_NOUN_ENDING.test(w.key) ? 2 : 1;
    };
    const link = (k: number) => (tokens[k]?.key === 'and' ? k : -1);
    let weight = 0;
    // Back and on along the list, past commas and "and": "Honesty, Patience and Hope".
    for (let k = m.from, step = 0; step < 3; step++) {
      const a = link(k - 1);
      const prev = a >= 0 ? a - 1 : /^\s*,\s*$/.test(tokens[k]!.gapBefore) ? k - 1 : -1;
      const w = prev >= 0 ? word(prev) : 0;
      if (!w) break;
      weight += w;
      k = prev;
    }
    for (let k = m.to, step = 0; step < 3; step++) {
      const a = link(k + 1);
      const next = a >= 0 ? a + 1 : /^\s*,\s*$/.test(tokens[k + 1]?.gapBefore ?? '') ? k + 1 : -1;
      const w = next >= 0 ? word(next) : 0;
      if (!w) break;
      weight += w;
      k = next;
    }
    return weight >= 2;
  },
});
