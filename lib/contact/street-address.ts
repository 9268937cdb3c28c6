// Finds street addresses with a house number or a building name: "14 Larch
// Close", "Flat 2, 9 Mill Street", "Castle House, 22 Church Street", "Rose
// Cottage, Mill Lane". A street name alone ("Holyhead Road") is not an address.
import {
  BUILDING_TYPES,
  NOT_HOUSE_NUMBER_CUES,
  PUBLIC_PLACE_WORDS,
  STREET_TYPES,
  WEAK_STREET_TYPES,
  WELSH_ARTICLES,
  WELSH_STREET_TYPES,
} from './street-types';
import { isWordChar, LETTER, MAX_CANDIDATES } from './chars';
import { isEnglishWord } from '../text/english';
import { wordBefore } from './words';
import { overlaps, type Span } from '../text/span';

export interface AddressMatch extends Span {
  /** The street line alone ("9 mill street"), for comparing with the school's. */
  street: string;
}

const WEAK_TYPE_SET = new Set(WEAK_STREET_TYPES.map((w) => w.toLowerCase()));
const STREET_TYPE_SET = new Set([...STREET_TYPES.map((w) => w.toLowerCase()), ...WEAK_TYPE_SET]);
const WELSH_TYPE_SET = new Set(WELSH_STREET_TYPES.map((w) => w.toLowerCase()));
const WELSH_ARTICLE_SET = new Set(WELSH_ARTICLES);
// Street types people also write in lower case in a hurried post ("14 larch close").
const LOWER_CASE_TYPES = new Set(
  'road street close drive lane avenue crescent grove terrace gardens rise mews'.split(' '),
);
// Words that never name a street: "10 miles down the road", "a 5 minute walk".
const NOT_STREET_NAME = new Set(
  (
    'the a an of down up to in on at by for from with and or my our your their his her its this ' +
    'that these those more less mile miles minute minutes min mins hour hours second seconds km ' +
    'metre metres meter meters yard yards step steps day days week weeks month months year years ' +
    'lap laps times kids children pupils people classes class v vs versus'
  ).split(' '),
);
const NOT_NUMBER_CUES = new Set(NOT_HOUSE_NUMBER_CUES);

const WORD = `[${LETTER}][${LETTER}'\\u2019-]*\\.?`;
const WORDS = `(${WORD}(?:[ \\t]+${WORD}){0,3})`;
const BUILDING = `(?:[A-Z\\u00C0-\\u00DE][${LETTER}'-]*[ \\t]+){1,3}(?:${BUILDING_TYPES.join('|')}),?[ \\t]+`;
// A house number and the words after it; anchored on a digit, so cheap to scan.
const NUMBERED = new RegExp(`(\\d{1,4}[A-Za-z]?(?:-\\d{1,4})?),?[ \\t]+${WORDS}`, 'g');
const NAMED = new RegExp(`${BUILDING}${WORDS}`, 'g');
// A house name with "The" and no house number: "The Old Vicarage, Church Road".
const CAPITAL_WORD = `[A-Z\\u00C0-\\u00DE][${LETTER}'-]*`;
const THE_HOUSE = new RegExp(
  `\\b[Tt]he[ \\t]+((?:${CAPITAL_WORD}[ \\t]+){0,2}${CAPITAL_WORD}),[ \\t]+${WORDS}`,
  'g',
);
// A named house and its village, with no street: "The Old Rectory, Tilstock", "Hill Top
// Farm, Ashby." (rule id `address/house-and-village`). Only homes' building words: a hall, a
// court or a mill may be anyone's venue.
const HOME_TYPES = BUILDING_TYPES.filter(
  (t) =>
    !['Hall', 'Court', 'Tower', 'Mill', 'Buildings', 'Apartments', 'Flats', 'Mansions'].includes(t),
);
const HOUSE_AND_VILLAGE = new RegExp(
  `\\b((?:[Tt]he[ \\t]+)?(?:${CAPITAL_WORD}[ \\t]+){1,2}(?:${HOME_TYPES.join('|')})),[ \\t]+(${CAPITAL_WORD}(?:[ \\t]+${CAPITAL_WORD})?)(?=[ \\t]*(?:[,.;!?)\\n]|$))`,
  'g',
);
// Its last word names a public place or a street: "The Park, Mill Road", "The Green, Mill Road".
const NOT_HOUSE_NAME = new Set([...PUBLIC_PLACE_WORDS, ...STREET_TYPE_SET]);
// Cheap pre-checks: most lines name no street type or building at all.
const HAS_STREET_TYPE = new RegExp(
  `\\b(?:${[...STREET_TYPES, ...WEAK_STREET_TYPES, ...WELSH_STREET_TYPES].join('|')})\\b`,
  'i',
);
const HAS_BUILDING = new RegExp(`\\b(?:${BUILDING_TYPES.join('|')})\\b`);
// "Flat 2, " and "Castle House, " before a house number.
const PREFIX = new RegExp(
  `(?:(?:Flat|flat|FLAT|Apartment|Apt\\.?|Unit|Suite)[ \\t]*\\d{1,4}[A-Za-z]?,?[ \\t]+)?(?:${BUILDING})?$`,
  'u',
);
const TOWN = /^(?:,[ \t]*\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+)?){0,2}/u;

