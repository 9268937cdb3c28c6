// Finds street addresses with a house number or a building name: "14 Larch
// Close", "Flat 2, 9 Mill Street", "Castle House, 22 Church Street". A named
// street needs a number or building before it: "Holyhead Road" alone is not an address.
import { BUILDING_TYPES, NOT_HOUSE_NUMBER_CUES, STREET_TYPES } from '../detectors/street-types';
import { wordBefore } from './words';

export interface AddressMatch {
  start: number;
  end: number;
  /** The street line alone ("9 mill street"), for comparing with the school's. */
  street: string;
}

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
    'lap laps times kids children pupils people classes class'
  ).split(' '),
);
const NOT_NUMBER_CUES = new Set(NOT_HOUSE_NUMBER_CUES);

const alternatives = (words: readonly string[]) =>
  words.flatMap((w) => [w, w.toLowerCase(), w.toUpperCase()]).join('|');
const WORD = "[\\p{L}][\\p{L}'\\u2019-]*";
const FLAT = '(?:Flat|flat|FLAT|Apartment|Apt\\.?|Unit|Suite)\\s*\\d{1,4}[A-Za-z]?,?\\s+';
const BUILDING = `((?:\\p{Lu}[\\p{L}'-]*\\s+){1,3}(?:${BUILDING_TYPES.join('|')}),?\\s+)`;
const NUMBER = '(\\d{1,4}[A-Za-z]?(?:-\\d{1,4})?),?\\s+';
// Groups: 1 building name, 2 house number, 3 street name words, 4 street type.
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}£$€.,:/-])(?:${FLAT})?(?:${BUILDING})?(?:${NUMBER})?` +
    `((?:${WORD}\\s+){1,3}?)(${alternatives(STREET_TYPES)})\\.?(?![\\p{L}\\p{N}])`,
  'gu',
);
const TOWN = /^(?:,[ \t]*\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+)?){0,2}/u;

type Groups = [string, string | undefined, string | undefined, string, string];

export function findStreetAddresses(text: string): AddressMatch[] {
  if (!/\d|House|Cottage|Farm|Lodge/.test(text)) return [];
  const found: AddressMatch[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const [whole, building, number, nameWords, type] = m as unknown as Groups;
    if (!building && !number) continue;
    const start = m.index;
    const names = nameWords.trim().split(/\s+/);
    if (names.some((w) => NOT_STREET_NAME.has(w.toLowerCase()))) continue;
    const isTitleCase = names.every((w) => /^\p{Lu}/u.test(w));
    let end = start + whole.length;
    if (!isTitleCase) {
      const lowerEnd = /^\s*(?:[,.;!?)]|$)/.test(text.slice(end));
      if (!LOWER_CASE_TYPES.has(type.toLowerCase()) || !lowerEnd) continue;
    }
    if (
      number !== undefined &&
      whole.startsWith(number) &&
      NOT_NUMBER_CUES.has(wordBefore(text, start))
    )
      continue;
    if (isTitleCase) end += TOWN.exec(text.slice(end, end + 80))![0].length;
    const street = `${number ?? ''} ${nameWords}${type}`.trim().toLowerCase();
    found.push({ start, end, street });
  }
  return found;
}
