// Houses and teams named after people ("Seacole", "Brunel", "Gabriel"): a post about house
// points names them the way it names pupils. Three shapes give a house away, and once a
// post has named a word as a house, that word is the house everywhere in the post ("Brunel
// take the shield … well done Brunel!").
import { HOUSE_CONTEXT } from '../non-person-words';
import { defineNameRule, textHas, type Look } from '../rule';
import { adjacent, candidateAt, type Mention, type Scan } from '../scan';
import { runOf } from './lists';

/**
 * Verbs in the plural form straight after a single name: British English makes a house or a
 * team plural ("Brunel take the cup", "Seacole lead by 12"); a child takes the singular
 * ("Kevin takes the register"). An adverb may stand between ("Brunel currently lead").
 */
const PLURAL_VERBS = new Set(
  'take lead win retain claim top are were have finish storm edge sit keep hold regain'.split(' '),
);
const BETWEEN = new Set('currently still now just narrowly comfortably once again'.split(' '));
/** Words before a verb that make its plain form no plural: "can Kevin take", "let Kevin win". */
const BARE_BEFORE = new Set(
  'and & can could will would should may might must let make made help helped did does do to watch watched saw see hear heard'.split(
    ' ',
  ),
);
/** "1st", "2nd" … the letters of an ordinal after its number. */
const ORDINAL = /^(?:st|nd|rd|th)$/;

const houses = new WeakMap<Scan, Set<string>>();

/** The keys of the words this post names as houses, worked out once per scan. */
export function houseWordsOf(look: Look): Set<string> {
  let found = houses.get(look.scan);
  if (!found) houses.set(look.scan, (found = findHouses(look)));
  return found;
}

function findHouses(look: Look): Set<string> {
  const out = new Set<string>();
  if (!textHas(look, HOUSE_CONTEXT())) return out;
  const { scan } = look;
  const ranked: Mention[] = [];
  for (const c of scan.candidates) {
    if (c.from !== c.to || c.full || c.titled) continue;
    const t = scan.tokens[c.from]!;
    if (t.where !== 'text') continue;
    if (namedHouse(scan, c) || pointsBehind(scan, c)) out.add(t.key);
    const verb = pluralVerbAfter(scan, c);
    if (verb >= 0) {
      out.add(t.key);
      // "Seacole lead Brunel by 12": what a house leads or beats is a house.
      const object = candidateAt(scan, verb + 1);
      if (RIVAL_VERBS.has(scan.tokens[verb]!.key) && object && object.from === object.to)
        out.add(scan.tokens[object.from]!.key);
    }
    if (rankedAt(scan, c.from, c.end)) ranked.push(c);
    // "our four houses, Best, Lewis and Bell": a list straight after "houses".
    if (HOUSES_BEFORE.test(scan.text.slice(Math.max(0, c.start - 30), c.start)))
      for (const member of runOf({ ...look, m: c }).members)
        if (member.from === member.to) out.add(scan.tokens[member.from]!.key);
  }
  // A table of three or more ranked entries ("1st Seacole 2nd Brunel 3rd Nelson",
  // "Seacole 214, Brunel 209, Oak 180") in a post about houses or points.
  if (ranked.length && rankedEntries(scan) >= 3 && !rankedPerson(scan))
    for (const c of ranked) out.add(scan.tokens[c.from]!.key);
  return out;
}

const HOUSES_BEFORE = /\bhouses(?: are| were)?[ \t]*[:,–-]?[ \t]*$/i;

const RIVAL_VERBS = new Set(['lead', 'beat', 'trail', 'overtake', 'pip', 'edge']);

/** How many capitalised words in the post are ranked (listed or not: "1st Oak"). */
function rankedEntries(scan: Scan): number {
  let n = 0;
  scan.tokens.forEach((t, k) => {
    if ((t.shape === 'title' || t.shape === 'upper') && rankedAt(scan, k, t.end)) n++;
  });
  return n;
}

/** A ranked entry that is a person's full name ("1st Maddison Frost (19.84s), 2nd Adam
 * Berki, 3rd Kian"): the table ranks people, so its single names are children too. */
function rankedPerson(scan: Scan): boolean {
  return scan.tokens.some((t, k) => {
    if (t.shape !== 'title' || !rankedAt(scan, k, t.end)) return false;
    const next = scan.tokens[k + 1];
    return (
      next !== undefined &&
      !next.sentenceStart &&
      next.shape === 'title' &&
      adjacent(next) &&
      next.key !== 'house' &&
      !/\d/.test(next.gapBefore)
    );
  });
}

/** "Seacole House", "Brunel house take the cup"; not "Kevin's house", "the Kerr house". */
function namedHouse(scan: Scan, c: Mention): boolean {
  const t = scan.tokens[c.from]!;
  const next = scan.tokens[c.to + 1];
  if (t.possessive || !next || next.sentenceStart || !adjacent(next)) return false;
  if (next.key !== 'house' && next.key !== 'houses') return false;
  const prev = c.from > 0 && !t.sentenceStart ? scan.tokens[c.from - 1] : undefined;
  return prev?.key !== 'the' && prev?.key !== 'our' && prev?.key !== 'my';
}

