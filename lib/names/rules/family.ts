// The writer's own family (or a friend's): "my own son Oscar", "our niece Summer".
// child-reference uses the same family words (child-cues.ts).
import { FAMILY_ADJECTIVES, OWN_FAMILY_NOUNS } from '../context-words';
import { POSSESSIVES } from '../rule-words';
import { defineNameRule, textHas } from '../rule';
import { candidateAt } from '../scan';
import type { Token } from '../tokens';

/** The token before i in the same sentence, skipping "own", "little" and the like. */
function beforeSkipping(tokens: Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && !tokens[j + 1]!.sentenceStart && FAMILY_ADJECTIVES.has(tokens[j]!.key)) j--;
  return j >= 0 && !tokens[j + 1]!.sentenceStart ? j : -1;
}

/** Brothers and sisters are the writer's own only after "my" or "our": "her sister
 * Hania" is a pupil's sibling, which child-reference decides. */
const OWN_SIBLINGS = new Set(['sister', 'brother', 'sis', 'bro', 'cousin', 'twin']);
/** People whose children are no pupil of the writer's: "my friend's daughter Grace". */
const FRIENDS = new Set(
  'friend friends mate mates neighbour neighbours bestie cousin sister brother colleague'.split(
    ' ',
  ),
);

/** A child word that, owned by a relative or friend, is their child: "my sister's little
 * boy Alfie", "my colleague's wee girl Ruby". Alone after "my" it may be a pupil ("my boys"). */
const RELATIVES_CHILD = new Set(['boy', 'girl', 'lad', 'lass', 'baby', 'bairn', 'wean']);

/** Whether token k owns the family noun: "my", "our", or "my friend's". */
function owns(tokens: Token[], k: number, sibling: boolean): boolean {
  const t = tokens[k]!;
  if (t.key === 'my' || t.key === 'our') return true;
  if (!sibling && POSSESSIVES.has(t.key)) return true;
  return !sibling && t.possessive && FRIENDS.has(t.key);
}

/** Grandchildren are never the writer's pupils, whoever they belong to: "the grandkids
 * Mason and Lily", "with my grandsons". */
const GRANDCHILDREN = new Set(
  'grandkids grandkid grandchildren grandchild grandsons grandson granddaughters granddaughter grandbabies'.split(
    ' ',
  ),
);

const OWN_LAD = new Set(['lad', 'lass']);

/** Whether the writer has named their own family before token i: "My son Joseph …". */
function ownFamilyBefore(tokens: Token[], i: number): boolean {
  for (let k = 1; k < i; k++) {
    const w = tokens[k]!;
    if (!OWN_FAMILY_NOUNS.has(w.key) && !OWN_SIBLINGS.has(w.key)) continue;
    const owner = beforeSkipping(tokens, k);
    if (owner >= 0 && (tokens[owner]!.key === 'my' || tokens[owner]!.key === 'our')) return true;
  }
  return false;
}

/** The family noun just before token i ("my little sister", "our niece"), or -1. */
function ownKinBefore(tokens: Token[], i: number): number {
  const noun = beforeSkipping(tokens, i);
  if (noun < 0) return -1;
  const key = tokens[noun]!.key;
  if (GRANDCHILDREN.has(key)) return noun;
  const sibling = OWN_SIBLINGS.has(key);
  const owner = beforeSkipping(tokens, noun);
  // "My son Joseph … his sister Clare": a sibling of the writer's own child.
  if (
    sibling &&
    owner >= 0 &&
    (tokens[owner]!.key === 'his' || tokens[owner]!.key === 'her') &&
    ownFamilyBefore(tokens, owner)
  )
    return noun;
  if (RELATIVES_CHILD.has(key)) {
    const t = owner >= 0 ? tokens[owner]! : undefined;
    return t?.possessive && FRIENDS.has(t.key) ? noun : -1;
  }
  if (!sibling && !OWN_FAMILY_NOUNS.has(key)) return -1;
  return owner >= 0 && owns(tokens, owner, sibling) ? noun : -1;
}

