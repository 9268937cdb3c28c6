// A single listed word used for something other than a person: a place ("Kyle of
// Lochalsh", "sailed to Iona"), an animal or a thing given a name ("named it Kevin",
// "Kevin the carrot", "my dog Max"), a business ("Paterson & Sons"), a title ("Charlie
// and the Chocolate Factory"), a Bible story figure in its story, a plant ("Rose
// garden"), a surname as a thing ("the Mackintosh building").
import { isInfinitive, posOf } from '../../text/part-of-speech';
import { verbish } from '../phrase-match';
import { coordinated } from '../name-like';
import { FAMILY_NOUNS } from '../rule-words';
import { DETERMINERS } from '../../text/determiners';
import {
  PET_TOY_NOUNS,
  PLACE_WORDS_BEFORE,
  THING_NOUNS_AFTER,
  THING_VERBS,
} from '../context-words';
import {
  BUILDING_NOUNS,
  EPONYM_NOUNS,
  BUSINESS_AFTER,
  CHARACTER_NOUNS,
  GROUND_PREPOSITIONS,
  HOUSE_CONTEXT,
  MASCOT_AFTER,
  STORY_WORDS,
  GROUND_VERBS,
  GROUP_AFTER_OF,
  INSTITUTION_WORDS,
  LANDSCAPE_VERBS,
  STORY_CONTEXT,
  STORY_FIGURES,
  TITLE_AFTER,
  TRAVEL_TO,
  VEHICLES_TO,
} from '../non-person-words';
import { defineNameRule, textHas } from '../rule';
import { nonPupilList, nonPupilPattern, nonPupilSet } from '../non-pupil-lists';
import { onWordDataInstalled } from '../../text/word-data';
import { adjacent, candidateAt, nextIn, prevIn, type Scan } from '../scan';
import { isEnglishWord } from '../../text/english';
import { isEverydayWord } from '../../text/everyday';
import { isKnownWord } from '../../text/part-of-speech';
import { nameShaped } from './shapes';
import { WELSH_AFTER, WELSH_BEFORE, WELSH_NAME_WORDS, WELSH_WORD_EMOJI } from '../welsh-words';
import { FAITH_CONTEXT, FAITH_NAMES } from '../non-person-words';
import type { Token } from '../tokens';

const joins = (w: { key: string; gapBefore: string } | undefined) =>
  w !== undefined && (w.key === 'and' || /^\s*[&,]\s*$/.test(w.gapBefore));

export const business = defineNameRule({
  id: 'names/non-person/business',
  why: 'A family name before "& Sons" or "Ltd" is a firm.',
  says: 'quiet',
  quiet: ['Kerr & Sons fixed the boiler.', 'Kerr Ltd sent the invoice.'],
  flagged: ['Kerr and Noah fixed the boiler.', 'Walkers today: Ruby, Kevin and Sonny.'],
  fires: ({ after }) => BUSINESS_AFTER().test(after),
});

export const titleAndThe = defineNameRule({
  id: 'names/non-person/title',
  why: 'A name opening "<Name> and the Capitalised Words" is a book or film title.',
  says: 'quiet',
  quiet: ['We read Charlie and the Chocolate Factory today.'],
  flagged: ['Charlie and the Year 2 choir sang.'],
  fires: ({ after }) => TITLE_AFTER().test(after),
});

