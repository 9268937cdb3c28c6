// Derives, from the school block of the settings, every way people write the
// school's names, council and street lines. Generic: works for any school.
import {
  COUNCIL_WORDS,
  INSTITUTION_WORDS,
  NAME_FILLER_WORDS,
  type SchoolWordData,
} from './school-words';
import { STREET_TYPES, WELSH_STREET_TYPES } from '../contact/street-types';
import type { School } from '../settings/types';
import { nameTokens } from '../contact/words';

export type PhraseKind = 'name' | 'short-name' | 'acronym' | 'authority' | 'address';

export interface Phrase {
  tokens: string[];
  kind: PhraseKind;
  /** A one-word short name the settings give as an alias ("Lochside"): the school says
   * people call it that, so it needs no "at" or "from" before it. */
  given?: boolean;
}

// Phrases dropped from inside a name to make the forms people actually write.
const DROPPABLE = [
  ['c', 'of', 'e'],
  ['ce'],
  ['cofe'],
  ['church', 'of', 'england'],
  ['and', 'nursery'],
];
const STREET_TYPE_WORDS = new Set(STREET_TYPES.map((w) => w.toLowerCase()));
const WELSH_STREET_WORDS = new Set(nameTokens(WELSH_STREET_TYPES.join(' ')));

/** The school words decoded for matching; none when the checker's data lack them. */
export interface SchoolWords {
  welshCouncils: Readonly<Record<string, readonly string[]>>;
  county: ReadonlyMap<string, string>;
  nounsAfter: ReadonlySet<string>;
  placeBefore: ReadonlySet<string>;
  placeAfter: ReadonlySet<string>;
}

const decoded = new WeakMap<SchoolWordData, SchoolWords>();
const words = (list: string) => new Set(list.split(' ').filter(Boolean));

/** The decoded school words of the checker's data, once per data object. */
export function schoolWordsOf(data?: SchoolWordData): SchoolWords {
  if (!data) return NO_SCHOOL_WORDS;
  let out = decoded.get(data);
  if (!out) {
    out = {
      welshCouncils: data.welshCouncils,
      county: new Map(
        data.countyShortForms
          .split(' ')
          .filter(Boolean)
          .map((pair) => pair.split(':') as [string, string]),
      ),
      nounsAfter: words(data.nounsAfter),
      placeBefore: words(data.placeBefore),
      placeAfter: words(data.placeAfter),
    };
    decoded.set(data, out);
  }
  return out;
}

export const NO_SCHOOL_WORDS: SchoolWords = {
  welshCouncils: {},
  county: new Map(),
  nounsAfter: new Set(),
  placeBefore: new Set(),
  placeAfter: new Set(),
};

export function schoolPhrases(school: School, known: SchoolWords): Phrase[] {
  const phrases: Phrase[] = [];
  for (const written of [school.name, ...school.aliases]) {
    if (/^[A-Z]{2,6}$/.test(written.trim())) continue; // acronyms are matched case-sensitively
    phrases.push(...namePhrases(nameTokens(written)));
  }
  if (school.localAuthority)
    phrases.push(...authorityPhrases(nameTokens(school.localAuthority), known));
  // The settings' other names for the council are the school's word that they name it.
  for (const alias of school.localAuthorityAliases ?? [])
    phrases.push({ tokens: nameTokens(alias), kind: 'authority' });
  for (const address of school.addresses) phrases.push(...addressPhrases(address));
  const given = new Set(
    school.aliases.map((a) => nameTokens(a)).flatMap((t) => (t.length === 1 ? t : [])),
  );
  return dedupe(phrases.filter((p) => p.tokens.length > 0)).map((p) =>
    p.kind === 'short-name' && p.tokens.length === 1 && given.has(p.tokens[0]!)
      ? { ...p, given: true }
      : p,
  );
}

/** Upper-case acronyms: those given as aliases and the initials of a long name ending "School". */
export function schoolAcronyms(school: School): string[] {
  const given = school.aliases.map((a) => a.trim()).filter((a) => /^[A-Z]{2,6}$/.test(a));
  const derived = [school.name, ...school.aliases]
    .map((n) => withoutDroppable(nameTokens(n)))
    .map((t) => t.slice(0, t.lastIndexOf('school') + 1))
    .filter((t) => t.length >= 4)
    .map((t) => t.map((w) => w[0]!.toUpperCase()).join(''));
  return [...new Set([...given, ...derived])];
}