export function findStreetAddresses(text: string): AddressMatch[] {
  const found: AddressMatch[] = [];
  const hasBuilding = HAS_BUILDING.test(text);
  if (HAS_STREET_TYPE.test(text)) streetLines(text, found, hasBuilding);
  if (hasBuilding && text.includes(',')) {
    let scanned = 0;
    for (const m of text.matchAll(HOUSE_AND_VILLAGE)) {
      if (++scanned > MAX_CANDIDATES) break;
      if (isWordChar(text[m.index - 1])) continue;
      const end = m.index + m[0].length;
      if (found.some((f) => overlaps(f, { start: m.index, end }))) continue;
      found.push({ start: m.index, end, street: m[1]!.toLowerCase() });
    }
  }
  return found;
}

/** Addresses with a street line: numbered, after a building name, or after "The …". */
function streetLines(text: string, found: AddressMatch[], hasBuilding: boolean): void {
  let scanned = 0;
  for (const m of text.matchAll(NUMBERED)) {
    if (++scanned > MAX_CANDIDATES) break;
    const number = m[1]!;
    if (isWordChar(text[m.index - 1]) || /[£$€.,:/–—-]/.test(text[m.index - 1] ?? '')) continue;
    if (NOT_NUMBER_CUES.has(wordBefore(text, m.index))) continue;
    // "4-1 Shipley Fold Academy", "2-2, Thurnby Vale": a falling or level pair is a score;
    // house ranges rise ("4-6 High St").
    const [from, to] = number.split('-').map((n) => parseInt(n, 10));
    if (to !== undefined && to <= from!) continue;
    const street = streetIn(text, m.index + m[0].length - m[2]!.length, m[2]!);
    if (!street) continue;
    if (isScoreLine(text, m.index, street.end)) continue;
    const prefix = PREFIX.exec(text.slice(Math.max(0, m.index - 60), m.index))![0].length;
    found.push({ start: m.index - prefix, end: street.end, street: `${number} ${street.name}` });
  }
  if (hasBuilding) {
    for (const m of text.matchAll(NAMED)) {
      if (++scanned > MAX_CANDIDATES) break;
      if (isWordChar(text[m.index - 1])) continue;
      const street = streetIn(text, m.index + m[0].length - m[1]!.length, m[1]!, true);
      if (street) found.push({ start: m.index, end: street.end, street: street.name });
    }
  }
  if (text.includes(',')) {
    for (const m of text.matchAll(THE_HOUSE)) {
      if (++scanned > MAX_CANDIDATES) break;
      if (isWordChar(text[m.index - 1])) continue;
      const end = m.index + m[0].length;
      if (found.some((f) => overlaps(f, { start: m.index, end }))) continue;
      const lastWord = m[1]!
        .split(/[ \t]+/)
        .at(-1)!
        .toLowerCase();
      if (NOT_HOUSE_NAME.has(lastWord)) continue;
      const street = streetIn(text, m.index + m[0].length - m[2]!.length, m[2]!, true);
      if (street) found.push({ start: m.index, end: street.end, street: street.name });
    }
  }
}