export const quotedTitle = defineNameRule({
  id: 'names/non-person/quoted-title',
  why: 'A name opening a quoted title ("Sam and the Stolen Stars") is the title.',
  says: 'quiet',
  quiet: ['Our book this week is "Charlie Cooks Favourite Book" and they love it.'],
  flagged: [
    '"Charlie, come here!" I said.',
    "Register: 'Charlie?' 'Yes Mrs Hughes.'",
    'Lost: a green folder with "KEVIN D 4R" on the front.',
  ],
  fires: ({ scan, tokens, m }) => {
    if (scan.style !== 'normal' || !/["“‘']\s*$/.test(tokens[m.from]!.gapBefore)) return false;
    // A label in capitals ("SUMMER B 11C2" on a folder) is a name written out, not a title.
    if (tokens[m.from]!.shape === 'upper') return false;
    // Capitalised words after the name, up to the closing quote: "'Ruby-Mae?' 'Yes Mr
    // Haskins.'" is a register call, not a title.
    let titled = 0;
    for (let k = m.to + 1; k <= m.to + 4 && k < tokens.length; k++) {
      if (/["”’']/.test(tokens[k]!.gapBefore)) break;
      if (tokens[k]!.shape === 'title') titled++;
    }
    return titled >= 2;
  },
});

export const placeOf = defineNameRule({
  id: 'names/non-person/place-of',
  why: '"<Name> of <Capitalised>" is a place ("Kyle of Lochalsh"); of a year, class or school it is a pupil.',
  says: 'quiet',
  quiet: [
    'We stopped at Kyle of Lochalsh for chips.',
    'The staffroom is split on Holland of the Rings versus Narnia.',
    'Year 5 are reading Ruby of the Lake in guided reading.',
  ],
  flagged: [
    'Kyle of Year 4 won the chess cup.',
    "Kyle of St Ninian's Primary came too.",
    'Ruby of the Week is Ruby for her kindness.',
    'Kyle of the Year 6 choir sang a solo.',
  ],
  fires: ({ tokens, m }) => {
    const j = m.to;
    const of = nextIn(tokens, j);
    let at = j + 2;
    let place = of && nextIn(tokens, j + 1);
    // "Lord of the Rings", "Lady of the Lake": "the" before a capitalised word.
    if (place?.key === 'the' && place.shape === 'lower' && adjacent(place)) {
      place = nextIn(tokens, j + 2);
      at = j + 3;
    }
    if (!of || !place || of.key !== 'of' || !adjacent(of) || !adjacent(place)) return false;
    if (place.shape !== 'title' || GROUP_AFTER_OF.test(place.key) || tokens[j]!.possessive)
      return false;
    // "Star of the Week", "Player of the Match": an award, given to the child before it.
    if (at === j + 3 && AWARD_AFTER_OF.test(place.key)) return false;
    const rest = tokens.slice(at, at + 4).map((t) => t.key);
    return !rest.some((k) => INSTITUTION_WORDS.has(k));
  },
});

/** Awards after "of the": "Star of the Week", "Player of the Match". */
const AWARD_AFTER_OF = /^(?:week|day|month|term|year|match|game|tournament|season|round)$/;

/** Ways across land or water whose "to" always names a place. */
const WAYS_ACROSS = new Set('bridge causeway crossing ferry tunnel road'.split(' '));

export const placeAfterTravel = defineNameRule({
  id: 'names/non-person/travel-to',
  why: 'After a travel or landscape word ("sailed to", "hiked", "a walk up") a name is a place.',
  says: 'quiet',
  quiet: [
    'We sailed to Iona on Saturday.',
    'A walk up Iona was the highlight.',
    'Thanks to Mr Lee for driving the minibus to Holland at dawn.',
    'Catch the 08:15 to Holland for the museum trip.',
    'Over the bridge to Iona and back for tea.',
  ],
  flagged: [
    'We sailed with Iona on Saturday.',
    'I passed the ball to Holland and he scored.',
    "We got the bus to Iona's party.",
    'Kevin handed the toy bridge to Iona.',
  ],
  fires: ({ tokens, m, t, prev, onlyLast }) => {
    if (!prev || t.possessive || !adjacent(t)) return false;
    if (LANDSCAPE_VERBS().has(prev.key)) return true;
    // A surname alone after a vehicle's or a timetable's "to" is a town ("the minibus to
    // Wisbech", "the 07:48 to Hull"); a given name there may be a child ("the bus to Ava's").
    // (A time's colon may end the sentence for the tokens, so the gap is read first.)
    const townTo = prev.key === 'to' && onlyLast;
    if (townTo && /\d[:.]\d\d\s*$/.test(prev.gapBefore)) return true;
    const prev2 = prevIn(tokens, m.from - 1);
    if (!prev2) return false;
    if (prev.key === 'to' && TRAVEL_TO().has(prev2.key)) return true;
    if (townTo && VEHICLES_TO().has(prev2.key)) return true;
    // "over the bridge to Skye", "the causeway to Holy Island": a way across goes to a
    // place, whoever's name it shares (a child is reached by "the bus to Ava's").
    if (prev.key === 'to' && WAYS_ACROSS.has(prev2.key))
      return !/^(?:toy|lego|model|play|cardboard)$/.test(tokens[m.from - 3]?.key ?? '');
    return GROUND_PREPOSITIONS().has(prev.key) && GROUND_VERBS().has(prev2.key);
  },
});

/** "named the fox … "Kevin"", "called our new class hamster Ruby": what is named, its
 * noun straight after the determiner (or one adjective), the name up to six words on. */
const NAMED_CREATURE = () => nonPupilPattern('named-creature', 'never', 'u');

let animals: Set<string> | undefined;
onWordDataInstalled(() => (animals = undefined));
/** Pets and farm animals (animal-words.ts, shipped with the word data). */
const isAnimal = (w: string) => (animals ??= new Set(nonPupilList('animals'))).has(w);

/** Any naming verb in the text: most texts have none, and then no window is read. */
const NAMING_VERB = /\b(?:named|called|christened|dubbed)\b/i;

export const namedThing = defineNameRule({
  id: 'names/non-person/named-thing',
  why: '"named it Kevin", "Kevin the carrot": an animal, toy or thing given the name.',
  says: 'quiet',
  quiet: [
    'The class named it Kevin.',
    'Kevin the carrot is back on telly.',
    'Year 3 have named the fox that visits the field every morning "Ruby" 🦊',
    'We called our new class hamster Jacob.',
    'The children have named the squirrel that raids the bird table Kevin.',
  ],
  flagged: [
    'Kevin the goalkeeper saved a penalty.',
    'We named the winner of the art prize: Jacob!',
    'The class called the register and Jacob answered.',
  ],
  fires: (look) => {
    const { tokens, m, prev, text, after } = look;
    const prev2 = prev && prevIn(tokens, m.from - 1);
    if (prev?.key === 'it' && (prev2?.key === 'named' || prev2?.key === 'called')) return true;
    const closes =
      textHas(look, NAMING_VERB) &&
      /^[ \t]*["”'’]?[ \t]*(?:[.!?,;:)]|$|\p{Extended_Pictographic})/u.test(after);
    // "have named the fox that visits the field "Kevin"": a creature or thing named,
    // the name closing the clause.
    const before = closes
      ? NAMED_CREATURE().exec(text.slice(Math.max(0, m.start - 70), m.start))
      : null;
    const named = before?.[1]!.toLowerCase().replace(/s$/, '');
    if (
      closes &&
      named &&
      (CHARACTER_NOUNS().has(named) || PET_TOY_NOUNS.has(named) || isAnimal(named))
    )
      return true;
    const the = nextIn(tokens, m.to);
    const noun = the && nextIn(tokens, m.to + 1);
    if (!the || !noun || the.key !== 'the' || noun.shape !== 'lower') return false;
    return adjacent(the) && CHARACTER_NOUNS().has(noun.key);
  },
});

/** "Joseph: Noah", "Shepherds: Kevin and Jacob": a name (or a list of names) after a
 * capitalised part and a colon is the child given the part. */
function givenAPart(tokens: Token[], i: number): boolean {
  let k = i;
  for (let n = 0; n < 6 && k > 0; n++) {
    const gap = tokens[k]!.gapBefore;
    // (A colon may end the sentence for the tokens, so the gap is read first.)
    if (/^:[ \t]*$/.test(gap)) return tokens[k - 1]!.shape === 'title';
    if (tokens[k]!.sentenceStart) return false;
    if (/^\s*[,&]\s*$/.test(gap)) k -= 1;
    else if (tokens[k - 1]!.key === 'and' && k >= 2) k -= 2;
    else return false;
  }
  return false;
}

export const storyFigure = defineNameRule({
  id: 'names/non-person/story-figure',
  why: 'A Bible story figure with two signs of the story (another figure or a story word) is the figure.',
  says: 'quiet',
  quiet: [
    'Adam and Eve in the garden of Eden was our RE story.',
    'Stori Adda ac Efa yn y wers heddiw.',
  ],
  flagged: [
    'Eve was a shepherd in the nativity.',
    'Cast: Joseph - Noah, Mary - Eve.',
    'Nativity cast 🌟 Mary: Eve. Joseph: Noah. Shepherds: Kevin and Jacob.',
  ],
  fires: ({ tokens, m, text }) => {
    if (m.from !== m.to || !STORY_FIGURES().has(tokens[m.from]!.key)) return false;
    // A cast list: "Joseph - Noah", "Joseph: Noah", "Shepherds: Kevin and Jacob".
    if (/[ \t][-–—][ \t]*$/.test(tokens[m.from]!.gapBefore)) return false;
    if (givenAPart(tokens, m.from)) return false;
    const self = tokens[m.from]!.key;
    const figures = new Set(
      tokens
        .filter((t) => t.shape === 'title' && STORY_FIGURES().has(t.key) && t.key !== self)
        .map((t) => t.key),
    );
    const words = new Set((text.match(STORY_CONTEXT()) ?? []).map((w) => w.toLowerCase()));
    return figures.size + words.size >= 2 && words.size >= 1;
  },
});

export const surnameAsThing = defineNameRule({
  id: 'names/non-person/surname-as-thing',
  why: 'A surname alone before a building or common noun is a thing named after someone ("the Mackintosh building").',
  says: 'quiet',
  quiet: [
    'We toured the Mackintosh building today.',
    'Parking at the Holland site is closed.',
    "Year 10 revised Holland's second law before the mock.",
  ],
  flagged: [
    'Mackintosh scored twice today.',
    'The Mackintosh family say thank you.',
    "Mackintosh's goal won it for Year 9.",
  ],
  fires: ({ tokens, m, t, prev, next }) => {
    if (m.from !== m.to || !m.entries.every((e) => e.field === 'last')) return false;
    // "Newton's third law", "Hooke's law": an idea named after its discoverer, with at
    // most one word (an ordinal, "famous") between.
    if (t.possessive && next && adjacent(next)) {
      const after = nextIn(tokens, m.to + 1);
      if (
        EPONYM_NOUNS().has(next.key) ||
        (after && adjacent(after) && EPONYM_NOUNS().has(after.key))
      )
        return true;
    }
    const lowerNext =
      next !== undefined && adjacent(next) && !t.possessive && next.shape === 'lower';
    if (prev && DETERMINERS.words.has(prev.key))
      return (
        (t.shape === 'lower' && !FAMILY_NOUNS.has(next?.key ?? '')) ||
        (lowerNext && BUILDING_NOUNS().has(next.key))
      );
    if (!t.sentenceStart || !lowerNext || FAMILY_NOUNS.has(next.key) || verbish(next.key))
      return false;
    const pos = posOf(next.key);
    return pos === 'noun' || (pos === 'unknown' && !/(?:ed|s)$/.test(next.key));
  },
});

/** A show or a nativity, where children play the animals. */
const IN_COSTUME_PLAY = () => nonPupilPattern('in-costume-play', 'always', 'i');

export const petOrToy = defineNameRule({
  id: 'names/non-person/pet-or-toy',
  why: 'Pets, toys and mascots often carry children\'s names: "my dog Max", "the class teddy, Ruby".',
  says: 'quiet',
  quiet: [
    'My dog Max ate my marking.',
    'The class bear, Ruby, went home on Friday.',
    'Her story is about a unicorn called Kevin who hates glitter.',
  ],
  flagged: [
    'Max walked my dog today.',
    'A girl called Kevin won the unicorn colouring contest.',
    'Party list: Orla, Teddy, Kevin and Jacob.',
    'At the nativity one little lamb (Kevin) wandered off to find his mum.',
  ],
  fires: (look) => {
    const { tokens, m, t } = look;
    if (t.sentenceStart) return false;
    let j = m.from - 1;
    const called = /^(?:called|named)$/.test(tokens[j]!.key) && !tokens[j]!.sentenceStart;
    if (called) j--;
    if (j < 0) return false;
    // A capitalised word is a name in a list ("Abdi, Teddy, Hodan"), not a teddy.
    if (tokens[j]!.shape !== 'lower') return false;
    // In a nativity or a play the lambs and donkeys are children in costume ("one lamb
    // (Teddy) wandered off"); a real one is "a donkey called Reggie".
    if (!called && textHas(look, IN_COSTUME_PLAY())) return false;
    // With "called" the creature may be a story's too: "a dragon called Ruby", "a robot
    // named Max" (the character words of named-thing).
    return PET_TOY_NOUNS.has(tokens[j]!.key) || (called && CHARACTER_NOUNS().has(tokens[j]!.key));
  },
});

const GROUP_WORDS = /^(?:class|group|set|room|team|house|classroom)$/;
const TRAVEL_WORDS = () => nonPupilPattern('travel-words', 'never', '');

/** What a match report credits to a player: "goals from Holland", "tries from Kerr". */
const CREDITED = /^(?:goals?|tries|try|points|runs|wickets|assists|saves|baskets|hat-?tricks?)$/;

/** A single name after "in", "to", "from", "visiting": a place ("holiday in Holland"). */
function placeBefore(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev || t.sentenceStart || t.possessive || !/^[ \t]+$/.test(t.gapBefore)) return false;
  if (GROUP_WORDS.test(tokens[i + 1]?.key ?? '')) return false; // "in Baker class"
  if (prev.key === 'from' && CREDITED.test(tokens[i - 2]?.key ?? '')) return false;
  if (PLACE_WORDS_BEFORE().has(prev.key)) return true;
  const travel = i >= 2 && !prev.sentenceStart ? tokens[i - 2]!.key : '';
  return prev.key === 'to' && TRAVEL_WORDS().test(travel);
}

export const surnamePlace = defineNameRule({
  id: 'names/non-person/place',
  why: 'A surname alone after a place word ("holiday in Holland", "flew to Holland") is the place.',
  says: 'quiet',
  quiet: ['Our holiday in Holland was all bikes.', 'Back from Holland at last.'],
  flagged: [
    'Well done to Holland in Hazel class.',
    'Tries from Holland and Kerr sealed it.',
    'A late winner from Holland (1) in extra time.',
  ],
  // A tally after the name, "from Holland (2)", is a scorer in a match report.
  fires: ({ tokens, m, onlyLast, after }) =>
    onlyLast && placeBefore(tokens, m.from) && !/^\s*\(\d{1,2}\)/.test(after),
});

export const thingAfter = (tokens: Token[], j: number): boolean => {
  const next = tokens[j + 1];
  if (!next || next.sentenceStart || next.shape !== 'lower') return false;
  if (THING_NOUNS_AFTER().has(next.key) || THING_VERBS().has(next.key)) return true;
  const after = tokens[j + 2];
  const copula = /^(?:is|was|are|were|has|had|keeps)$/.test(next.key);
  return copula && after !== undefined && !after.sentenceStart && THING_VERBS().has(after.key);
};

export const ordinaryWordOpening = defineNameRule({
  id: 'names/non-person/ordinary-word-opening',
  why: 'An ordinary-word name opening a two-word noun phrase is the word ("Amber weather warning").',
  says: 'quiet',
  quiet: ['Amber weather warning for tomorrow.'],
  flagged: ['Amber loves maths.'],
  fires: ({ tokens, m, t, ambiguous }) => {
    if (!ambiguous || !t.sentenceStart || m.from !== m.to || t.possessive) return false;
    const a = nextIn(tokens, m.to);
    const b = a && nextIn(tokens, m.to + 1);
    if (!a || !b || !adjacent(a) || !adjacent(b) || a.shape !== 'lower' || b.shape !== 'lower')
      return false;
    const aNounish = posOf(a.key) === 'noun' || (isInfinitive(a.key) && posOf(a.key) !== 'modal');
    const bPos = posOf(b.key);
    const bNounish = bPos === 'noun' || bPos === 'gerund' || isInfinitive(b.key);
    return aNounish && bNounish && !/(?:ed|s)$/.test(b.key) && bPos !== 'modal';
  },
});

export const mascot = defineNameRule({
  id: 'names/non-person/mascot',
  why: 'A name followed by "our class bear", "the school mascot", "our new reading dog" names the toy, puppet, mascot or animal.',
  says: 'quiet',
  quiet: [
    'Ruby, our class bear, went to Spain.',
    'Max the class puppet says hello.',
    'Say hello to Orla, our new reading dog! She visits on Tuesdays.',
    'Kevin (our other pony) won a rosette too.',
  ],
  flagged: ['Kevin, our class rep, went to Spain.', 'Orla walked our new school dog today.'],
  fires: ({ after }) => MASCOT_AFTER().test(after),
});

/** Title-case single words around token i joined by list separators (",", "/", "|",
 * new lines, numbers): how many are on a list and how many are not. */
function listSiblings(
  scan: Scan,
  i: number,
): { listed: number; unlisted: number; surnames: number } {
  const { tokens } = scan;
  // Any run of non-letters (emoji medals included: "🥇 Priestley 412 / 🥈 Bronte 398")
  // holding a separator or a number.
  const LIST_GAP = /^[^\p{L}]*[,/|\n\d][^\p{L}]*$/u;
  // "2nd Kerr": an ordinal's letters are part of the separator.
  const ordinal = (k: number) =>
    /^(?:st|nd|rd|th)$/.test(tokens[k]?.raw ?? '') && /\d$/.test(tokens[k]!.gapBefore);
  const apart = (k: number) =>
    LIST_GAP.test(tokens[k]!.gapBefore) ||
    ((ordinal(k) || ordinal(k - 1)) && /^\s*$/.test(tokens[k]!.gapBefore)) ||
    ordinal(k);
  let listed = 0;
  let unlisted = 0;
  let surnames = 0;
  const visit = (k: number) => {
    const t = tokens[k]!;
    if (ordinal(k)) return true;
    if (t.shape !== 'title' && t.shape !== 'upper') return false;
    const c = candidateAt(scan, k);
    if (c) {
      listed++;
      if (c.entries.every((e) => e.field === 'last')) surnames++;
    } else if (nameShaped(t) && !isEverydayWord(t.key)) unlisted++;
    // A house named after a thing ("Salt", "Oak") neither counts nor ends the list.
    else if (!isEverydayWord(t.key)) return false;
    return true;
  };
  for (let k = i - 1; k >= 0 && k >= i - 8 && apart(k + 1); k--) if (!visit(k)) break;
  for (let k = i + 1; k < tokens.length && k <= i + 8 && apart(k); k++) if (!visit(k)) break;
  return { listed, unlisted, surnames };
}
/** Houses named outright, not teams (a PE team sheet lists pupils by surname). */
const HOUSES = /\b(?:houses?|house points|tŷ)\b/i;

export const houseList = defineNameRule({
  id: 'names/non-person/house-or-team',
  why: 'A name listed among capitalised names on no list, in a post about houses, teams or points, is a house or team named after someone.',
  says: 'quiet',
  quiet: [
    'House points: Darwin 210, Kerr 198, Nightingale 180',
    'SPORTS DAY 🏅 1st Turing 300 / 2nd Oak 280 / 3rd Kerr 260 / 4th Franklin 200',
    'Kit: house shirt (Franklin/Holland/Turing)',
    'House points: Kerr 240, Collins 215, Mackintosh 198',
    'Lewis House won the cup by four points.',
  ],
  flagged: [
    'House points: Noah 10, Ruby 8, Kevin 6',
    'Kerr, Darwin and Turing were on time.',
    'Team sheet: Kerr, Collins, Mackintosh',
  ],
  fires: (look) => {
    const { scan, m, next } = look;
    if (m.from !== m.to || !textHas(look, HOUSE_CONTEXT())) return false;
    // "Lewis House won the cup": a surname before "House" is the house.
    if (look.onlyLast && next?.shape === 'title' && next.key === 'house' && adjacent(next))
      return true;
    const { listed, unlisted, surnames } = listSiblings(scan, m.from);
    if (unlisted >= 2 && unlisted > listed) return true;
    // "House points: Kerr 240, Collins 215, Mackintosh 198": houses are named after people by
    // their surnames, and pupils in a points table by their given names.
    return look.onlyLast && surnames === listed && listed + unlisted >= 2 && textHas(look, HOUSES);
  },
});

export const otherLanguage = defineNameRule({
  id: 'names/non-person/other-language',
  why: 'A name-word in lower case among words that are not English, in text written with capitals, is a word of another language ("dysgu alaw newydd").',
  says: 'quiet',
  quiet: ['Dysgu kevin newydd heddiw, and it was lovely.'],
  flagged: ['Well done kevin newydd!', 'Dysgu yn y dosbarth: Kevin!'],
  fires: ({ scan, tokens, m, t }) => {
    if (scan.style !== 'normal' || t.shape !== 'lower' || t.where !== 'text') return false;
    const foreign = (k: number) => {
      const w = tokens[k];
      return (
        w !== undefined &&
        w.shape === 'lower' &&
        w.key.length > 1 &&
        !candidateAt(scan, k) &&
        !isKnownWord(w.key) &&
        !isEnglishWord(w.key) &&
        !isEverydayWord(w.key)
      );
    };
    const before = !t.sentenceStart && foreign(m.from - 1);
    const after =
      tokens[m.to + 1] !== undefined && !tokens[m.to + 1]!.sentenceStart && foreign(m.to + 1);
    return before && after ? true : (before || after) && (foreign(m.from - 2) || foreign(m.to + 2));
  },
});

/** Opening and closing quotation marks, straight and curly, and guillemets. */
const OPEN_QUOTE = /["'“‘«„]\s*$/;
const CLOSE_QUOTE = /^\s*["'”’»]/;
/** What follows a word being explained: "'hira' means diamond", "\"iman\" (faith)",
 * "'noor' is Arabic for light", "\"dua\" or prayer". */
const GLOSS_AFTER =
  /^\s*["'”’»]?\s*(?:[(=:,–—-]|mean(?:s|t|ing)\b|is \p{L}+ for\b|or\b|and\b|are\b)/u;

export const wordInQuotes = defineNameRule({
  id: 'names/non-person/word-in-quotes',
  why: 'A name-word in lower case inside quotation marks, in text written with capitals, with its meaning after it, is the word being discussed ("\'hira\' means diamond"), not a child.',
  says: 'quiet',
  quiet: [
    'Our word of the week is "kevin" (a Gaelic word for gentle).',
    "We learnt that 'ruby' means red in Latin.",
  ],
  flagged: [
    'Kevin said "kevin is my name" and laughed.',
    'Our word of the week came from Kevin: "brilliant".',
    'Shout out to "kevin" for the best costume!',
  ],
  fires: ({ scan, m, t, text, after }) => {
    if (scan.style !== 'normal' || t.shape !== 'lower' || m.from !== m.to || t.where !== 'text')
      return false;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (!OPEN_QUOTE.test(before) || !CLOSE_QUOTE.test(after)) return false;
    return GLOSS_AFTER.test(after);
  },
});

/** "yr eira", "toriad gwawr", "Seren yr wythnos", "Heulwen braf": a listed name that is
 * a Welsh word, inside a Welsh phrase that makes it the word (welsh-words.ts). */
export const welshWord = defineNameRule({
  id: 'names/non-person/welsh-word',
  why: 'A name that is also a Welsh word (Eira, snow; Alaw, tune; Seren, star), inside a Welsh phrase that makes it the word, is the word.',
  says: 'quiet',
  quiet: [
    'Oherwydd yr eira, the school is closed.',
    'Seren yr wythnos this week goes to the whole class!',
    'Heulwen braf heddiw, perfect for the yard.',
    'Dysgu alaw newydd for the concert.',
    'EIRA ❄️ get the sledges out!',
  ],
  flagged: [
    'Seren won the star of the week.',
    'Da iawn Seren fach!',
    'Llongyfarchiadau i Alaw am ennill!',
    'Seren yn canu yn y cyngerdd.',
  ],
  fires: ({ m, prev, next, t, after }) => {
    if (m.from !== m.to || m.full || !WELSH_NAME_WORDS().has(t.key)) return false;
    if (!m.entries.every((e) => e.field !== 'last')) return false;
    // "EIRA ❄️❄️ the garden looks like Narnia": the word opening a post, drawn after it.
    const drawn = Object.hasOwn(WELSH_WORD_EMOJI, t.key) ? WELSH_WORD_EMOJI[t.key]! : undefined;
    if (drawn && t.sentenceStart && after.trimStart().startsWith(drawn)) return true;
    // A word of the phrase next to it, in plain running text (not "Seren, Haf").
    const before = prev !== undefined && adjacent(t) && WELSH_BEFORE().has(prev.key);
    const behind = next !== undefined && adjacent(next) && WELSH_AFTER().has(next.key);
    if (!before && !behind) return false;
    // Capitalised mid-sentence with only a word after it, it is still a name: "well done
    // Seren yr wythnos" thanks the pupil who is star of the week.
    return t.shape === 'lower' || t.sentenceStart || before;
  },
});

export const faith = defineNameRule({
  id: 'names/non-person/faith',
  why: 'A surname alone that is also the name of a faith ("Islam"), in a post about faith or RE, is the faith.',
  says: 'quiet',
  quiet: ['In RE we are learning how Islam marks Ramadan.'],
  flagged: ['Tahir Islam read beautifully in RE.', 'Well done to Islam in RE today.'],
  fires: (look) => {
    const { m, t, prev } = look;
    if (m.full || m.from !== m.to || !look.onlyLast || !FAITH_NAMES.has(t.key)) return false;
    // "well done to Islam": after a cue word it is someone, not the faith.
    if (prev && /^(?:to|done|thanks|congrats|congratulations)$/.test(prev.key)) return false;
    return textHas(look, FAITH_CONTEXT());
  },
});

/** Words that open an object after a verb: "designs the labels", "tells me". */
const OBJECT_WORDS = new Set(
  'the a an his her their my our your me him us them it this that these those everyone'.split(' '),
);

export const compoundNoun = defineNameRule({
  id: 'names/non-person/compound-noun',
  why: 'A listed name written as an ordinary word (lower case, or capitalised only to open a sentence) before a plural noun opens a compound ("teddy bears", "morris dancers").',
  says: 'quiet',
  quiet: ['Saw morris dancers in town.', 'Bring your teddy bears on Friday.'],
  flagged: [
    'Teddy painted a picture.',
    'Teddy and Ruby painted.',
    'Nelson tells me he can swim.',
    'Teddy designs the posters.',
  ],
  fires: ({ t, next, ambiguous, scan, tokens, m }) => {
    if (ambiguous || scan.style !== 'normal' || !next || !adjacent(next) || t.possessive)
      return false;
    // Lower case mid-sentence, or capitalised only because it opens the sentence.
    if (t.shape !== 'lower' && !(t.shape === 'title' && t.sentenceStart)) return false;
    if (next.shape !== 'lower' || FAMILY_NOUNS.has(next.key) || !next.key.endsWith('s'))
      return false;
    // "Oliwia designs the labels", "Anish tells me": a verb, when an object follows.
    const object = nextIn(tokens, m.to + 1);
    if (object && adjacent(object) && OBJECT_WORDS.has(object.key)) return false;
    return posOf(next.key) === 'noun';
  },
});

export const storyCharacter = defineNameRule({
  id: 'names/non-person/story-character',
  why: 'In a post about a book, film or show, a name paired with a capitalised name on no list is one of its characters ("Sephy and Callum").',
  says: 'quiet',
  quiet: [
    'Book club pick: Noughts & Crosses. Sephy and Kevin broke me.',
    'In the old Welsh legends Kevin, Gwalchmai and Cynon ride with Arthur.',
  ],
  flagged: [
    'Book club today: Kevin and Ruby read to Year 1.',
    'Reading with Kevin and Sephy today.',
    'Guided reading with Dolores, Sephy and Kevin: Kevin asked why the fox lied.',
    "We read 'Sleeping Beauty' and Kevin D told us the real story.",
    'Story time with Kevin, Tomasz and Ruby today.',
    'Reading awards: Kevin, Tomasz and Ola.',
  ],
  fires: (look) => {
    const { scan, tokens, m } = look;
    if (m.from !== m.to || !textHas(look, STORY_WORDS())) return false;
    const partner = (k: number) => {
      const w = tokens[k];
      return (
        w !== undefined &&
        w.shape === 'title' &&
        !candidateAt(scan, k) &&
        nameShaped(w) &&
        !isKnownWord(w.key)
      );
    };
    const before = tokens[m.from - 1];
    const after = tokens[m.to + 1];
    // "Aurora L": a first name and an initial is how a school writes a pupil.
    if (after && !after.sentenceStart && after.raw.length === 1 && after.shape === 'title')
      return false;
    if (before && before.key === 'and' && !before.sentenceStart && partner(m.from - 2))
      return !reading(tokens, listStart(tokens, m.from - 2) - 1);
    if (after && after.key === 'and' && !after.sentenceStart && partner(m.to + 2))
      return !reading(tokens, m.from - 1);
    // "Arthur's knights – Kevin, Gwalchmai and Cynon": the first of a list of three or more whose
    // others are all capitalised names on no list.
    // A label and a colon before the list ("Reading awards: Kevin, Tomasz and Ola") is a roll.
    if (after && !after.sentenceStart && /^\s*,\s*$/.test(after.gapBefore))
      return (
        !tokens[m.from]!.gapBefore.includes(':') &&
        unlistedListAfter(tokens, m.to, partner) >= 2 &&
        !reading(tokens, m.from - 1)
      );
    return joins(tokens[m.from]) && partner(m.from - 1) && !reading(tokens, m.from - 2);
  },
});

/** How many names follow token j in a list ("j, A, B and C"), each passing `partner`; 0 when
 * any does not (a listed name among them makes it a list of children). */
function unlistedListAfter(tokens: Token[], j: number, partner: (k: number) => boolean): number {
  let k = j + 1;
  let n = 0;
  for (let step = 0; step < 6 && k < tokens.length; step++) {
    const w = tokens[k]!;
    if (w.sentenceStart) break;
    if (w.key === 'and' && w.shape === 'lower') {
      k++;
      continue;
    }
    if (!/^\s*[,&]?\s*$/.test(w.gapBefore) || !partner(k)) return 0;
    n++;
    const nx = tokens[k + 1];
    if (!nx || nx.sentenceStart || !(nx.key === 'and' || /^\s*[,&]\s*$/.test(nx.gapBefore))) break;
    k++;
  }
  return n;
}

/** The first name of a list ending at token k ("Destiny, Hibo and Kyle"), by commas. */
function listStart(tokens: Token[], k: number): number {
  let j = k;
  for (let n = 0; n < 6 && j > 0; n++) {
    const w = tokens[j]!;
    if (w.sentenceStart || !/^\s*,\s*$/.test(w.gapBefore) || tokens[j - 1]!.shape !== 'title')
      break;
    j--;
  }
  return j;
}

/** "Reading with Kevin and Sephy": children doing the reading, not characters. */
function reading(tokens: Token[], i: number): boolean {
  const w = tokens[i];
  return w !== undefined && /^(?:with|to|for)$/.test(w.key);
}

/** Words after "the" that open a class, a year or a role, not an epithet: "Ruby the Year 2
 * champion". */
const NOT_EPITHET = new Set(
  'year yr reception nursery class form p1 p2 p3 p4 p5 p6 p7 mr mrs miss ms'.split(' '),
);

export const epithet = defineNameRule({
  id: 'names/non-person/epithet',
  why: 'A name with "the" and a capitalised epithet ("Sofia the First", "Alfred the Great") is a title or a figure of history.',
  says: 'quiet',
  quiet: ['My niece sings Ruby the Brave on repeat.', 'Amber the Great is on at the cinema.'],
  flagged: ['Scarlett the Year 2 reading champion!', 'Well done Ruby, the Star of the Week!'],
  fires: ({ tokens, m, end, scan }) => {
    if (scan.style !== 'normal' || end.possessive) return false;
    const the = nextIn(tokens, m.to);
    const word = the && nextIn(tokens, m.to + 1);
    if (!the || !word || the.key !== 'the' || !adjacent(the) || !adjacent(word)) return false;
    return word.shape === 'title' && !NOT_EPITHET.has(word.key) && !candidateAt(scan, m.to + 2);
  },
});

/** What a firm named after its family sells or is: "Pascoe's Garage", "Kerr's shortbread" (data). */
const FIRM_NOUNS = () => nonPupilSet('firm-nouns');

/** A plural verb straight after "Kerr's": the shop or the firm, never one child ("Kerr's
 * have the tups in first", "Holland's are open till six"); a child's "Kerr's" is "Kerr is"
 * or "Kerr has", singular. */
const FIRM_VERBS = new Set('have are were do sell deliver stock open close'.split(' '));

export const firmPossessive = defineNameRule({
  id: 'names/non-person/firm-possessive',
  why: 'A surname alone with \'s before a shop or a product ("Kerr\'s Garage", "Collins\'s ice cream") is a family firm, not a pupil.',
  says: 'quiet',
  quiet: [
    "Mackintosh's Bakery has the best sausage rolls in town.",
    "Collins's ice cream van came to the fete.",
    "Anyone at the mart Tuesday? Kerr's have the best tups in first.",
    "Holland's are open till six if you need wellies.",
    "Tea and Kerr's shortbread for the governors' meeting.",
  ],
  flagged: [
    "Mackintosh's coat was left on the bus.",
    "Scarlett's ice cream fell on the floor.",
    "Kerr's been brilliant at the mart with the tups.",
    "Kerr's got the best lambs at the show.",
  ],
  fires: ({ end, next, onlyLast }) =>
    onlyLast &&
    end.possessive &&
    next !== undefined &&
    adjacent(next) &&
    (FIRM_NOUNS().has(next.key) || FIRM_VERBS.has(next.key)),
});

/** What is named after someone and held or awarded: "Darwin Day", "Kerr Week", "the
 * Holland Trophy". In lower case only the ones no child is ("a Mackintosh supper", "Kerr
 * lecture"); a capital marks the rest as a name ("Trevithick Day", "Frost Fair"). */
const EVENT_AFTER_LOWER = () => nonPupilSet('event-after');
const EVENT_AFTER_TITLE = () => nonPupilSet('event-after-capitalised');

export const namedEvent = defineNameRule({
  id: 'names/non-person/named-event',
  why: 'A surname alone before what is held or awarded in someone\'s name ("Darwin Day", "Kerr Week", "the Holland Trophy", "a Mackintosh supper") is the event, not a pupil.',
  says: 'quiet',
  quiet: [
    'Mackintosh Week starts Monday with a ceilidh in the hall.',
    'P6 are planning a Kerr supper with neeps and tatties.',
    'Congratulations to the netball team on winning the Holland Trophy!',
  ],
  flagged: [
    'Mackintosh was brilliant at the ceilidh this week.',
    'Kerr day off today, back on Monday.',
    'Well done Holland, trophy winner again!',
  ],
  fires: ({ m, t, next, onlyLast, end }) => {
    if (!onlyLast || m.full || m.titled || m.from !== m.to || end.possessive) return false;
    if (t.shape === 'lower' || !next || !/^[ \t]+$/.test(next.gapBefore)) return false;
    if (next.shape === 'title')
      return EVENT_AFTER_TITLE().has(next.key) || EVENT_AFTER_LOWER().has(next.key);
    return next.shape === 'lower' && EVENT_AFTER_LOWER().has(next.key);
  },
});

/** Channels and services a show is on: "Ruby and the Giants on CBeebies", "Bluey on Disney+". */
const CHANNEL_AFTER = () => nonPupilPattern('channel-after', 'never', 'u');

/** Any channel in the text: most texts have none. */
let onAChannel: RegExp | undefined;
onWordDataInstalled(() => (onAChannel = undefined));
const ON_A_CHANNEL = () =>
  (onAChannel ??= new RegExp(CHANNEL_AFTER().source.replace('^', ''), 'u'));

export const showOnChannel = defineNameRule({
  id: 'names/non-person/show-on-channel',
  why: 'A name opening a capitalised title of two or more words that is "on S4C", "on CBeebies" or "on Netflix" ("Kevin a Mabli on S4C", "Ruby and the Robots on CBBC") is a show.',
  says: 'quiet',
  quiet: [
    'Kevin a Mabli on S4C is all my two talk about.',
    'Ruby and the Giants on CBeebies has a new series.',
  ],
  flagged: [
    'Congratulations to Kevin on BBC Radio Wales this morning!',
    'Kevin was on S4C for the Eisteddfod!',
    'Kevin and Jacob on CBBC Newsround talking about litter.',
  ],
  fires: (look) => {
    const { tokens, m, scan, text } = look;
    if (m.from !== m.to || !textHas(look, ON_A_CHANNEL())) return false;
    // Up to three words after the name, joined by "a", "and", "&", "the", "of": the title's.
    let k = m.to + 1;
    let titled = 0;
    for (let n = 0; n < 5 && k < tokens.length; n++, k++) {
      const w = tokens[k]!;
      if (w.sentenceStart || !/^[ \t]*&?[ \t]*$/.test(w.gapBefore)) return false;
      if (/^(?:a|and|the|of|ac|in)$/.test(w.key) && w.shape === 'lower') continue;
      if (w.shape !== 'title') return false;
      // Another listed name in the title: two children on a programme ("Kevin and Jacob").
      if (candidateAt(scan, k)) return false;
      titled++;
      if (CHANNEL_AFTER().test(text.slice(w.end, w.end + 24))) return titled >= 1;
    }
    return false;
  },
});

/** Any opening double quote in the text: most texts have none. */
const DOUBLE_QUOTE = /["“]/;
/** After a closing quote: a dash and the name of whoever said it ("– Desmond Tutu"). */
const ATTRIBUTED = () => nonPupilPattern('attributed', 'never', 'u');

export const quotedSaying = defineNameRule({
  id: 'names/non-person/quoted-saying',
  why: 'A name that is also a word, inside a quotation signed by someone on no list (“Grace is the beauty of form…” – Friedrich Schiller), is a word of the saying.',
  says: 'quiet',
  quiet: [
    'Thought for the week: "Grace is the beauty of form under the influence of freedom." – Friedrich Schiller',
    '“Summer afternoon, the two most beautiful words in English.” — Henry James',
  ],
  flagged: [
    '"Grace is my best friend" – Kevin, Year 2',
    'Grace said "I love school" – what a star!',
    '"Well done Summer!" – Mrs Hughes',
  ],
  fires: (look) => {
    const { m, text, scan, ambiguous, t } = look;
    if (!ambiguous || m.from !== m.to || t.where !== 'text' || !textHas(look, DOUBLE_QUOTE))
      return false;
    const before = text.slice(Math.max(0, m.start - 300), m.start);
    if (!/["“][^"“”]*$/.test(before)) return false;
    const rest = text.slice(m.end, m.end + 400);
    const close = rest.search(/["”]/);
    if (close < 0) return false;
    const tail = rest.slice(close + 1);
    const signed = ATTRIBUTED().exec(tail);
    if (!signed) return false;
    // The signer on a list (a pupil or a member of staff) quotes a child's or a teacher's words.
    const from = m.end + close + 1;
    const to = from + signed[0].length;
    return !scan.candidates.some((c) => c.start >= from && c.start < to);
  },
});

/** Words that may stand between a determiner and its noun: "the old kirk", "her old teddy". */
function adjectiveLike(w: Token): boolean {
  if (w.shape !== 'lower') return false;
  return posOf(w.key) === 'adjective' || /^(?:local|old|little|wee|new|favourite|big)$/.test(w.key);
}

export const commonNoun = defineNameRule({
  id: 'names/non-person/common-noun',
  why: 'A listed word typed in lower case, in text whose writer uses capitals, after a determiner and up to two adjectives ("the old kirk", "her favourite teddy") is the common noun.',
  says: 'quiet',
  quiet: [
    'Bring your favourite teddy for the sleepover story.',
    'She wrapped up her teddy in a tea towel and put him to bed.',
  ],
  flagged: [
    'Teddy brought his favourite book.',
    'Carol service with Teddy and the choir.',
    'Thanks to our lovely teddy for the help today.',
  ],
  fires: ({ scan, t, m, tokens, next }) => {
    if (scan.style !== 'normal' || t.shape !== 'lower' || m.from !== m.to || t.where !== 'text')
      return false;
    if (!nonPupilSet('name-nouns').has(t.key) && !isEnglishWord(t.key)) return false;
    if (next && FAMILY_NOUNS.has(next.key)) return false;
    let k = m.from - 1;
    let adjectives = 0;
    while (k >= 0 && !tokens[k + 1]!.sentenceStart && adjectives < 2 && adjectiveLike(tokens[k]!)) {
      k--;
      adjectives++;
    }
    if (k < 0 || tokens[k + 1]!.sentenceStart) return false;
    const det = tokens[k]!.key;
    // "our lovely teddy": praise of a child after "our" or "my" is someone's ("my little
    // noah"), so those owners need a plain determiner or a noun the writer never praises.
    if ((det === 'our' || det === 'my') && adjectives > 0 && familyPraiseWord(tokens, k + 1))
      return false;
    return DETERMINERS.words.has(det);
  },
});

const PRAISE_BEFORE_CHILD = new Set(
  'lovely little wee gorgeous amazing brilliant fab fabulous super clever kind special'.split(' '),
);
function familyPraiseWord(tokens: Token[], k: number): boolean {
  return PRAISE_BEFORE_CHILD.has(tokens[k]!.key);
}

export const placeAfterCity = defineNameRule({
  id: 'names/non-person/place-after-city',
  why: 'A name that is also a country, state or city, straight after "<City>, " in a post about travel ("Amman, Jordan for Easter"), is the place.',
  says: 'quiet',
  quiet: [
    'Flights booked: Amsterdam, Holland for the Easter holidays!',
    'Any tips for Utrecht, Holland? Off there on a city break.',
  ],
  flagged: [
    'Trip tips from Tomasz, Holland and Ruby in Year 6!',
    'Booked the hall for Friday. Thanks Tomasz, Holland was brilliant on the phone.',
  ],
  fires: (look) => {
    const { m, t, tokens, scan, next } = look;
    if (
      m.from !== m.to ||
      m.full ||
      !nonPupilSet('place-named-words').has(t.key) ||
      t.shape !== 'title'
    )
      return false;
    const city = tokens[m.from - 1];
    if (!city || city.shape !== 'title' || !/^,[ \t]+$/.test(t.gapBefore)) return false;
    if (candidateAt(scan, m.from - 1) || coordinated(m, scan)) return false;
    // "Thanks Tomasz, Jordan was brilliant": the name does something.
    if (next && adjacent(next) && (verbish(next.key) || posOf(next.key) === 'modal')) return false;
    return textHas(look, nonPupilPattern('travel-context', 'never'));
  },
});
