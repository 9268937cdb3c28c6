// Whether a capitalised word that a child-reference cue or the general step found looks like
// a child's given name at all. Each reason it does not is a named rule, so `scan --explain`
// says why a word was left quiet: a place ("New P5 starter from Cumbria"), a word of a
// year group's event ("Our Year 7 Mass today"), an exam before its level ("passed his Nat 5"),
// a word after an article ("from the Strathnethy end"), a place after moving or representing
// ("moved up from Peterborough", "running for Teesside").
//
// There is no gazetteer (background.js has no room for one): places are told by compromise's
// lexicon tags (Place, Region, City, Country: "Carlisle", "Cumbria", "Poland") and, for a word
// the lexicon lacks, by the shape of British place names ("Teesside", "Gateshead",
// "Peterborough", "Strathyre"), which no given name in use has.
import { tagsOf } from '../text/word-tags';
import { isEverydayWord } from '../text/everyday';

/** "Storytime in nursery", "Snacktime", "Playtime": a word the lexicon lacks made of two
 * everyday words of four letters or more is a compound, not a name ("Jackson" and "Carson"
 * end in a short word, so they stay names). */
function compoundOfEverydayWords(key: string): boolean {
  for (let cut = 4; cut <= key.length - 4; cut++)
    if (isEverydayWord(key.slice(0, cut)) && isEverydayWord(key.slice(cut))) return true;
  return false;
}

export const PLACE_RULE = 'child-reference/not-a-name/place';
export const PLACE_SHAPE_RULE = 'child-reference/not-a-name/place-shape';
export const PLACE_LINK_RULE = 'child-reference/not-a-name/place-link';
export const EVENT_RULE = 'child-reference/not-a-name/event';
export const EXAM_RULE = 'child-reference/not-a-name/exam';
export const ARTICLE_RULE = 'child-reference/not-a-name/after-article';
export const COMPOUND_RULE = 'child-reference/not-a-name/compound-word';

/** Compromise's tags of places; a word it also knows as a given name ("Devon", "Kent") stays a name. */
const PLACE_TAGS = new Set(['Place', 'Region', 'City', 'Country', 'Town', 'Address']);
const GIVEN_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);

/** British place-name endings and openings no given name in use has: "Teesside", "Tyneside",
 * "Gateshead", "Peterborough", "Middlesbrough", "Darlington", "Alnwick", "Rotherham",
 * "Strathnethy", "Inverurie", "Aberaeron", "Llanelli", "Ballymena", "Kirkcaldy". Only for a
 * word the lexicon does not know (it knows "Graham" and "Clayton" as names). */
const PLACE_SHAPE =
  /^(?:strath|inver|aber|llan|bally|kirk|auchter|glen)\p{Ll}{3,}|\p{Ll}{2,}(?:side|shire|borough|brough|burgh|chester|caster|cester|mouth|minster|thorpe|ington|bridge|head|wick|pool|ham|dale|field|stow|bury)$/u;

/** Services and events a year group or class holds, capitalised as names of events: "Our
 * Year 7 Mass today", "the Y6 Leavers Disco", "Reception Nativity". */
export const EVENT_WORDS: ReadonlySet<string> = new Set(
  `mass liturgy eucharist communion benediction vigil service assembly nativity harvest disco
  prom fete fayre fair gala panto pantomime concert showcase residential retreat mufti trip
  trips pics photos pictures results fixtures update reminder notice highlights`
    .split(/\s+/)
    .filter(Boolean),
);

/** Exams and levels named before their number: "passed his Nat 5", "Grade 3 piano", "Level 2". */
export const EXAM_WORDS: ReadonlySet<string> = new Set(
  'nat national higher advanced gcse btec grade level stage paper unit module ks'.split(' '),
);

/** Before the word, moving from a place or representing one: "moved up from Peterborough",
 * "arriving from Carlisle", "starter from Cumbria", "running for Teesside", "representing
 * Fife". A child is named after none of these. */
const PLACE_LINK_BEFORE =
  /\b(?:(?:mov(?:ed|es|ing|e)|arriv(?:ed|es|ing|e)|relocat(?:ed|es|ing|e)|transferr(?:ed|ing)|starters?|family|families) (?:(?:up|over|down|here|back|across|all the way) )?from|(?:runs?|running|ran|plays?|playing|played|swims?|swimming|swam|rac(?:es|ing|ed|e)|cycl(?:es|ing|ed|e)|compet(?:es|ing|ed|e)|selected|picked|signed|capped) for|represent(?:s|ing|ed)?) (?:the )?$/i;

/** An article before a capitalised word makes it part of a name of a thing: "the Strathnethy
 * end", "a Quidditch match"; Welsh "y"/"yr" as well ("Wythnos y Mabinogi"). */
const ARTICLE_BEFORE = /(?:^|[^\p{L}\p{M}'’])(?:[Tt]he|[Aa]n?|y|yr)\s+$/u;

/** The rule that says the word at [start, end) of `text` is no child's name, or undefined.
 * `given`: the words before give it as a name ("a lad called Rio", "Rio, four,"), so what the
 * word alone could be (a place, an event) says nothing. */
export function notAGivenName(
  text: string,
  start: number,
  end: number,
  given = false,
): string | undefined {
  // The first word decides: "Mason Holt" is as much a name as "Mason".
  const word = text.slice(start, end);
  const key = word.split(/[\s-]/)[0]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const tags = tagsOf(key);
  const asName = given || (tags?.some((t) => GIVEN_TAGS.has(t)) ?? false);
  if (!asName && tags?.some((t) => PLACE_TAGS.has(t))) return PLACE_RULE;
  if (!given && !tags && PLACE_SHAPE.test(key)) return PLACE_SHAPE_RULE;
  if (!given && EVENT_WORDS.has(key)) return EVENT_RULE;
  if (!given && !tags && key.length >= 8 && compoundOfEverydayWords(key)) return COMPOUND_RULE;
  if (EXAM_WORDS.has(key) && /^ ?\d/.test(text.slice(end, end + 2))) return EXAM_RULE;
  const before = text.slice(Math.max(0, start - 60), start);
  if (ARTICLE_BEFORE.test(before.slice(-6))) return ARTICLE_RULE;
  if (PLACE_LINK_BEFORE.test(before)) return PLACE_LINK_RULE;
  return undefined;
}