function namePhrases(tokens: string[]): Phrase[] {
  const forms: string[][] = [];
  let core = tokens;
  // "St Mary's C of E Primary Academy" → "St Mary's C of E Primary", "St Mary's Primary Academy", "St Mary's Primary"…
  for (const base of [tokens, withoutDroppable(tokens)]) {
    forms.push(base);
    let rest = base;
    while (rest.length > 1 && isNameSuffix(rest.at(-1)!)) {
      rest = rest.slice(0, -1);
      if (INSTITUTION_WORDS.has(rest.at(-1)!)) forms.push(rest);
    }
    core = rest[0] === 'the' ? rest.slice(1) : rest;
  }
  // A form with no institution word ("St Mary's" given as an alias) is a short
  // name: it counts only when written as a name. A full name of three or more
  // words is distinctive enough in any case.
  const phrases: Phrase[] = forms.map((f) => ({
    tokens: f,
    kind: f.some((t) => INSTITUTION_WORDS.has(t)) || isLongName(f) ? 'name' : 'short-name',
  }));
  if (core.length > 0 && core.length < tokens.length && !isNameSuffix(core.at(-1)!)) {
    phrases.push({ tokens: core, kind: 'short-name' });
    const kinds = ['school', ...tokens.filter((t) => INSTITUTION_WORDS.has(t))];
    // "The Meadows Community Academy" is also "the Meadows Academy"
    const leads = tokens[0] === 'the' ? [[], ['the']] : [[]];
    for (const lead of leads) {
      for (const kind of kinds) phrases.push({ tokens: [...lead, ...core, kind], kind: 'name' });
    }
  }
  return phrases;
}

function authorityPhrases(tokens: string[], known: SchoolWords): Phrase[] {
  let core = tokens;
  while (core.length > 1 && COUNCIL_WORDS.has(core.at(-1)!)) core = core.slice(0, -1);
  // "London Borough of Camden", "Royal Borough of Greenwich", "City of York Council"
  const of = core.indexOf('of');
  if (
    of > 0 &&
    of < core.length - 1 &&
    core.slice(0, of).every((t) => COUNCIL_WORDS.has(t) || t === 'london' || t === 'royal')
  ) {
    core = core.slice(of + 1);
  }
  if (core[0] === 'the') core = core.slice(1);
  const phrases: Phrase[] = [
    { tokens, kind: 'authority' },
    { tokens: [...core, 'council'], kind: 'authority' },
  ];
  // "LB Camden", "RB Kingston": a London borough by its initials.
  if ((tokens[0] === 'london' || tokens[0] === 'royal') && tokens[1] === 'borough')
    phrases.push({ tokens: [`${tokens[0]![0]}b`, ...core], kind: 'authority' });
  // "Telford and Wrekin" alone names the council; "Shropshire" alone is a county.
  if (core.filter((t) => t !== 'and').length >= 2 && core.includes('and')) {
    phrases.push({ tokens: core, kind: 'authority' });
  }
  // "Notts County Council": a county council by its county's short form, with "council".
  const county = known.county.get(core.join(' '));
  if (county)
    for (const tail of [['county', 'council'], ['council'], ['cc']])
      phrases.push({ tokens: [county, ...tail], kind: 'authority' });
  // A Welsh council's Welsh name: "Cyngor Caerdydd" is Cardiff Council.
  const welsh = known.welshCouncils[core.join(' ')];
  if (welsh && Object.hasOwn(known.welshCouncils, core.join(' ')))
    for (const name of welsh) phrases.push({ tokens: name.split(' '), kind: 'authority' });
  return phrases;
}

/**
 * The whole address and each street line in it as the settings write it. A
 * line given with a house number ("2 Heol Hir", "12 Kestrel Lane") counts on
 * its own, but only with its number: "Tannery Row" alone is a street anyone may
 * name ("meet at Tannery Row Park"), as postal-address treats a street with no number.
 */
function addressPhrases(address: string): Phrase[] {
  const phrases: Phrase[] = [{ tokens: nameTokens(address), kind: 'address' }];
  for (const segment of address.split(',')) {
    const tokens = nameTokens(segment);
    if (isStreetLine(tokens)) phrases.push({ tokens, kind: 'address' });
    // A site's own name in its address line is a name of the school: "Kettle Lane Nursery,
    // 40 Kettle Lane" (the building line, not the street).
    else if (tokens.length >= 2 && tokens.some((t) => INSTITUTION_WORDS.has(t)))
      phrases.push({ tokens, kind: 'name' });
  }
  return phrases;
}

function isStreetLine(tokens: string[]): boolean {
  if (tokens.length < 2) return false;
  const numbered = /^\d/.test(tokens[0]!) && tokens.some((t) => /^\p{L}{2,}$/u.test(t));
  return numbered || STREET_TYPE_WORDS.has(tokens.at(-1)!) || WELSH_STREET_WORDS.has(tokens[0]!);
}

function isLongName(tokens: string[]): boolean {
  // Welsh "y"/"yr" (the) no more than English "the": "Pen y Bryn" is two name words
  return tokens.filter((t) => !['the', 'and', 'of', 'y', 'yr'].includes(t)).length >= 3;
}

function isNameSuffix(token: string): boolean {
  return INSTITUTION_WORDS.has(token) || NAME_FILLER_WORDS.has(token);
}

function withoutDroppable(tokens: string[]): string[] {
  let out = tokens;
  for (const drop of DROPPABLE) {
    for (let i = 0; i + drop.length <= out.length; i++) {
      if (drop.every((d, j) => out[i + j] === d)) {
        out = [...out.slice(0, i), ...out.slice(i + drop.length)];
        break;
      }
    }
  }
  return out;
}

function dedupe(phrases: Phrase[]): Phrase[] {
  const seen = new Map<string, Phrase>();
  for (const p of phrases) {
    const key = p.tokens.join(' ');
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}