/** "Nelson just two points behind", "Seacole 9 points clear": a standing, not a child's. */
function pointsBehind(scan: Scan, c: Mention): boolean {
  return /^[ \t]+(?:\w+ ){0,2}points? (?:behind|ahead|clear|adrift)\b/.test(
    scan.text.slice(c.end, c.end + 40),
  );
}

/** The index of a plural verb straight after the single name c, or -1. */
function pluralVerbAfter(scan: Scan, c: Mention): number {
  const { tokens } = scan;
  const t = tokens[c.from]!;
  if (t.possessive) return -1;
  const prev = c.from > 0 && !t.sentenceStart ? tokens[c.from - 1] : undefined;
  // "Kevin and Seacole take …" is two subjects; "Kevin, Seacole" a list.
  if (prev && (BARE_BEFORE.has(prev.key) || /[,&]/.test(t.gapBefore))) return -1;
  let k = c.to + 1;
  if (tokens[k] && BETWEEN.has(tokens[k]!.key) && adjacent(tokens[k])) k++;
  const verb = tokens[k];
  const plural =
    verb !== undefined &&
    !verb.sentenceStart &&
    adjacent(verb) &&
    verb.shape === 'lower' &&
    PLURAL_VERBS.has(verb.key) &&
    !candidateAt(scan, k);
  return plural ? k : -1;
}

/** An ordinal before the word at token k ("2nd Brunel") or a total of 100 or more after it
 * ("Brunel 214"): a house's place or points, not a child's. */
function rankedAt(scan: Scan, k: number, end: number): boolean {
  const t = scan.tokens[k]!;
  const before = scan.tokens[k - 1];
  if (
    before &&
    ORDINAL.test(before.raw.toLowerCase()) &&
    /\d$/.test(before.gapBefore) &&
    /^\s+$/.test(t.gapBefore)
  )
    return true;
  return /^\s*[-:–]?\s*\d{3,4}(?!\d)/.test(scan.text.slice(end, end + 8));
}

export const houseNamed = defineNameRule({
  id: 'names/non-person/house-named',
  why: 'A name the post itself makes a house (before "house", with a plural verb, or ranked in a table of houses) is the house wherever the post uses it.',
  says: 'quiet',
  quiet: [
    'Brunel house take the shield again! Well done Brunel.',
    'House cup update: Nelson currently lead Brunel by 9 points.',
    'Sports day is done and Seacole finished six points clear.',
    'HOUSE CROSS COUNTRY 🏃 1st NELSON 2nd SEACOLE 3rd BRUNEL',
    'House points this week: Seacole 312, Nelson 298, Brunel 251.',
    'Our houses, Seacole, Nelson and Brunel, each planted a tree. Congratulations to Brunel on the tidiest bed!',
  ],
  flagged: [
    'House points: Noah 10, Ruby 8, Kevin 6',
    'Kevin takes the house cup up to the stage for his team.',
    'Seacole and Kevin take the house banner to assembly.',
    "Sports day: Nelson's house came first and Nelson won the sprint.",
    'Gala results 🏊 1st Maddison Frost, 2nd Adam Berki, 3rd Kevin. Team 2nd overall.',
  ],
  fires: (look) => {
    const { m, t } = look;
    if (m.from !== m.to || m.full || m.titled) return false;
    return houseWordsOf(look).has(t.key);
  },
});

/** A post that names houses outright. */
const HOUSE_WORD = /\bhouses?\b|\btŷ\b/i;

export const houseInBrackets = defineNameRule({
  id: 'names/non-person/house-in-brackets',
  why: 'In a post about houses, one word in brackets straight after a pupil\'s name ("Gregor (Cumming)") is their house, unless it is that pupil\'s own surname.',
  says: 'quiet',
  quiet: [
    'House captains: Tomasz (Kerr), Priya S (Holland) and Declan (Mackintosh).',
    'New house captains announced! Ayesha Patel (Holland) and Tomasz (Kerr).',
  ],
  flagged: [
    'House captains: Kevin (Doyle) and Ruby.',
    'Well done Kerr (Year 4) for the house points!',
    'Thanks to Finn (Kerr) for tidying up.',
  ],
  fires: (look) => {
    const { m, t, tokens, scan, after } = look;
    if (m.full || m.titled || m.from !== m.to || t.where !== 'text' || t.possessive) return false;
    if (!/\(\s*$/.test(t.gapBefore) || !/^\s*\)/.test(after) || !textHas(look, HOUSE_WORD))
      return false;
    const before = tokens[m.from - 1];
    if (!before || before.shape === 'lower') return false;
    // The pupil's own surname in brackets ("Kevin (Doyle)") is no house.
    const owner = candidateAt(scan, m.from - 1) ?? candidateAt(scan, m.from - 2);
    return !owner?.entries.some((e) => e.person.lastParts.includes(t.key));
  },
});