export const ownFamily = defineNameRule({
  id: 'names/own-family',
  why: "The writer's own family (or a friend's child) shares pupils' names; they are not pupils named at work.",
  says: 'quiet',
  quiet: [
    'My own son Oscar starts school next week.',
    'our niece Summer is visiting',
    "My friend's daughter Ruby ran her first 10k.",
    'my little brother Kevin is driving now',
    'Crabbing at the harbour with the grandkids Orla and Jacob 🦀',
    "At my nephew's football match. Our Kevin saved a penalty!",
    'My lad Jacob passed his driving test today.',
    'My daughter Amber passed her driving test and her brother Kevin cried.',
    "my cousin's wee girl Ruby lost her first tooth",
  ],
  flagged: [
    "My class loved Oscar's story.",
    'Her brother Noah starts in September.',
    'One of my boys Oscar read beautifully today.',
    'My class made cards for Orla and her brother Kevin.',
    'Proud of my lads today. Jacob scored twice.',
    'Our Kevin drew a dragon for the display.',
  ],
  fires: ({ tokens, m, scan }) => {
    const i = m.from;
    // "my grandsons Noah and Elis": the next name in the same list is family too.
    const before =
      tokens[i - 1]?.key === 'and' ? i - 2 : /^\s*,\s*$/.test(tokens[i]!.gapBefore) ? i - 1 : -1;
    if (before >= 0 && !tokens[i]!.sentenceStart) {
      const c = candidateAt(scan, before);
      if (c && c.to === before && c.quietBy === 'names/own-family') return true;
    }
    if (!/^[ \t]*,?[ \t]*$/.test(tokens[i]!.gapBefore)) return false;
    const prev = i > 0 && !tokens[i]!.sentenceStart ? tokens[i - 1]! : undefined;
    // "my grandson's team … Our Ben scored twice": "our" or "my" before a name, once the
    // writer has named their own family in the piece.
    if ((prev?.key === 'our' || prev?.key === 'my') && ownFamilyBefore(tokens, i - 1)) return true;
    // "my lad Ryan", "our lass Kelly": a son, a daughter or a wife, not "my lads" at school.
    if (OWN_LAD.has(prev?.key ?? '')) {
      const owner = tokens[i - 2];
      if (owner && !tokens[i - 1]!.sentenceStart && (owner.key === 'my' || owner.key === 'our'))
        return true;
    }
    return ownKinBefore(tokens, i) >= 0;
  },
});

/** A birthday or a "love you" to the person: how a family post greets its own. */
const FAMILY_GREETING =
  /\b(?:happy (?:\d{1,3}(?:st|nd|rd|th) |big )?birthday|happy bday|turned \d+|turns \d+|love you|love ya|so proud of (?:her|him) xx)/i;

const BIRTHDAY_TO = /\bhappy (?:\d{1,3}(?:st|nd|rd|th) |big )?b(?:irth)?day to my $/i;

export const ownFamilyGreeted = defineNameRule({
  id: 'names/own-family-greeted',
  why: 'The only name in a family post ("my sister turned 18 … happy birthday Ruby", "my Ruby turned 10") is the writer\'s own.',
  says: 'quiet',
  quiet: [
    'My big sister turned 30 today and is still taller than me. Happy birthday Ruby!',
    'Cannot believe my Ruby turned 10 today 🎂 love you xx',
    'Happy 21st birthday to my Kevin, the best thing I ever did x',
  ],
  flagged: [
    'Happy birthday Ruby from everyone in Hazel class!',
    'my class sang happy birthday to Ruby and Kevin',
    'My Year 2s turned the hall into a zoo. Happy birthday Ruby!',
    'Happy 7th birthday to Kevin, my little star in Hazel class!',
  ],
  fires: (look) => {
    const { tokens, m, scan, prev } = look;
    if (m.from !== m.to || m.full) return false;
    // "Happy 40th birthday to my Ruby": the greeting said to the writer's own, "my" before;
    // other words in the post ("Love you") may be candidates too.
    if (prev?.key === 'my' && BIRTHDAY_TO.test(look.text.slice(Math.max(0, m.start - 40), m.start)))
      return true;
    if (scan.candidates.length !== 1) return false;
    if (!m.entries.some((e) => e.field !== 'last') || !textHas(look, FAMILY_GREETING)) return false;
    // "my Ruby turned 10": the writer's own child, named with "my" straight before.
    if (prev?.key === 'my' && /^\s+(?:turned|turns|is) \d+\b/.test(look.after)) return true;
    // "my sister … Ruby": an own family noun with no name of its own, before the name.
    for (let k = 0; k < m.from; k++) {
      const key = tokens[k]!.key;
      if (!OWN_SIBLINGS.has(key) && !OWN_FAMILY_NOUNS.has(key)) continue;
      const owner = beforeSkipping(tokens, k);
      if (owner >= 0 && (tokens[owner]!.key === 'my' || tokens[owner]!.key === 'our')) return true;
    }
    return false;
  },
});

/** What people call their own grandparents and parents, which are also given names
 * elsewhere ("Nana", "Mama", "Papa"). */
const KIN_WORDS = new Set(
  'nana nanna nan nanny gran granny grandma grandad grandpa gramps mama mamma mam papa pops da dada baba nain taid'.split(
    ' ',
  ),
);
const OWNERS = new Set(['my', 'our', 'your', 'his', 'her', 'their']);

export const kinWord = defineNameRule({
  id: 'names/own-family-word',
  why: 'A listed name written in lower case as what someone calls a relative ("my nana", "her papa") is the relative.',
  says: 'quiet',
  quiet: ['me telling my nana about the nativity', 'Took her nana to the show.'],
  flagged: ['My Nana came to the show with Nana from Year 4.', 'nana and kevin were first in'],
  fires: ({ t, prev, scan }) =>
    scan.style !== 'upper' &&
    t.shape === 'lower' &&
    KIN_WORDS.has(t.key) &&
    prev !== undefined &&
    OWNERS.has(prev.key),
});
