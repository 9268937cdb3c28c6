// The writer's own family (or a friend's): "my own son Oscar", "our niece Summer".
// child-reference uses the same family words (child-cues.ts).
import { FAMILY_ADJECTIVES, OWN_FAMILY_NOUNS } from '../context-words';
import { POSSESSIVES } from '../rule-words';
import { defineNameRule, textHas, type Look } from '../rule';
import { adjacent, candidateAt, type Mention, type Scan } from '../scan';
import type { NameIndex } from '../name-index';
import { posOf } from '../../text/part-of-speech';
import { nonPupilList, nonPupilPattern, nonPupilSet } from '../non-pupil-lists';
import { onWordDataInstalled } from '../../text/word-data';

const SCHOOL_TALK = () => nonPupilPattern('school-talk', 'always');
const HOME_LIFE = () => nonPupilPattern('home-life', 'never');
const AGE_REACHED = () => nonPupilPattern('age-reached', 'never');
let praise: Set<string> | undefined;
onWordDataInstalled(() => (praise = undefined));
/** Words of praise before a family noun (home-words.ts, shipped with the word data). */
const familyPraise = () => (praise ??= new Set(nonPupilList('family-praise')));
import { schoolClassWords } from '../class-words';
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

/** "my" in languages many UK school families write home in: Polish "moja córka",
 * Portuguese "as minhas sobrinhas", Spanish "mi hija", Lithuanian "mano". */
const FOREIGN_MY = new Set('moja moj moje meu minha meus minhas mi mis mano'.split(' '));
const isMy = (t: Token | undefined) =>
  t !== undefined && (t.key === 'my' || t.key === 'our' || FOREIGN_MY.has(t.key));

/** Family nouns in Polish, Portuguese and Spanish ("córka" daughter, "sobrinhas" nieces,
 * "hijo" son), as folded (without accents). */
const FOREIGN_FAMILY = () => nonPupilSet('foreign-family');

/** Words for "and" in those languages, for the next name in a family list: "Leonor e Inês". */
const AND_WORDS = new Set(['and', '&', 'e', 'i', 'y']);

/** Whether token k owns the family noun: "my", "our", or "my friend's". */
function owns(tokens: Token[], k: number, sibling: boolean): boolean {
  const t = tokens[k]!;
  if (isMy(t)) return true;
  if (!sibling && POSSESSIVES.has(t.key)) return true;
  return !sibling && t.possessive && FRIENDS.has(t.key);
}

/** Grandchildren are never the writer's pupils, whoever they belong to: "the grandkids
 * Mason and Lily", "with my grandsons". */
const GRANDCHILDREN = () => nonPupilSet('grandchildren');

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
  if (GRANDCHILDREN().has(key)) return noun;
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
    if (t?.possessive && FRIENDS.has(t.key)) return noun;
    // "my little girl Macy", "our baby boy Alfie": one child, with a word only a parent puts
    // before it; "my girls Ruby and Orla" (a netball team?) or "my boy Oscar" stay names.
    return isMy(t) && owner < noun - 1 && !tokens[noun]!.raw.endsWith('s') ? noun : -1;
  }
  // "her wee ones Isla and Harry": someone else's little ones are their children (the
  // writer's own "my little ones" may be a nursery class, so only his, her, their).
  if (key === 'ones' && owner >= 0 && owner < noun - 1) {
    const t = tokens[owner]!;
    return t.key === 'her' || t.key === 'his' || t.key === 'their' ? noun : -1;
  }
  if (FOREIGN_FAMILY().has(key)) return owner >= 0 && isMy(tokens[owner]) ? noun : -1;
  if (!sibling && !OWN_FAMILY_NOUNS.has(key)) return -1;
  if (owner >= 0 && owns(tokens, owner, sibling)) return noun;
  // "my gorgeous nieces", "our lovely new nephew": up to two words of praise between.
  const praised = pastPraise(tokens, noun);
  return praised >= 0 && owns(tokens, praised, sibling) ? noun : -1;
}

/** The token before a family noun at i, past up to two adjectives or family adjectives
 * ("my gorgeous nieces", "our lovely little nephew"), or -1 when none stand there. */
