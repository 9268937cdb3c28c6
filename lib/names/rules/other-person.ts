// A listed word that belongs to someone else's name is not the pupil: a famous or
// fictional name ("Harry Kane", "Noah's Ark"), another person's surname or given name
// beside it ("Will Smith", "C.S. Lewis"), a title for someone else ("Prince Harry"),
// a contest with someone on no list ("Ali v Frazier"), "a proper Karen".
import { isEverydayWord } from '../../text/everyday';
import { COMPLIMENT_WORDS } from '../context-words';
import { CAPITALISED_NEIGHBOURS, OTHER_PERSON_TITLES, SUBJECT_WORDS } from '../phrases';
import type { Token } from '../tokens';
import { defineNameRule, type Look } from '../rule';
import { posOf } from '../../text/part-of-speech';
import { adjacent, candidateAt, isGivenName, type Mention, nextIn, prevIn } from '../scan';

export const famousPhrase = defineNameRule({
  id: 'names/other-person/famous',
  why: 'Famous, fictional and brand names made of list words (lib/names/phrases.ts) are nobody on the lists.',
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

export const hyphenated = defineNameRule({
  id: 'names/other-person/hyphenated',
  why: 'A word glued by a hyphen to another is part of a longer name or a compound ("Ellis-Bextor").',
  says: 'quiet',
  quiet: ['Sophie Ellis-Bextor was on the radio.'],
  flagged: ['Ellis was on the radio.'],
  fires: ({ tokens, m, t }) => {
    // In links and file names a hyphen separates words: "/noah-young-sports-day".
    if (t.where === 'url') return false;
    const next = tokens[m.to + 1];
    return t.gapBefore === '-' || (next !== undefined && next.gapBefore === '-');
  },
});

/** A capitalised word that can be someone's name: two letters or more (an initial is
 * no surname: "Liam M", "Ava R."), no class code ("Leo Y4"), no subject, language or
 * team word ("Jacob Maths champion"), and no everyday word unless a noun ("Zoe Ball")
 * that is no praise ("Oscar Amazing effort", "Noah Legend"). */
export function nameShaped(tok: Token): boolean {
  const k = tok.key;
  if (k.length < 2 || tok.raw.length < 2 || CAPITALISED_NEIGHBOURS.has(k) || SUBJECT_WORDS.has(k))
    return false;
  if (!isEverydayWord(k)) return true;
  const pos = posOf(k);
  return (pos === 'noun' || pos === 'unknown' || pos === 'name') && !COMPLIMENT_WORDS.has(k);
}

/** Case says something about names: the writer uses capitals, or capitalises this one. */
function caseTells({ scan, t }: Look): boolean {
  return scan.style === 'normal' || (scan.style === 'lower' && t.shape !== 'lower');
}

function ownSurname(m: Mention, key: string): boolean {
  return m.entries.some((e) => e.person.lastParts.includes(key));
}

type Neighbours = ReturnType<typeof findNeighbours>;
const seen = new WeakMap<Look, Neighbours>();

/** Neighbours for the someone-else rules: adjacent, in the same sentence (once per look). */
function neighbours(look: Look): Neighbours {
  let n = seen.get(look);
  if (!n) seen.set(look, (n = findNeighbours(look)));
  return n;
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
  flagged: ['Isaac Green read to the class.'],
  fires: (look) => {
    const { nextCand, next } = neighbours(look);
    return (
      nextCand !== undefined &&
      !isGivenName(nextCand) &&
      !ownSurname(look.m, next!.key) &&
      isGivenName(look.m)
    );
  },
});

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
  quiet: ['Prince George opened the new bridge.', 'Uncle Max is coming for tea.'],
  flagged: ['George opened the new bridge.'],
  fires: (look) => {
    const { prev, prevAdj } = neighbours(look);
    return !!prev && prevAdj && OTHER_PERSON_TITLES.has(prev.key);
  },
});

/** A single capital letter before the name (not "I"): "C.S. Lewis", "J Holland". */
function initialBefore(look: Look): 'theirs' | 'other' | undefined {
  const { prev, prevAdj } = neighbours(look);
  if (!prev || !prevAdj || prev.raw.length !== 1 || prev.shape === 'lower' || prev.key === 'i')
    return undefined;
  if (look.scan.style !== 'normal' && look.scan.style !== 'lower') return undefined;
  const initials = look.m.entries.map((e) => e.person.firstParts[0]?.[0]);
  return initials.includes(prev.key) ? 'theirs' : 'other';
}

export const otherInitialBefore = defineNameRule({
  id: 'names/other-person/initial-before',
  why: 'Another initial before a surname ("C.S. Lewis") is someone else with that surname.',
  says: 'quiet',
  quiet: ['C.S. Lewis wrote the Narnia books.'],
  flagged: ['E. Lewis has left a coat in the hall.'],
  fires: (look) => initialBefore(look) === 'other',
});

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
  ],
  fires: (look) => {
    const { scan, tokens, m } = look;
    if (!caseTells(look) || initialBefore(look) === 'theirs') return false;
    const { next, nextAdj } = neighbours(look);
    const possessiveNext =
      next && tokens[m.to]!.possessive && /^['’ʼ]s?[ \t]+$/.test(next.gapBefore);
    if (!(nextAdj || possessiveNext) || next!.shape !== 'title' || !nameShaped(next!)) return false;
    return !isGivenName(candidateAt(scan, m.to + 1)) || !!possessiveNext;
  },
});

export const capitalBefore = defineNameRule({
  id: 'names/other-person/capital-before',
  why: "A capitalised unlisted word shaped like a given name just before a name is someone else's given name.",
  says: 'quiet',
  quiet: ['We watched Theo Holland on the news.', 'we watched a Jonathan Kerr video in class'],
  flagged: ['Well done Holland for the best effort.', 'Coach Holland ran the session.'],
  fires: (look) => {
    const { m } = look;
    if (!caseTells(look) || initialBefore(look) === 'theirs') return false;
    const { prev, prevAdj, prevCand } = neighbours(look);
    if (!prev || !prevAdj || prev.shape !== 'title' || !nameShaped(prev)) return false;
    if (isGivenName(prevCand) && isGivenName(m)) return false;
    if (!prev.sentenceStart) return true;
    const pos = posOf(prev.key);
    return pos === 'name' || pos === 'unknown';
  },
});

const VERSUS = new Set(['v', 'vs', 'versus']);
const NOT_AN_OPPONENT = new Set('year class form team the mr mrs miss ms sir dr'.split(' '));

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

export const indefiniteArticle = defineNameRule({
  id: 'names/other-person/indefinite-article',
  why: '"a proper Karen", "a Leo": a name after "a" is a type of person, not someone named.',
  says: 'quiet',
  quiet: ['She is such a Karen about parking.', 'Honestly, a Max in our class would be lovely.'],
  flagged: ['Max was such a help today.'],
  fires: ({ prev, tokens, m }) => {
    if (prev?.key === 'a' || prev?.key === 'an') return true;
    const prev2 = prev && prevIn(tokens, m.from - 1);
    return (prev2?.key === 'a' || prev2?.key === 'an') && !!prev && posOf(prev.key) === 'adjective';
  },
});
