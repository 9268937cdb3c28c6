// A listed word that belongs to someone else's name is not the pupil: a famous or
// fictional name ("Harry Kane", "Noah's Ark"), another person's surname or given name
// beside it ("Will Smith", "C.S. Lewis"), a title for someone else ("Prince Harry"),
// a contest with someone on no list ("Ali v Frazier"), "a proper Karen".
import { isEverydayWord } from '../../text/everyday';
import { NAME_CUES_BEFORE, OTHER_PERSON_TITLES, STAFF_TITLES, TAG_CUES } from '../rule-words';
import { ADULT_ROLES } from '../non-person-words';
import { isNounLike, posOf } from '../../text/part-of-speech';
import { personShaped } from './shapes';
import type { Token } from '../tokens';
import { defineNameRule, lookAt, type Look, textHas, welshAnd } from '../rule';
import { isAmbiguous } from '../ambiguous';
import { nonPupilPattern, nonPupilSet } from '../non-pupil-lists';
import { SCHOOL_SPORT } from './famous-people';
import { byLastWord, endsWithAny } from '../phrase-match';
import { PRAISE_CUES } from '../context-words';
import { coordinated } from '../name-like';
import {
  adjacent,
  candidateAt,
  isGivenName,
  type Mention,
  nextIn,
  prevIn,
  type Scan,
} from '../scan';

const listed = (w: { gapBefore: string; key: string } | undefined) =>
  w !== undefined && (/[,&/]/.test(w.gapBefore) || w.key === 'and');

export const famousPhrase = defineNameRule({
  id: 'names/other-person/famous',
  why: 'Famous, fictional and brand names made of list words (lib/names/rule-words.ts) are nobody on the lists.',
  says: 'quiet',
  quiet: ["Noah's Ark display is up in the hall.", 'Watched Peppa Pig and George again.'],
  flagged: ['Noah and George built an ark out of boxes.'],
  fires: ({ scan, m }) => {
    const f = scan.famous;
    if (!f) return false;
    for (let i = m.from; i <= m.to; i++) if (f[i]) return true;
    return besideFamous(scan.tokens.length, scan, m.from);
  },
});

/** "Peppa Pig and George": a name joined by "and" or a comma to a famous character. */
function besideFamous(n: number, scan: Look['scan'], i: number): boolean {
  const { tokens } = scan;
  const famous = scan.famous!;
  if (i >= 2 && famous[i - 2] && tokens[i - 1]!.key === 'and') return true;
  if (i >= 1 && famous[i - 1] && /^\s*[,&]\s*$/.test(tokens[i]!.gapBefore)) return true;
  if (i + 2 < n && famous[i + 2] && tokens[i + 1]?.key === 'and') return true;
  return i + 1 < n && famous[i + 1] === 1 && /^\s*[,&]\s*$/.test(tokens[i + 1]!.gapBefore);
}

/** A hyphen or dash with no space: "Ellis-Bextor", "Geiger–Marsden". */
const GLUE = /^[-‐‑–—]$/;

export const hyphenated = defineNameRule({
  id: 'names/other-person/hyphenated',
  why: 'A word glued by a hyphen to another is part of a longer name or a compound ("Ellis-Bextor").',
  says: 'quiet',
  quiet: ['Sophie Ellis-Bextor was on the radio.', 'The Geiger–Ellis experiment is next.'],
  flagged: ['Ellis was on the radio.', 'Ellis – what a star.'],
  fires: ({ tokens, m, t }) => {
    // In links and file names a hyphen separates words: "/noah-young-sports-day".
    if (t.where === 'url') return false;
    const next = tokens[m.to + 1];
    return GLUE.test(t.gapBefore) || (next !== undefined && GLUE.test(next.gapBefore));
  },
});

/** Case says something about names: the writer uses capitals, or capitalises this one. */
function caseTells({ scan, t }: Look): boolean {
  return scan.style === 'normal' || (scan.style === 'lower' && t.shape !== 'lower');
}

function ownSurname(m: Mention, key: string): boolean {
  return m.entries.some((e) => e.person.lastParts.includes(key));
}

type Neighbours = ReturnType<typeof findNeighbours>;

/** Neighbours for the someone-else rules: adjacent, in the same sentence (once per look). */
function neighbours(look: Look): Neighbours {
  return (look.neighbours ??= findNeighbours(look)) as Neighbours;
}

function findNeighbours(look: Look) {
  const { tokens, m, t, scan } = look;
  const next = nextIn(tokens, m.to);
  const prev = prevIn(tokens, m.from);
  const nextAdj = next !== undefined && adjacent(next) && !tokens[m.to]!.possessive;
  const prevAdj = prev !== undefined && (adjacent(t) || /^\.\s+$/.test(t.gapBefore));
  return {
    next,
    prev,
    nextAdj,
    prevAdj,
    nextCand: nextAdj ? candidateAt(scan, m.to + 1) : undefined,
    prevCand: prevAdj ? candidateAt(scan, m.from - 1) : undefined,
  };
}

export const listedSurnameAfter = defineNameRule({
  id: 'names/other-person/listed-surname-after',
  why: "A given name followed by another listed person's surname is that other person's full name.",
  says: 'quiet',
  quiet: ['Will Green was on the radio this morning.'],
  flagged: [
    'Isaac Green read to the class.',
    'Animal parts! Owl: Orla Bird: Kevin Fox: Noah',
    'Noah green with envy at the new bikes.',
  ],
  fires: (look) => {
    const { nextCand, next } = neighbours(look);
    return (
      nextCand !== undefined &&
      !isGivenName(nextCand) &&
      !ownSurname(look.m, next!.key) &&
      isGivenName(look.m) &&
      !labelOrWord(look, next!, nextCand)
    );
  },
});