/** A result between two named sides: "Tyne Reach 4 Harbour View 2", a capitalised team
 * before the number and a score after the "street" (rule id `address/score-line`). */
function isScoreLine(text: string, numberAt: number, streetEnd: number): boolean {
  if (!/^[ \t]+\d{1,2}(?![\d:.]\d|[ \t]*(?:am|pm)\b)/i.test(text.slice(streetEnd, streetEnd + 8)))
    return false;
  return /\p{Lu}[\p{L}'’-]*[ \t]+$/u.test(text.slice(Math.max(0, numberAt - 30), numberAt));
}

/** A trade's yard or field in the possessive is a street name: "5 Chandlers Yard". */
function possessive(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:s|'s|’s|s'|s’)$/u.test(word);
}

/** The street name and type at the start of `words` (which begin at `offset`), if any. */
function streetIn(text: string, offset: number, words: string, titleCaseOnly = false) {
  const list = [...words.matchAll(/[^ \t]+/g)].map((w) => ({
    at: w.index,
    word: w[0].replace(/\.$/, ''),
  }));
  const welsh = welshStreetIn(text, offset, list);
  if (welsh) return welsh;
  const typeAt = list.findIndex((w, i) => i > 0 && STREET_TYPE_SET.has(w.word.toLowerCase()));
  if (typeAt < 1) return undefined;
  const names = list.slice(0, typeAt).map((w) => w.word);
  if (names.some(isOrdinaryWord)) return undefined;
  const type = list[typeAt]!;
  const weak = WEAK_TYPE_SET.has(type.word.toLowerCase());
  if (
    weak &&
    names.some((w) => !/^\p{Lu}/u.test(w) || (isEnglishWord(w.toLowerCase()) && !possessive(w)))
  )
    return undefined;
  let end = offset + type.at + type.word.length;
  const isTitleCase = names.every((w) => /^\p{Lu}/u.test(w));
  if (isTitleCase) {
    end += TOWN.exec(text.slice(end, end + 80))![0].length;
  } else {
    const endsPhrase = /^\s*(?:[,.;!?)]|$)/.test(text.slice(end, end + 3));
    if (titleCaseOnly || !LOWER_CASE_TYPES.has(type.word.toLowerCase()) || !endsPhrase)
      return undefined;
  }
  return { end, name: `${names.join(' ')} ${type.word}`.toLowerCase() };
}

/**
 * A Welsh street, whose street word comes first: "Heol y Felin", "Stryd Fawr",
 * "Rhodfa'r Orsaf". Written as a name: the street word and one or two name
 * words capitalised ("heol hir" or "Heol" alone is not an address).
 */
function welshStreetIn(text: string, offset: number, list: { at: number; word: string }[]) {
  const type = list[0]!.word.replace(/['\u2019]r$/, '');
  if (!WELSH_TYPE_SET.has(type.toLowerCase()) || !/^\p{Lu}/u.test(type)) return undefined;
  const first = WELSH_ARTICLE_SET.has(list[1]?.word ?? '') ? 2 : 1;
  let last = first - 1;
  while (last < first + 1 && isWelshName(list[last + 1])) {
    last++;
    // a full stop ends the street: "Heol y Felin. Come round"
    if (text[offset + list[last]!.at + list[last]!.word.length] === '.') break;
  }
  if (last < first) return undefined;
  let end = offset + list[last]!.at + list[last]!.word.length;
  end += TOWN.exec(text.slice(end, end + 80))![0].length;
  const words = list.slice(0, last + 1).map((w) => w.word);
  return { end, name: words.join(' ').toLowerCase() };
}

function isWelshName(w?: { word: string }): boolean {
  return !!w && /^\p{Lu}\p{Ll}/u.test(w.word);
}

// "10 The Green" is an address; "10 miles down the road" is not.
function isOrdinaryWord(word: string, index: number): boolean {
  return NOT_STREET_NAME.has(word.toLowerCase()) && !(index === 0 && word === 'The');
}
