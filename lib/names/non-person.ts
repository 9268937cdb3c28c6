// A single listed word used for something other than a person: a place ("Kyle of
// Lochalsh", "sailed to Iona", "hiked Morven"), an animal or a thing given a name
// ("named it Kevin", "Kevin the carrot"), a business ("Paterson & Sons"), a title
// ("Charlie and the Chocolate Factory") or a Bible story figure in its story.
import type { Mention, Scan } from './scan';
import { isInfinitive, posOf } from '../text/part-of-speech';
import { verbish } from './phrase-match';
import { FAMILY_NOUNS, DETERMINERS } from './phrases';
import type { Token } from './tokens';
import { adjacent, nextIn, prevIn } from './other-name';
import {
  BUILDING_NOUNS,
  BUSINESS_AFTER,
  CHARACTER_NOUNS,
  GROUND_PREPOSITIONS,
  GROUND_VERBS,
  GROUP_AFTER_OF,
  INSTITUTION_WORDS,
  LANDSCAPE_VERBS,
  STORY_CONTEXT,
  STORY_FIGURES,
  TITLE_AFTER,
  TRAVEL_TO,
} from './non-person-words';

export function notAPerson(m: Mention, scan: Scan, text: string): boolean {
  const { tokens } = scan;
  const after = text.slice(m.end, m.end + 60);
  if (BUSINESS_AFTER.test(after) || TITLE_AFTER.test(after)) return true;
  return (
    placeOf(tokens, m.to) ||
    placeAfterTravel(tokens, m.from) ||
    namedThing(tokens, m) ||
    storyFigure(tokens, m, text) ||
    surnameAsThing(tokens, m)
  );
}

/** "Kyle of Lochalsh", "Kirk of St Nicholas"; "Amy of Year 4" stays a person. */
function placeOf(tokens: Token[], j: number): boolean {
  const of = nextIn(tokens, j);
  const place = of && nextIn(tokens, j + 1);
  if (!of || !place || of.key !== 'of' || !adjacent(of) || !adjacent(place)) return false;
  if (place.shape !== 'title' || GROUP_AFTER_OF.test(place.key) || tokens[j]!.possessive)
    return false;
  // "Mia of St Ninian's Primary" is a pupil of a school, not a place.
  const rest = tokens.slice(j + 2, j + 6).map((t) => t.key);
  return !rest.some((k) => INSTITUTION_WORDS.has(k));
}

/** "sailed to Iona", "a ferry to Barra", "hiked Morven", "a walk up Bennachie". */
function placeAfterTravel(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = prevIn(tokens, i);
  if (!prev || t.possessive || !adjacent(t)) return false;
  if (LANDSCAPE_VERBS.has(prev.key)) return true;
  const prev2 = prevIn(tokens, i - 1);
  if (!prev2) return false;
  if (prev.key === 'to' && TRAVEL_TO.has(prev2.key)) return true;
  return GROUND_PREPOSITIONS.has(prev.key) && GROUND_VERBS.has(prev2.key);
}

/** "named it Kevin", "called it Pip"; "Kevin the carrot", "Oscar the hamster". */
function namedThing(tokens: Token[], m: Mention): boolean {
  const prev = prevIn(tokens, m.from);
  const prev2 = prev && prevIn(tokens, m.from - 1);
  if (prev?.key === 'it' && (prev2?.key === 'named' || prev2?.key === 'called')) return true;
  const the = nextIn(tokens, m.to);
  const noun = the && nextIn(tokens, m.to + 1);
  if (!the || !noun || the.key !== 'the' || noun.shape !== 'lower') return false;
  return adjacent(the) && CHARACTER_NOUNS.has(noun.key);
}

/** "Daniel in the lions' den was our Bible story", "Adam and Eve … RE": a figure of a
 * Bible story with two signs of the story (another figure or a story word). A pupil
 * who shares the name in a nativity post with one sign still counts. */
function storyFigure(tokens: Token[], m: Mention, text: string): boolean {
  if (m.from !== m.to || !STORY_FIGURES.has(tokens[m.from]!.key)) return false;
  if (/[ \t][-–—:][ \t]*$/.test(tokens[m.from]!.gapBefore)) return false; // cast list "Joseph - Noah"
  const self = tokens[m.from]!.key;
  const figures = new Set(
    tokens
      .filter((t) => t.shape === 'title' && STORY_FIGURES.has(t.key) && t.key !== self)
      .map((t) => t.key),
  );
  const words = new Set((text.match(STORY_CONTEXT) ?? []).map((w) => w.toLowerCase()));
  return figures.size + words.size >= 2 && words.size >= 1;
}

/** A surname as a thing: "the Mackintosh building", "up to the muir", "Mair snow forecast";
 * "the Chandra method" (named after someone) and "Kowalski in goal" stay people. */
function surnameAsThing(tokens: Token[], m: Mention): boolean {
  if (m.from !== m.to || !m.entries.every((e) => e.field === 'last')) return false;
  const t = tokens[m.from]!;
  const prev = prevIn(tokens, m.from);
  const next = nextIn(tokens, m.to);
  const lowerNext = next !== undefined && adjacent(next) && !t.possessive && next.shape === 'lower';
  if (prev && DETERMINERS.has(prev.key))
    return (
      (t.shape === 'lower' && !FAMILY_NOUNS.has(next?.key ?? '')) ||
      (lowerNext && BUILDING_NOUNS.has(next.key))
    );
  if (!t.sentenceStart || !lowerNext || FAMILY_NOUNS.has(next.key) || verbish(next.key))
    return false;
  const pos = posOf(next.key);
  return pos === 'noun' || (pos === 'unknown' && !/(?:ed|s)$/.test(next.key));
}

/** "Amber weather warning": a capitalised first word followed by a two-word noun
 * phrase is the ordinary word; "Amber loves maths" (a verb next) is a pupil. */
export function ordinaryWordOpening(tokens: Token[], m: Mention): boolean {
  const t = tokens[m.from]!;
  if (!t.sentenceStart || m.from !== m.to || t.possessive) return false;
  const a = nextIn(tokens, m.to);
  const b = a && nextIn(tokens, m.to + 1);
  if (!a || !b || !adjacent(a) || !adjacent(b) || a.shape !== 'lower' || b.shape !== 'lower')
    return false;
  const aNounish = posOf(a.key) === 'noun' || (isInfinitive(a.key) && posOf(a.key) !== 'modal');
  const bPos = posOf(b.key);
  const bNounish = bPos === 'noun' || bPos === 'gerund' || isInfinitive(b.key);
  return aNounish && bNounish && !/(?:ed|s)$/.test(b.key) && bPos !== 'modal';
}