/** The word after a name cannot be its surname when it opens the next item of a list
 * ("Angel: Sushmita Shepherds: Jasper", the label of the next part) or, in text whose
 * writer uses capitals, is written in lower case as the ordinary word it also is ("Frank
 * fell in the beck", with a Fell on the list). */
function labelOrWord(look: Look, next: Token, nextCand: Mention): boolean {
  if (nextLabel(look, next)) return true;
  return (
    look.scan.style === 'normal' &&
    next.shape === 'lower' &&
    look.t.shape !== 'lower' &&
    nextCand.from === nextCand.to &&
    isEverydayWord(next.key)
  );
}

export const listedGivenNameBefore = defineNameRule({
  id: 'names/other-person/listed-given-name-before',
  why: "A surname after another listed person's given name is that person's full name.",
  says: 'quiet',
  quiet: ['Oscar Holland won the award for best actor.'],
  flagged: ['Ivy Holland read to the class.'],
  fires: (look) => {
    const { prevCand } = neighbours(look);
    if (!prevCand || !isGivenName(prevCand) || isGivenName(look.m)) return false;
    return !prevCand.entries.some((e) => look.m.entries.some((f) => f.person === e.person));
  },
});

export const titleBefore = defineNameRule({
  id: 'names/other-person/title-before',
  why: 'A title that is not a member of staff\'s ("Prince", "Uncle", "Captain") names someone else.',
  says: 'quiet',
  quiet: [
    'Prince George opened the new bridge.',
    'Uncle Max is coming for tea.',
    'Thanks to PC Oscar Ellis, our community officer, for the bike safety talk.',
    'Cllr Oscar Penhallow cut the ribbon on the new play park.',
  ],
  flagged: [
    'George opened the new bridge.',
    'Ivy came with her big brother Oscar.',
    'Netball team photos: Captain Orla, vice captain Kevin.',
    'Oscar, Ellis and Ruby fixed the PC in the library.',
  ],
  fires: (look) => {
    const { prev, prevAdj, prevCand } = neighbours(look);
    // "PC Oscar Kerr", "Dr Ruby Okafor": the surname of the titled adult named just before.
    if (
      prevCand?.quietBy !== undefined &&
      /^[ \t]+$/.test(look.t.gapBefore) &&
      look.t.shape !== 'lower' &&
      TITLED_QUIET.test(prevCand.quietBy ?? '')
    )
      return true;
    if (!prev || !prevAdj || !OTHER_PERSON_TITLES().has(prev.key)) return false;
    // "Captain Jada, vice captain Grace": a school team's captain is a pupil.
    if (prev.key === 'captain' && (prev.shape === 'lower' || textHas(look, TEAM_WORDS())))
      return false;
    // "his big sister Elan", "Gosia's brother": a relative named, not a title.
    return !(
      KIN_TITLES.has(prev.key) &&
      prev.shape === 'lower' &&
      ownedBefore(look.tokens, look.m.from - 1)
    );
  },
});

/** The rules that make a titled name someone else's: the word after it is their surname. */
const TITLED_QUIET = /^names\/other-person\/(?:title-before|adult-title)$/;

/** A post about a school team, where "captain" is a pupil's role. */
const TEAM_WORDS = () => nonPupilPattern('team-words', 'always', 'i');

const KIN_TITLES = new Set(
  'brother sister uncle auntie aunt aunty mother father nephew niece cousin grandson granddaughter'.split(
    ' ',
  ),
);

export const siblingSpelledApart = defineNameRule({
  id: 'names/other-person/sibling-spelled-apart',
  why: 'A name one letter from a listed one, straight after "Kevin\'s big brother", is the sibling\'s own name spelled their way ("Bilaal", "Rayhan"), unless the listed one shares a surname with a pupil named in the text (a listed sibling misspelled).',
  says: 'quiet',
  quiet: ['Her big brother Isaak came in to help with the football.'],
  flagged: ["Kevin's big brother Isaac came in to help.", 'Well done Isaak for a great effort.'],
  fires: ({ m, tokens, prev, scan }) => {
    if (
      !m.typo ||
      m.from !== m.to ||
      !prev ||
      !/^(?:brother|sister|bro|sis|cousin)$/.test(prev.key)
    )
      return false;
    if (!ownedBefore(tokens, m.from - 1)) return false;
    // "Favour and her big brother Chinadu": Chinedu is listed with Favour's surname.
    const surnames = new Set(m.entries.map((e) => e.person.lastParts.join(' ')));
    return !scan.candidates.some(
      (c) => c !== m && c.entries.some((e) => surnames.has(e.person.lastParts.join(' '))),
    );
  },
});

/** A possessive before token i, past "big", "little", "twin": "his big sister". */
function ownedBefore(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (
    j >= 0 &&
    !tokens[j + 1]!.sentenceStart &&
    /^(?:big|little|older|younger|twin|baby)$/.test(tokens[j]!.key)
  )
    j--;
  if (j < 0 || tokens[j + 1]!.sentenceStart) return false;
  const t = tokens[j]!;
  return t.possessive || /^(?:my|your|his|her|our|their)$/.test(t.key);
}

