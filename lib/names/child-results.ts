// Results and team lists that name another school's children: "1st Kai Dobson (Birkwith)",
// "🥇 Erin Postlethwaite (Netherscar)", "3rd Lewis from Langber", "+ Kenzie & Lachie B
// (Strathnethy)". In a post of placings, medals, squads or races, a name followed by a
// capitalised place in brackets or after "from" is a child of the school or club that place
// names; ours are on the list, so one on no list is a child known through work.
import { givenNameEvidence } from './child-candidates';
import { notAGivenName } from './child-name-look';
import { NOT_A_CHILD_NAME, WORD_GIVEN_NAMES } from './child-cues';
import { isEverydayWord } from '../text/everyday';
import type { Span } from '../text/span';
import { foldName } from '../text/fold';

export const RESULTS_RULE = 'child-reference/other-school-in-results';

/** A post of results or a team sheet: placings, medals, squads, races, age groups, fixtures. */
const RESULTS_MARKER =
  /(?:\b(?:1st|2nd|3rd|\d{1,2}th)\b(?! (?:of )?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b)|🥇|🥈|🥉|\b(?:[Ss]quad|[Rr]esults?|[Rr]ace|[Hh]eats?|[Ff]inals?|[Gg]ala|XC|[Rr]elay|[Tt]ournament|[Ff]ixtures?|[Ll]eague|[Mm]edals?|U\d{1,2}s?|[Yy]\d(?:\/\d)?)\b|\b(?:v|vs)\.? \p{Lu})/u;

const WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+";
/** A first name, with a surname or an initial: "Kai Dobson", "Lachie B", "Evie R.". */
const PERSON = `${WORD}(?: (?:${WORD}|\\p{Lu}\\.?(?![\\p{L}\\p{M}])))?`;
/** Names joined by "&" or "and" (not a comma: "Owen, Kenzie (Strathnethy)" names ours first), then the place in brackets or after "from". */
const ITEM = new RegExp(
  `(?<![\\p{L}\\p{M}'’])(${PERSON}(?:,? (?:&|and) ${PERSON})*) (?:\\((${WORD}(?: ${WORD}){0,3})\\)|from (${WORD}(?: ${WORD}){0,2}))`,
  'gu',
);
const ONE = new RegExp(PERSON, 'gu');

/** Flagged: a word that is also a rare English word straight after a placing in results
 * ("1st Juniper, 2nd Noah"): the general step takes no dictionary word as a name, but a
 * placing names a child unless the word is an everyday one ("1st Place", "2nd Half"). */
export const PLACING_RULE = 'child-reference/placing-in-results';
const PLACING_NAME = new RegExp(
  `(?:^|[\\s,;:(])(?:1st|2nd|3rd|[4-9]th|1\\dth)\\s*[:\\u2013\\u2014-]?\\s*(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b)(${WORD})(?![\\p{L}\\p{M}])(?! (?:[Hh]ouse|[Tt]eam|[Cc]lass|[Gg]roup|[Ss]chool|[Pp]rimary|\\p{Lu}))`,
  'gu',
);

/** Bracketed or "from" words that are no other school: a year or class, a role, a record. */
const NOT_A_PLACE =
  /^(?:Y(?:ea)?r?|P|S|U|Reception|Nursery|Class|Form|Capt|Captain|Vice|GK|Keeper|Goalie|Sub|Subs|Reserve|Coach|Manager|Age|Aged|Mum|Dad|Parent|Teacher|Head|Typo|Sorry|Injured|Absent|Ours|Home|Away)\b/;
/** Before the list: adults' roles ("Thanks to our coaches Dave Smith (Harriers)"). */
const ADULTS_BEFORE =
  /\b(?:coach(?:es)?|referees?|refs?|umpires?|officials?|judges?|thanks|thank you|parents?|mums?|dads?|volunteers?|staff|teachers?|leaders?|managers?)\b[^.!?\n]{0,60}$/i;

/** Words after a placing that are names though the dictionary has them ("1st Juniper"). */
export function placedNames(text: string): Span[] {
  if (!RESULTS_MARKER.test(text)) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(PLACING_NAME)) {
    const word = m[1]!;
    const key = foldName(word);
    if (isEverydayWord(key) || NOT_A_CHILD_NAME.has(key)) continue;
    // A given name or a word no list knows is the general step's ("1st Ellis").
    if (givenNameEvidence(key) !== null) continue;
    const start = m.index + m[0].length - word.length;
    out.push({ start, end: start + word.length });
  }
  return out;
}

/**
 * Children of another school named in a results or team list. `ours(span)` says a span is
 * already someone or something of this school (a listed pupil, a class, the school's name).
 */
export function otherSchoolInResults(text: string, ours: (s: Span) => boolean): Span[] {
  if (!RESULTS_MARKER.test(text) || !(text.includes('(') || text.includes(' from '))) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(ITEM)) {
    const place = m[2] ?? m[3]!;
    if (NOT_A_PLACE.test(place)) continue;
    const placeAt = m.index + m[0].lastIndexOf(place);
    if (ours({ start: placeAt, end: placeAt + place.length })) continue;
    if (ADULTS_BEFORE.test(text.slice(Math.max(0, m.index - 90), m.index))) continue;
    for (const p of m[1]!.matchAll(ONE)) {
      const start = m.index + p.index;
      const first = p[0].split(' ')[0]!;
      const key = foldName(first);
      if (givenNameEvidence(key) === null && !WORD_GIVEN_NAMES.has(key)) continue;
      if (notAGivenName(text, start, start + first.length)) continue;
      out.push({ start, end: start + p[0].length });
    }
  }
  return out;
}