function pastPraise(tokens: Token[], i: number): number {
  let j = i - 1;
  let skipped = 0;
  while (
    j >= 0 &&
    skipped < 3 &&
    !tokens[j + 1]!.sentenceStart &&
    tokens[j]!.shape === 'lower' &&
    (FAMILY_ADJECTIVES.has(tokens[j]!.key) ||
      familyPraise().has(tokens[j]!.key) ||
      posOf(tokens[j]!.key) === 'adjective')
  ) {
    j--;
    skipped++;
  }
  return skipped > 0 && j >= 0 && !tokens[j + 1]!.sentenceStart ? j : -1;
}

/** Walks back over capitalised names joined by commas or "and" from token k (a name on no
 * list) to the first of them; its index when a family noun owns it, else -1. */
function firstOfList(tokens: Token[], k: number): number {
  for (let steps = 0; k >= 0 && steps < 4; steps++) {
    const w = tokens[k]!;
    if (w.shape !== 'title' || w.sentenceStart) return -1;
    if (ownKinBefore(tokens, k) >= 0) return k;
    const gap = w.gapBefore;
    if (/^\s*[,&]\s*$/.test(gap)) k -= 1;
    else if (AND_WORDS.has(tokens[k - 1]?.key ?? '') && !tokens[k - 1]!.sentenceStart) k -= 2;
    else return -1;
  }
  return -1;
}

/** "my own little Efa", "my very own Jacob": "my", then "own" among the family
 * adjectives straight before the name (same sentence). Not "our own": a school's pupils are
 * "our own Esther O" ("our own" is said of the school's, "my own" of one's child). */
function ownBefore(tokens: Token[], i: number): boolean {
  let j = i - 1;
  let own = false;
  while (
    j >= 0 &&
    !tokens[j + 1]!.sentenceStart &&
    (FAMILY_ADJECTIVES.has(tokens[j]!.key) || tokens[j]!.key === 'very')
  ) {
    if (tokens[j]!.key === 'own') own = true;
    j--;
  }
  return (
    own && j >= 0 && !tokens[j + 1]!.sentenceStart && isMy(tokens[j]) && tokens[j]!.key !== 'our'
  );
}

const NUMBER_WORDS = new Set(['two', 'three', 'four', 'both']);

/** "my two: Kevin (8) and Ruby (5)": "my" and a number of children straight before the
 * name, and an age in brackets straight after it. A class is never counted so, with ages. */