/** A single capital letter before the name (not "I"): "C.S. Lewis", "J Holland". */
function initialBefore(look: Look): 'theirs' | 'other' | undefined {
  const { prev, prevAdj } = neighbours(look);
  if (!prev || !prevAdj || prev.raw.length !== 1 || prev.shape === 'lower' || prev.key === 'i')
    return undefined;
  if (look.scan.style !== 'normal' && look.scan.style !== 'lower') return undefined;
  const initials = look.m.entries.flatMap((e) => [
    e.person.firstParts[0]?.[0],
    e.person.preferredParts[0]?.[0],
  ]);
  if (initials.includes(prev.key)) return 'theirs';
  // Before a given name a capital letter is a label ("C Lacey-Mae" on a team sheet).
  return look.onlyLast ? 'other' : undefined;
}

export const otherInitialBefore = defineNameRule({
  id: 'names/other-person/initial-before',
  why: 'Another initial before a surname ("C.S. Lewis") is someone else with that surname.',
  says: 'quiet',
  quiet: [
    'C.S. Lewis wrote the Narnia books.',
    'Year 3 are reading A. A. Ruby this half term.',
    'Our class novel is by E.B. Ellis and the children love it.',
  ],
  flagged: [
    'E. Lewis has left a coat in the hall.',
    'GK Noah, C Ellis, GS Kevin',
    'Well done S.J. Mensah for the poem.',
  ],
  fires: (look) => (dottedInitialsBefore(look) ?? initialBefore(look)) === 'other',
});

/** Two or more dotted initials straight before the name ("C.S. Lewis", "J. R. R. Tolkien",
 * "A.A. Milne"): how authors and public figures are written, never a pupil's first name.
 * Before a surname, the listed person's own first initial leading them is theirs ("S.J. Mensah"
 * for Scarlett Mensah). */
function dottedInitialsBefore({ tokens, m, scan }: Look): 'theirs' | 'other' | undefined {
  if (scan.style !== 'normal' || !/^\.[ \t]*$/.test(tokens[m.from]!.gapBefore)) return undefined;
  let k = m.from - 1;
  let n = 0;
  while (k >= 0 && /^[A-Z]$/.test(tokens[k]!.raw) && n < 4) {
    n++;
    if (!/^\.[ \t]*$/.test(tokens[k]!.gapBefore)) break;
    k--;
  }
  if (n < 2) return undefined;
  const first = tokens[m.from - n]!.key;
  const theirs = m.entries.some(
    (e) =>
      e.field === 'last' &&
      (e.person.firstParts[0]?.[0] === first || e.person.preferredParts[0]?.[0] === first),
  );
  return theirs ? 'theirs' : 'other';
}

export const capitalAfter = defineNameRule({
  id: 'names/other-person/capital-after',
  why: "A given name followed by a capitalised word shaped like a surname that is not the pupil's is someone else's full name.",
  says: 'quiet',
  quiet: ['Noah Beckett was brilliant in that series.', 'Isaac Newton would hate this timetable.'],
  flagged: [
    'Noah Young was brilliant in assembly.',
    'Noah Thursday was brilliant.',
    'Great tackle from Noah T today.',
    'Noah Maths champion again!',
    'Offers so far: Orla Leeds Medicine, Kevin Teesside Nursing.',
    'Muddy puddles #KevinsWellies',
    "Ivy's crumble, Kevin's Cornish pasties and Ruby's cake.",
  ],
  fires: (look) => {
    const { scan, tokens, m } = look;
    if (!caseTells(look) || initialBefore(look) === 'theirs') return false;
    // "#KevinsWellies": a name in a tag with its possessive "s" owns the word after it.
    if (look.t.where === 'tag' && m.entries.every((e) => e.parts[0] !== look.t.key)) return false;
    const { next, nextAdj } = neighbours(look);
    const possessiveNext =
      next && tokens[m.to]!.possessive && /^['’ʼ]s?[ \t]+$/.test(next.gapBefore);
    if (!(nextAdj || possessiveNext) || next!.shape !== 'title') return false;
    if (!personShaped(next!, tokens[m.to + 2]) || nextLabel(look, next!)) return false;
    // "Arfan's samosas, Kian's Yorkshire puddings": a list of the children's own things.
    if (possessiveNext && (coordinated(m, scan) || otherPossessiveNear(look))) return false;
    return !isGivenName(candidateAt(scan, m.to + 1)) || !!possessiveNext;
  },
});

/** "Angel Gabriel: Sushmita Shepherds: Jasper": a word followed by a colon labels what
 * comes after it; it belongs to no name before it. */
function labelAfter(text: string, w: Token): boolean {
  return /^[ \t]*:/.test(text.slice(w.end, w.end + 3));
}

/** In a run of "Label: Value" pairs, the value's next word is the next label: the name
 * follows a colon and the word after it takes one ("Gabriel: Sushmita Shepherds: Jasper").
 * A name with no colon before it keeps its surname ("Muhammad Ali: 'Service to others'"). */
function nextLabel(look: Look, next: Token): boolean {
  return look.t.gapBefore.includes(':') && labelAfter(look.text, next);
}

/** Quiet rules that say the name is a figure of history, myth or story, a pet or toy, or
 * the writer's own family: a later bare mention of the same name in the same text is
 * that figure again. Not someone else who merely shares a pupil's name ("Will Green …
 * Will came in late"): the later one may well be the pupil. */
const OTHER_FIGURE =
  /^names\/(?:other-person\/(?:particle|famous)|non-person\/(?:story-figure|story-character|title|quoted-title|named-thing|mascot|pet-or-toy)|own-family)$/;

const SAME_FIGURE_WINDOW = 30;

export const sameFigureAgain = defineNameRule({
  id: 'names/other-person/same-figure-again',
  why: 'A bare name that the same text already used for someone else ("Branwen ferch Llŷr … how Branwen was treated") is that figure again.',
  says: 'quiet',
  quiet: [
    'Our myth today: Kevin al-Khwarizmi. Kevin invented algebra, they say.',
    'My own son Oscar is off sick. Oscar never gets ill!',
  ],
  flagged: [
    'Sophie Ellis-Bextor sang, and then Noah sang too.',
    'Will Green was on the radio. Will came in late today.',
  ],
  fires: ({ m, scan, t }) => {
    if (m.full || m.from !== m.to || !scan.quietKeys?.has(t.key)) return false;
    let same = false;
    // The last few candidates before this one: a figure is named again close by, and a
    // bounded look back keeps a text of thousands of names linear.
    const here = scan.candidateOf[m.from]!;
    for (let n = here - 1; n >= 0 && n >= here - SAME_FIGURE_WINDOW; n--) {
      const c = scan.candidates[n]!;
      if (scan.tokens[c.from]!.key !== t.key) continue;
      // A mention of the same name taken as the pupil in between: this one is too.
      if (c.rule !== undefined) return false;
      if (c.quietBy !== undefined && OTHER_FIGURE.test(c.quietBy)) same = true;
    }
    return same;
  },
});

/** Titles of figures of faith, history and story, whose bare name later in the same text is
 * the figure again ("St David's Day … how David lived on bread and leeks"). */
const FIGURE_TITLES = () => nonPupilSet('figure-titles');
/** Words before a bare name that speak to, praise or place a child: never the figure. */
const CHILD_CUE_BEFORE = new Set(
  'done thanks congrats congratulations proud welcome bravo well go hi hello dear'.split(' '),
);
const PLACED_IN_SCHOOL =
  /^(?:['’]s)?[ \t]+(?:in|from)[ \t]+(?:year|yr|class|form|reception|nursery|p\d|s\d|\d)/i;
const CUES = byLastWord([...NAME_CUES_BEFORE, ...PRAISE_CUES, 'proud of', 'so proud of']);
/** Single words that praise the child after them: "Superstar Kevin", "Brilliant Kevin". */
const PRAISED = new Set('superstar star brilliant amazing fantastic lovely super'.split(' '));
/** How far (in characters) the other mention may stand. */
const FIGURE_REACH = 600;

/** Where the text names someone else in full, by the word it uses for them: a surname after
 * an unlisted given name or initials ("Robbie Kerr", "J.K. Holland"), inside a famous name
 * ("Harry Kane"), or a given name after a figure's title ("St David"). Worked out once per
 * scan (a long text has thousands of candidates), as the start of each such mention. */
function figuresInFull(look: Look): Map<string, { start: number; surname: boolean }[]> {
  const { scan, index, text } = look;
  let found = figures.get(scan);
  if (found) return found;
  found = new Map();
  for (const c of scan.candidates) {
    if (c.full || c.from !== c.to) continue;
    const w = scan.tokens[c.from]!;
    const prev = prevIn(scan.tokens, c.from);
    let surname: boolean | undefined;
    if (prev && FIGURE_TITLES().has(prev.key) && prev.shape !== 'lower' && adjacent(w))
      surname = false;
    else if (scan.famous?.[c.from]) surname = true;
    else if (
      w.shape === 'title' &&
      prev &&
      (prev.raw.length === 1 || (prev.shape !== 'lower' && !candidateAt(scan, c.from - 1)))
    ) {
      const other = lookAt(c, scan, index, text, isAmbiguous(c, index, scan.tokens));
      if (other.onlyLast && (capitalBefore.fires(other) || otherInitialBefore.fires(other)))
        surname = true;
    }
    if (surname === undefined) continue;
    const list = found.get(w.key) ?? [];
    list.push({ start: c.start, surname });
    found.set(w.key, list);
  }
  figures.set(scan, found);
  return found;
}
const figures = new WeakMap<Scan, Map<string, { start: number; surname: boolean }[]>>();

/** Another mention of the same word, within reach, that is someone else's full name (a
 * surname alone counts such a mention of any kind, a given name only a figure's title). */
function namedInFullElsewhere(look: Look): boolean {
  const { m, t } = look;
  const others = figuresInFull(look).get(t.key);
  if (!others) return false;
  return others.some(
    (o) =>
      o.start !== m.start &&
      Math.abs(o.start - m.start) <= FIGURE_REACH &&
      (look.onlyLast || !o.surname),
  );
}

export const sameFigureInFull = defineNameRule({
  id: 'names/other-person/same-figure-in-full',
  why: 'A bare name that the same text also gives as someone else\'s full name ("Kerr Week … a song by Robbie Kerr", "St David\'s Day … how David lived on leeks") is that person, before or after.',
  says: 'quiet',
  quiet: [
    'All about Kerr this week: every class will learn a song by Robbie Kerr.',
    'We read Mackintosh poems today. Charles Rennie Mackintosh would be proud.',
    'Happy St Kevin’s Day! We learned how Kevin lived as a hermit by the lake.',
  ],
  flagged: [
    'Kerr scored twice for the U12s. Robbie Kerr on the telly would be proud.',
    'We read about St Kevin. Well done Kevin for your lovely poem!',
    "Proud of Kevin today, who read his prayer on St Kevin's Day.",
    'Robbie Kerr came to visit. Kerr in Year 4 asked him about his songs.',
  ],
  fires: (look) => {
    const { m, t, prev, after } = look;
    if (m.full || m.titled || m.from !== m.to || t.where !== 'text') return false;
    if (!figuresInFull(look).has(t.key)) return false;
    if ((prev && CHILD_CUE_BEFORE.has(prev.key)) || PLACED_IN_SCHOOL.test(after)) return false;
    // "Proud of Kevin today … on St Kevin's Day": a cue before the name makes it a child.
    if (prev && (endsWithAny(look.tokens, m.from, CUES.get(prev.key)) || PRAISED.has(prev.key)))
      return false;
    if (coordinated(m, look.scan)) return false;
    // A school match report names its own players by surname, whoever else it mentions.
    if (look.onlyLast && textHas(look, SCHOOL_SPORT())) return false;
    return namedInFullElsewhere(look);
  },
});

/** Words after a name in Welsh that are endearments, not surnames: "gethin bach". */
const ENDEARMENTS = new Set(['bach', 'fach', 'cariad', 'bech']);

export const knownSurnameAfter = defineNameRule({
  id: 'names/other-person/known-surname-after',
  why: "A given name in lower case followed by a word the lexicon knows as a surname that is not the pupil's ('olivia rodrigo') is someone else's full name; case says nothing there.",
  says: 'quiet',
  quiet: ['doing our best kevin beckham impressions', 'noah kane is on telly again'],
  flagged: ['noah young scored again', 'ruby and noah were ace', 'well done isaac bach!'],
  fires: ({ m, t, next, scan, tokens }) => {
    if (t.shape !== 'lower' || m.full || m.from !== m.to || !isGivenName(m)) return false;
    if (!next || next.shape !== 'lower' || !adjacent(next) || tokens[m.to]!.possessive)
      return false;
    if (candidateAt(scan, m.to + 1) || ownSurname(m, next.key) || ENDEARMENTS.has(next.key))
      return false;
    return next.key.length >= 3 && posOf(next.key) === 'name';
  },
});

/** Exclamations and blessings that open praise of the person after them, in English and
 * in the languages families write in Latin letters: "Wow Amara!", "Subhanallah Idris …". */
const EXCLAIMED_BEFORE = new Set(
  'wow yay yey woohoo hooray hurray bravo brava brawo bravissimo congrats mashallah mashaallah mashalla masha inshallah alhamdulillah subhanallah shabash shabaash shabas waheguru wah'.split(
    ' ',
  ),
);

/** After a cheered name: "!", an emoji ("Brawo Kacper 👏") or the end of the text. */
const CHEERED_AFTER = /^\s*(?:!|[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]|$)/u;

/** "Wor Ruby", "oor Callum": "our" in Geordie and Scots, before the writer's own pupil. */
const DIALECT_OUR = new Set(['wor', 'oor']);

/** "Goals Draycott", "Scorers Kerr": a plural noun opening a list is its label, never a
 * given name ("Miles", which the lexicon knows as a name, is). */
function pluralLabel(w: Token): boolean {
  return (
    w.key.length > 3 &&
    w.key.endsWith('s') &&
    posOf(w.key) !== 'name' &&
    isEverydayWord(w.key.slice(0, -1)) &&
    isNounLike(w.key.slice(0, -1))
  );
}

/** The capitalised word at k opens "our Part Name" (or continues a list of them after
 * "and" or a comma): a cast list, where the part's name comes before the pupil's. */
function castBefore(tokens: readonly Token[], k: number): boolean {
  for (let step = 0; step < 4 && k >= 1; step++) {
    const before = tokens[k - 1]!;
    if (before.key === 'our' && !tokens[k]!.sentenceStart) return true;
    const linked = before.key === 'and' || /^\s*,\s*$/.test(tokens[k]!.gapBefore);
    if (!linked) return false;
    // Back past "Name and" (or "Name,") to the part before that name.
    k = before.key === 'and' ? k - 3 : k - 2;
  }
  return false;
}

export const capitalBefore = defineNameRule({
  id: 'names/other-person/capital-before',
  why: "A capitalised unlisted word shaped like a given name just before a name is someone else's given name.",
  says: 'quiet',
  quiet: [
    'We watched Theo Holland on the news.',
    'we watched a Jonathan Kerr video in class',
    'Wolf Collins at the arena last night, what a voice.',
    'Loved the JB Mackintosh comics as a kid.',
    'Saw Jonathan Kevin in concert, what a night.',
    'Mamma Orla on the radio again, windows down.',
  ],
  flagged: [
    'Well done Holland for the best effort.',
    'Keeper Noah made six saves.',
    'Thanks Kerr for the lift.',
    'PE Kerr was brilliant today.',
    'Shabash Kerr, top marks again.',
    'Come and see our Cinderella Noah and Buttons Kerr on Friday.',
    'Cadair fach #LlongyfarchiadauIsaac',
    'Hwyl fawr #DiolchIsaac',
    'Bravo Kevin!! You read the whole book aloud.',
    'Howzat Orla! Three wickets in one over.',
    '#BrawoOrla #StarOfTheWeek',
    'Brawo Orla 👏',
    'Wor Kerr is champion of the week.',
    'Goals Kerr, Holland (pen).',
  ],
  fires: (look) => {
    const { m } = look;
    if (!caseTells(look) || initialBefore(look) === 'theirs') return false;
    const { prev, prevAdj, prevCand } = neighbours(look);
    if (prev && (DIALECT_OUR.has(prev.key) || pluralLabel(prev))) return false;
    if (prev && prevAdj && !prevCand && look.onlyLast && everydayNameBefore(prev)) return true;
    if (
      !prev ||
      !prevAdj ||
      prev.shape !== 'title' ||
      !personShaped(prev) ||
      isEverydayWord(prev.key) ||
      EXCLAIMED_BEFORE.has(prev.key)
    )
      return false;
    if (isGivenName(prevCand) && isGivenName(m)) return false;
    // "Brawo Szymon!", "Howay Aisha!", "#BravaKamile": a cheer to a child, the name only ever
    // a given name, cheered ("!") or the tag's last word; a capital word no lexicon knows as
    // a given name is the cheer, not a first name ("Mamma Mia on in the car" stays quiet).
    if (
      m.entries.every((e) => e.field !== 'last') &&
      posOf(prev.key) !== 'name' &&
      (CHEERED_AFTER.test(look.after) ||
        (look.t.where === 'tag' && prev.gapBefore.endsWith('#') && !/^\w/.test(look.after)))
    )
      return false;
    // "Chef Idris" in the role-play café is a job worn as a title, not a given name.
    if (ADULT_ROLES.has(prev.key) && textHas(look, CHILD_PLAY)) return false;
    // "#LlongyfarchiadauEfa": in a hashtag, a cue before the name is no given name.
    if (look.t.where === 'tag' && TAG_CUES.has(prev.key)) return false;
    // "our Cinderella Noah and Buttons Holland": a part in a school show, then who plays it.
    if (castBefore(look.tokens, look.m.from - 1)) return false;
    if (!prev.sentenceStart) return true;
    const pos = posOf(prev.key);
    return pos === 'name' || pos === 'unknown';
  },
});

/** Words before a surname that make it a pupil's (a cue, a team role, a subject), not a
 * stranger's given name: "Thanks Kerr", "Captain Kerr", "PE Kerr". */
const NOT_GIVEN_BEFORE = new Set([
  ...NAME_CUES_BEFORE.map((c) => c.split(' ')[0]!),
  ...'captain keeper goalie striker defender winger coach teacher monitor leader star champion pupil morning hello hi hey bravo go goal pe re dt it sen slt pta'.split(
    ' ',
  ),
]);

/** "Wolf Collins at the arena", "JB Mackintosh comics": an everyday noun opening the
 * sentence, or two or three capital initials, straight before a surname alone. */
function everydayNameBefore(prev: Token): boolean {
  if (NOT_GIVEN_BEFORE.has(prev.key)) return false;
  if (prev.shape === 'upper') return /^[A-Z]{2,3}$/.test(prev.raw) && !isEverydayWord(prev.key);
  if (prev.shape !== 'title' || !prev.sentenceStart || !isEverydayWord(prev.key)) return false;
  const pos = posOf(prev.key);
  return pos === 'noun' || pos === 'unknown';
}

const VERSUS = new Set(['v', 'vs', 'versus']);
const NOT_AN_OPPONENT = new Set('year class form team the mr mrs miss ms sir dr'.split(' '));

/** Words after which a given name stands: "his sister Hania", "a girl called Hania". */
const GIVEN_NAME_SLOT = new Set(
  'sister brother sis bro cousin twin called named son daughter niece nephew baby'.split(' '),
);

export const typoOfSurnameAsGivenName = defineNameRule({
  id: 'names/other-person/typo-of-surname-as-given-name',
  why: 'A word one letter from a listed surname, in the place of a given name ("his sister Hanne" beside the surname Hanna), is another child\'s name, not the surname.',
  says: 'quiet',
  quiet: ['Her little sister Hollend starts nursery soon.'],
  flagged: ['Hollend scored the winner.', 'Her little sister Orla starts nursery soon.'],
  fires: ({ m, prev, onlyLast }) =>
    m.typo && onlyLast && prev !== undefined && GIVEN_NAME_SLOT.has(prev.key),
});

export const versusUnlisted = defineNameRule({
  id: 'names/other-person/versus',
  why: 'One side of a contest with someone on no list is a famous bout, match or court case.',
  says: 'quiet',
  quiet: ['Boxing night: Oscar v Tyson on the big screen.'],
  flagged: ['Oscar vs Noah in the chess final.', 'Oscar v Year 9 at lunch.'],
  fires: ({ tokens, scan, m }) => {
    const unlisted = (i: number) => {
      const t = tokens[i];
      return (
        t !== undefined &&
        t.shape === 'title' &&
        !NOT_AN_OPPONENT.has(t.key) &&
        !candidateAt(scan, i)
      );
    };
    const after = nextIn(tokens, m.to);
    if (after && VERSUS.has(after.key) && adjacent(after) && unlisted(m.to + 2)) return true;
    const before = prevIn(tokens, m.from);
    return !!before && VERSUS.has(before.key) && !before.sentenceStart && unlisted(m.from - 2);
  },
});

/** Quantifiers that, like "a", make a name a type: "every true Scot", "each Kevin". */
const EVERY = new Set(['every', 'each', 'another']);

export const indefiniteArticle = defineNameRule({
  id: 'names/other-person/indefinite-article',
  why: '"a proper Karen", "a Leo", "every true Scot": a name after "a", "every" or "another" is a type of person, not someone named.',
  says: 'quiet',
  quiet: [
    'She is such a Karen about parking.',
    'Honestly, a Max in our class would be lovely.',
    'Every true Kevin loves a tartan scarf, apparently.',
  ],
  flagged: [
    'Max was such a help today.',
    'Dawns: Kevin a Noah',
    'Kevin an Max dug the beds.',
    'Lost: a coat with "A. SHAW" on the label.',
    'Two goals for Kevin and an Orla penalty.',
  ],
  fires: (look) => {
    const { prev, tokens, m } = look;
    if (welshAnd(look)) return false;
    // "Ahmad an Rhys dug the beds": between two names Scots "an" is "and".
    if (
      prev?.key === 'an' &&
      !tokens[m.from - 1]!.sentenceStart &&
      candidateAt(look.scan, m.from - 2)
    )
      return false;
    // "A. BASHIR", "A Bashir" before a surname: an initial, not the article.
    if (prev?.raw === 'A' && (/^\.\s*$/.test(look.t.gapBefore) || look.onlyLast)) return false;
    // "a Khadra pen", "an Isla special": the child's own goal or turn, not a type of person.
    if (!look.ambiguous && look.next && look.next.shape === 'lower' && adjacent(look.next)) {
      const pos = posOf(look.next.key);
      if (pos === 'noun' || pos === 'unknown') return false;
    }
    if (prev?.key === 'a' || prev?.key === 'an' || (prev && EVERY.has(prev.key))) return true;
    const prev2 = prev && prevIn(tokens, m.from - 1);
    return (
      (prev2?.key === 'a' ||
        prev2?.key === 'an' ||
        (prev2 !== undefined && EVERY.has(prev2.key))) &&
      !!prev &&
      posOf(prev.key) === 'adjective'
    );
  },
});

/** Particles inside other people's names: "Musa al-Khwarizmi", "Branwen ferch Llŷr",
 * "Jac y Jwc", "Ludwig van Beethoven". */
const PARTICLES = () => nonPupilSet('particles');

export const nameParticle = defineNameRule({
  id: 'names/other-person/particle',
  why: 'A name joined to a capitalised word by a particle ("al-", "ferch", "van", "y") is part of someone else\'s name.',
  says: 'quiet',
  quiet: [
    'We learnt about Kevin al-Khwarizmi today.',
    'The tale of Ruby ferch Gwyn is sad.',
    'Max van Lennep painted this.',
  ],
  flagged: ['Max and Ruby painted this.', 'Kevin da best!'],
  fires: ({ tokens, m, t }) => {
    const next = tokens[m.to + 1];
    const after = tokens[m.to + 2];
    if (next && PARTICLES().has(next.key) && next.shape === 'lower' && adjacent(next) && after) {
      if (
        after.shape === 'title' &&
        !after.sentenceStart &&
        /^[ \t]*[-‐]?[ \t]*$/.test(after.gapBefore)
      )
        return true;
    }
    const before = tokens[m.from - 1];
    const first = tokens[m.from - 2];
    return (
      !t.sentenceStart &&
      before !== undefined &&
      PARTICLES().has(before.key) &&
      before.shape === 'lower' &&
      !before.sentenceStart &&
      first !== undefined &&
      first.shape === 'title' &&
      adjacent(before)
    );
  },
});

/** Play and dressing up, where children take adults' roles as titles. */
const CHILD_PLAY =
  /\b(?:role[- ]?play|pretend(?:ing|ed)?|dress(?:ing|ed)?[- ]up|dressed as|small[- ]world|home corner)\b/i;

export const roleBefore = defineNameRule({
  id: 'names/other-person/adult-role',
  why: 'A name straight after an adult\'s role ("visiting author Ruby", "our librarian, Noah,") is that adult.',
  says: 'quiet',
  quiet: [
    'Our visiting author Ruby signed every book.',
    'Huge thanks to our librarian, Noah, for the display.',
  ],
  flagged: [
    'Our young author Ruby wrote a poem.',
    'Kevin the author of our class book!',
    'Sick on the coach, Kevin lost a shoe.',
    'The role play corner is now a vet’s: Vet Noah was very busy.',
    'Dressing up day! Firefighter Noah and Pilot Kevin led the parade.',
    'Snack time helpers #chefKevin',
  ],
  fires: (look) => {
    const { tokens, m, t } = look;
    if (t.sentenceStart) return false;
    const role = tokens[m.from - 1]!;
    if (!ADULT_ROLES.has(role.key) || !/^[ \t]*,?[ \t]*$/.test(t.gapBefore)) return false;
    // "#chefKevin", "#DoctorOrla": a role glued to a name in a tag is the child's for the day.
    if (t.where === 'tag' && t.gapBefore === '') return false;
    // Children playing at jobs take the job as a title: "Chef Ruby" in the role-play café.
    if (textHas(look, CHILD_PLAY)) return false;
    // After a comma only as an appositive closed by another: "our librarian, Noah, for…",
    // not "sick on the coach, Alex lost a shoe".
    if (t.gapBefore.includes(',') && !/^\s*,/.test(tokens[m.to + 1]?.gapBefore ?? '')) return false;
    // "our young author" is a child; "visiting author" is not.
    const before = tokens[m.from - 2];
    return !(
      before &&
      !role.sentenceStart &&
      /^(?:young|junior|little|budding|pupil|child|student)$/.test(before.key)
    );
  },
});

export const adultTitle = defineNameRule({
  id: 'names/other-person/adult-title',
  why: 'A pupil\'s given name straight after "Dr", "Mrs", "Mr" or "Sir" is an adult who shares it ("Dr Ruby Okafor"): no child carries the title.',
  says: 'quiet',
  quiet: [
    'Lovely training from Dr Ruby Achterberg on phonics.',
    'Thank you Mrs Kevin for the cakes!',
  ],
  flagged: [
    'Thank you Miss Orla for the cakes!',
    'Dr Hughes and Ruby planted the bulbs.',
    'Mrs Hughes read with Kevin today.',
  ],
  fires: ({ prev, t, m }) =>
    prev !== undefined &&
    prev.key !== 'miss' &&
    STAFF_TITLES.has(prev.key) &&
    /^\.?[ \t]+$/.test(t.gapBefore) &&
    !m.full &&
    m.entries.every((e) => e.person.kind !== 'staff' && e.field !== 'last'),
});

export const twoGivenNames = defineNameRule({
  id: 'names/other-person/two-given-names',
  why: 'Two listed given names side by side with no comma or "and", in text with capitals, are one other person\'s first name and surname ("Ioan Gruffudd").',
  says: 'quiet',
  quiet: [
    'Just found out Kevin Noah went to school round here.',
    'Year 12 politics: the speeches of Kevin Noah and "levelling up" this week.',
  ],
  flagged: [
    'Kevin, Noah and Ruby sang.',
    'Kevin Noah and Ruby sang.',
    'Well done to Kevin Noah & Orla for the display.',
    'Well done Kevin and Noah.',
    'Relay heroes Kevin Noah Jacob Ruby S all ran their legs.',
  ],
  fires: ({ scan, tokens, m }) => {
    if (scan.style !== 'normal' || m.from !== m.to) return false;
    const pair = (a: number, b: number) => {
      const x = tokens[a];
      const y = tokens[b];
      if (!x || !y || y.sentenceStart || !/^ $/.test(y.gapBefore)) return false;
      if (x.shape !== 'title' || y.shape !== 'title') return false;
      const cx = candidateAt(scan, a);
      const cy = candidateAt(scan, b);
      if (!isGivenName(cx) || !isGivenName(cy) || cx === cy) return false;
      // Part of a list of names: "Elan, Mahir Catrin and Steffan". An "and" after the pair
      // joins it to another name only when a capitalised word follows ("Kevin Noah and
      // 'levelling up'" is one man and a slogan).
      const left = tokens[a];
      const right = tokens[b + 1];
      if (listed(left) || (right !== undefined && /[,/]/.test(right.gapBefore))) return false;
      if (joinsAName(tokens, b + 1)) return false;
      // A third listed given name on either side, by spaces alone, is a roll call, not one
      // person's two names: "Bryn Tegan Osian all ran" (an initial may follow each: "Tom D").
      return !givenNameBeside(scan, a, -1) && !givenNameBeside(scan, b, 1);
    };
    return pair(m.from, m.from + 1) || pair(m.from - 1, m.from);
  },
});

/** Token k is "and" (or follows "&") and a capitalised word comes after the "and". */
function joinsAName(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  if (w === undefined || w.sentenceStart) return false;
  if (/&/.test(w.gapBefore)) return w.shape !== 'lower';
  if (w.key !== 'and') return false;
  const after = tokens[k + 1];
  return after !== undefined && !after.sentenceStart && after.shape !== 'lower';
}

/** A listed given name next to token k on side `dir` (1 after, -1 before), by spaces
 * alone, over one initial ("Tom D Jack"). */
function givenNameBeside(scan: Scan, k: number, dir: 1 | -1): boolean {
  const { tokens } = scan;
  const step = (from: number) => {
    const later = tokens[Math.max(from, from + dir)];
    return later && !later.sentenceStart && later.gapBefore === ' ' ? from + dir : -1;
  };
  let j = step(k);
  if (j < 0) return false;
  const w = tokens[j]!;
  if (w.raw.length === 1 && w.shape === 'title' && !candidateAt(scan, j)) j = step(j);
  return j >= 0 && tokens[j]!.shape === 'title' && isGivenName(candidateAt(scan, j));
}

/** Another listed name in the possessive within a few words of the same sentence. */
function otherPossessiveNear({ scan, m, tokens }: Look): boolean {
  for (let k = Math.max(0, m.from - 8); k <= Math.min(tokens.length - 1, m.to + 8); k++) {
    if (k >= m.from && k <= m.to) continue;
    const c = candidateAt(scan, k);
    if (c && c !== m && tokens[c.to]!.possessive) return true;
  }
  return false;
}

const WEDDING = () => nonPupilPattern('wedding', 'never', 'i');
// A wedding at school is acted out by pupils: role play, an RE lesson, a class or year group.
const PLAY_WEDDING = () => nonPupilPattern('play-wedding', 'always', 'i');

export const weddingCouple = defineNameRule({
  id: 'names/other-person/wedding-couple',
  why: 'A couple named together in a post about their wedding ("congratulations to Jack and Holly on their wedding") are adults.',
  says: 'quiet',
  quiet: ['Congratulations to Max and Ruby, married on Saturday at St Mary’s!'],
  flagged: [
    'Ruby was a bridesmaid at the wedding with Max.',
    'Max and Ruby planned a pretend wedding in role play.',
    'Year 2 held a Christian wedding in RE: Max and Ruby were married by the vicar.',
  ],
  fires: (look) => {
    const { tokens, m } = look;
    if (!textHas(look, WEDDING()) || textHas(look, PLAY_WEDDING())) return false;
    const couple = (a: number, b: number) =>
      tokens[a]?.shape === 'title' && tokens[b]?.key === 'and' && tokens[b + 1]?.shape === 'title';
    return couple(m.from, m.to + 1) || couple(m.from - 2, m.from - 1);
  },
});