function myTwoWithAges(tokens: Token[], i: number, after: string): boolean {
  const n = tokens[i - 1];
  if (
    !n ||
    !NUMBER_WORDS.has(n.key) ||
    !isMy(tokens[i - 2]) ||
    !/^[ \t]*:?[ \t]*$/.test(tokens[i]!.gapBefore)
  )
    return false;
  return /^[ \t]*\(\d{1,2}\)/.test(after);
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
    'My little girl Ruby starts nursery on Monday and I am not ready.',
    'Beach day with my sister and her wee ones Oscar and Kevin 🏖️',
    'Moja córka Ruby ma dziś występ w szkole.',
    'Férias com os meus sobrinhos Kevin e Oscar.',
    'Half term with my two: Kevin (8) and Ruby (5) baked a cake.',
    'First day at big school for my own little Orla today.',
  ],
  flagged: [
    "My class loved Oscar's story.",
    'Her brother Noah starts in September.',
    'One of my boys Oscar read beautifully today.',
    'My class made cards for Orla and her brother Kevin.',
    'Proud of my lads today. Jacob scored twice.',
    'Our Kevin drew a dragon for the display.',
    "Our Kevin's finally mended the trailer. Took him four weekends.",
    'My girls Ruby and Orla won the netball final.',
    'My little ones in Nursery loved the bubbles, Kevin most of all.',
    'Moja klasa: Ruby i Kevin czytali dziś.',
    'My two stars this week: Kevin and Ruby in Hazel class.',
    'Thanks to our own Orla M for teaching the whole cast the song.',
  ],
  fires: ({ tokens, m, scan, after }) => {
    const i = m.from;
    // "my grandsons Noah and Elis": the next name in the same list is family too.
    const before = AND_WORDS.has(tokens[i - 1]?.key ?? '')
      ? i - 2
      : /^\s*,\s*$/.test(tokens[i]!.gapBefore)
        ? i - 1
        : -1;
    if (before >= 0 && !tokens[i]!.sentenceStart) {
      const c = candidateAt(scan, before);
      if (
        c &&
        c.to === before &&
        (c.quietBy === 'names/own-family' || c.quietBy === 'names/own-family-greeted')
      )
        return true;
      // "the grandkids, Rose and Daniel": the list may open on a name on no list.
      if (firstOfList(tokens, before) >= 0) return true;
    }
    // "my two: Kevin (8) and Ruby (5)": a number of the writer's own, each child given an age.
    if (myTwoWithAges(tokens, i, after)) return true;
    // "my own wee Efa starts Brownies": "own" is said of one's own child, not a pupil.
    if (ownBefore(tokens, i)) return true;
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
const FAMILY_GREETING = () => nonPupilPattern('family-greeting', 'never', 'i');

/** An age reached: "turned 3", "turns 40 tomorrow", Portuguese "fez 6 anos", Spanish
 * "cumple 5 años" (not "turned 40 pages"). */
const TURNED_AGE = /^[ \t]+(?:turn(?:ed|s)|fez|faz|cumple) \d{1,2}\b(?! (?:minutes|points|pages))/i;

const BIRTHDAY_TO = () => nonPupilPattern('birthday-to', 'never', 'i');

/** What only a post about the writer's home says: a birthday or an age reached, "love you",
 * Mother's or Father's Day, a driving test, "me and my". */
const HOME_POST = () => nonPupilPattern('home-post', 'never', 'i');

const MY_GROUP = new Set(['girls', 'boys', 'kids', 'babies', 'two', 'three']);

/** "my Ruby", "my girls Ruby and Orla": "my" straight before token i, or before a word for
 * the writer's children that stands before it. */
function myBefore(tokens: Token[], i: number): boolean {
  const a = tokens[i - 1];
  if (!a || tokens[i]!.sentenceStart) return false;
  if (a.key === 'my') return true;
  return MY_GROUP.has(a.key) && !a.sentenceStart && tokens[i - 2]?.key === 'my';
}

export const ownFamilyGreeted = defineNameRule({
  id: 'names/own-family-greeted',
  why: 'The only name in a family post ("my sister turned 18 … happy birthday Ruby", "my Ruby turned 10") is the writer\'s own.',
  says: 'quiet',
  quiet: [
    'My big sister turned 30 today and is still taller than me. Happy birthday Ruby!',
    'Cannot believe my Ruby turned 10 today 🎂 love you xx',
    'Happy 21st birthday to my Kevin, the best thing I ever did x',
    'My Kevin turned 4 today and his party is in May.',
    'O meu Kevin fez 6 anos hoje! 🎂',
    "Happy Mother's Day to my own mum and to my two Orla and Kevin, love you all",
    'Me and my Orla are doing the fun run in matching tutus on Sunday.',
  ],
  flagged: [
    'Happy birthday Ruby from everyone in Hazel class!',
    'my class sang happy birthday to Ruby and Kevin',
    'My Year 2s turned the hall into a zoo. Happy birthday Ruby!',
    'Happy 7th birthday to Kevin, my little star in Hazel class!',
    'Kevin turned 7 today and Ruby made him a card.',
    'My Kevin and Orla are doing face paints at the fair.',
    'My girls Ruby and Orla won the netball final today!',
  ],
  fires: (look) => {
    const { tokens, m, scan, prev } = look;
    if (m.from !== m.to || m.full) return false;
    // "Happy 40th birthday to my Ruby": the greeting said to the writer's own, "my" before;
    // other words in the post ("Love you") may be candidates too.
    if (
      prev?.key === 'my' &&
      BIRTHDAY_TO().test(look.text.slice(Math.max(0, m.start - 40), m.start))
    )
      return true;
    // "my Ruby turned 3 today", "O meu Kevin fez 6 anos": the writer's own child, "my"
    // straight before and an age reached straight after, whatever else the post names.
    if (isMy(prev) && m.entries.some((e) => e.field !== 'last') && TURNED_AGE.test(look.after))
      return true;
    // "to my girls Ruby and Orla, love you xx", "Me and my Ruby are doing the fun run":
    // "my" (or "my girls", "my two") straight before a given name, in a post about home.
    if (myBefore(tokens, m.from) && m.entries.some((e) => e.field !== 'last')) {
      if (textHas(look, HOME_POST())) return true;
    }
    if (scan.candidates.length !== 1) return false;
    if (!m.entries.some((e) => e.field !== 'last') || !textHas(look, FAMILY_GREETING()))
      return false;
    // "my Ruby is 10 today": the only name in a birthday post.
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
const KIN_WORDS = () => nonPupilSet('kin-words');
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
    KIN_WORDS().has(t.key) &&
    prev !== undefined &&
    OWNERS.has(prev.key),
});

/** A name on its own in a list, or the first of one: the names a family group is given. */
const isGiven = (m: Mention) => m.entries.some((e) => e.field !== 'last');

export const ownFamilyHome = defineNameRule({
  id: 'names/own-family-home',
  why: 'In a post with no word of school or work, "our Tom" (Northern and Scots for one\'s own) and the names after "my own two", "the grandkids" or "my two are 4 today" are the writer\'s family.',
  says: 'quiet',
  quiet: [
    "Our Kevin's only gone and passed his HGV test! Proud sister over here.",
    'Our Oscar is on night shifts all week so the dog is all mine.',
    'Me and our Orla (31 and still nicking my jumpers) are off to a gig tonight 🎶',
    'Both of mine are 6 today!! My two are 6 today and Kevin and Oscar had a pirate cake.',
    'Caravan week 🏕️ My own two (Kevin and Jacob) are in the sea and I have a book.',
    'Fireworks with the grandkids tonight. Kevin and Oscar screamed at every bang 🎆',
    'Our Ruby has passed her driving test, watch out everyone!',
    'Our Ruby stole the show at the carol concert. My granddaughter is a natural!',
    'Our Orla may be the best donkey the church panto has seen. My niece, everyone!',
  ],
  flagged: [
    'Our Kevin drew a dragon for the display.',
    "Our Kevin's finally mended the trailer. Took him four weekends.",
    'Our Kevin in Hazel class read to the whole school.',
    'My two stars this week: Kevin and Oscar in Hazel class!',
    'So proud of my kids today. Kevin and Oscar are 7 today and read to the class.',
    'Our Kevin was brilliant on the Year 2 trip today.',
    'My two are doing the parents evening rota: Kevin and Oscar, the head says thanks.',
    'Our Kevin sang a solo at the carol concert with Orla. My daughter loved it.',
  ],
  fires: (look) => {
    const { m, prev, text } = look;
    if (m.full || m.titled || m.from !== m.to || !isGiven(m) || look.t.where !== 'text')
      return false;
    if (textHas(look, SCHOOL_TALK()) || mentionsClass(look)) return false;
    // "me and our Liv (28 …)", "Our Jude's scored … Proud auntie": "our" straight before,
    // with a word of home life ("Our Noah drew a map" may be a teacher's pupil).
    // So does "my niece" or "my granddaughter" anywhere in a post that names no one else: the
    // only person in it is the writer's own.
    if (prev?.key === 'our' && adjacent(look.t) && prev.shape !== 'upper')
      return (
        textHas(look, HOME_LIFE()) ||
        (onlyNameInPost(look) && ownFamilyBefore(look.tokens, look.tokens.length))
      );
    // Names after a group of the writer's own: "my own two (Kit and Jonah)".
    const { strong, weak } = groupsOf(look.scan, text);
    if (strong < m.start) return true;
    return weak < m.start && textHas(look, AGE_REACHED());
  },
});

/** No other candidate in the post is written as a name: the rest, if any, are words typed
 * in lower case by a writer who uses capitals ("an angel in the nativity"). */
function onlyNameInPost({ scan, m }: Look): boolean {
  let named = namedCount.get(scan);
  if (named === undefined) {
    // Once per scan: rules ask it for every candidate, and a long text has thousands.
    named = scan.candidates.filter(
      (c) => scan.style !== 'normal' || scan.tokens[c.from]!.shape !== 'lower',
    ).length;
    namedCount.set(scan, named);
  }
  const self = scan.style !== 'normal' || scan.tokens[m.from]!.shape !== 'lower' ? 1 : 0;
  return named - self === 0;
}
const namedCount = new WeakMap<Scan, number>();

const groups = new WeakMap<Scan, { strong: number; weak: number; cls: boolean }>();

/** Where the text first names a family group of the writer's own (Infinity when it does
 * not), and whether it names one of the school's classes: once per scan, since rules ask
 * for every candidate and a long text has thousands. */
function groupsOf(scan: Scan, text: string, index?: NameIndex) {
  let g = groups.get(scan);
  if (!g) {
    const at = (r: RegExp) => r.exec(text)?.index ?? Infinity;
    const words = index ? schoolClassWords(index) : undefined;
    g = {
      strong: at(nonPupilPattern('own-group-strong', 'never')),
      weak: at(nonPupilPattern('own-group-weak', 'never')),
      cls: words !== undefined && scan.tokens.some((w) => w.shape === 'title' && words.has(w.key)),
    };
    groups.set(scan, g);
  }
  return g;
}

/** One of the school's own class words in the post ("Our Kevin in Rowan"). */
const mentionsClass = (look: Look): boolean => groupsOf(look.scan, look.text, look.index).cls;

/** The writer's friends and neighbours: grown-ups the writer knows outside work. */
const FRIEND_NOUNS = () => nonPupilSet('friend-nouns');
/** Words that make a "friend" a child the writer looks after ("my little friend Noah"). */
const CHILD_FRIEND = () => nonPupilSet('friend-child-words');
/** What makes a friend the writer's own from long ago: "an old college pal", "a school friend". */
const OLD_FRIEND = () => nonPupilSet('friend-old-words');

/** The friend noun before token i ("my friend Jo", "an old college pal, Jo,"), owned by
 * the writer: "my" or "our", or "an old …" / "a good …". */
function friendBefore(tokens: Token[], i: number): boolean {
  const noun = tokens[i - 1];
  if (!noun || tokens[i]!.sentenceStart || !FRIEND_NOUNS().has(noun.key)) return false;
  let j = i - 2;
  let old = false;
  for (let n = 0; n < 3 && j >= 0 && !tokens[j + 1]!.sentenceStart; n++, j--) {
    const w = tokens[j]!.key;
    if (CHILD_FRIEND().has(w)) return false;
    if (!OLD_FRIEND().has(w) && w !== 'good' && w !== 'lovely') break;
    if (OLD_FRIEND().has(w)) old = true;
  }
  if (j < 0 || tokens[j + 1]!.sentenceStart) return false;
  const owner = tokens[j]!.key;
  return owner === 'my' || owner === 'our' || ((owner === 'an' || owner === 'a') && old);
}

export const friendNamed = defineNameRule({
  id: 'names/own-friend',
  why: 'A name straight after the writer\'s own friend or neighbour ("my mate Jacob", "an old uni friend, Ruby,") is a grown-up the writer knows, not a pupil.',
  says: 'quiet',
  quiet: [
    'Lunch in town with my best mate Jacob, who still owes me a tenner.',
    'Bumped into an old college friend, Ruby, now a midwife in Hull.',
    'Our neighbour Oscar fixed the fence for us.',
  ],
  flagged: [
    'Ruby and her friend Jacob built a den.',
    'My little friend Oscar read me his book today.',
    'Jacob made a new friend, Oscar, on the trip.',
  ],
  fires: ({ tokens, m, t }) => {
    if (m.from === 0 || !FRIEND_NOUNS().has(tokens[m.from - 1]!.key)) return false;
    if (m.full || m.titled || m.from !== m.to || t.where !== 'text') return false;
    // A member of staff may be the writer's friend: their own name is still theirs.
    if (m.entries.some((e) => e.person.kind === 'staff')) return false;
    if (!/^[ \t]*,?[ \t]*$/.test(t.gapBefore)) return false;
    return friendBefore(tokens, m.from);
  },
});

/** Words that call a named creature a pet: "that dog", "the daft cat", "walkies". */
const PET_LATER = () => nonPupilPattern('pet-later', 'never');

export const petNamedLater = defineNameRule({
  id: 'names/own-pet',
  why: '"my Teddy has chewed the remote again, that dog…": a name after "my" or "our" in a post that calls it a pet, with no word of school, is the writer\'s pet.',
  says: 'quiet',
  quiet: [
    'Our Teddy chewed the remote again. That dog!',
    'My Oscar is back from the vets with a cone on his head, poor cat.',
  ],
  flagged: [
    'Our Teddy told the class about his new puppy.',
    'My Oscar has a dog called Biscuit.',
    'Teddy has been to the vet with his cat.',
  ],
  fires: (look) => {
    const { m, prev, t } = look;
    if (m.full || m.titled || m.from !== m.to || !isGiven(m) || t.where !== 'text') return false;
    if (!prev || (prev.key !== 'my' && prev.key !== 'our') || !adjacent(t)) return false;
    return textHas(look, PET_LATER()) && !textHas(look, SCHOOL_TALK());
  },
});
