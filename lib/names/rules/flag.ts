// The rules that flag. Recall comes first: a full name, a listed name in a tag or a
// link, and any listed name that is no ordinary word is a mention unless a named
// quiet rule before it says otherwise (rules/index.ts gives the order).
import { STAFF_TITLES, TAG_CUES } from '../rule-words';
import { defineNameRule } from '../rule';
import { adjacent, type Mention, nextIn } from '../scan';
import type { Token } from '../tokens';
import { ADULT_ROLES } from '../non-person-words';
import { schoolClassWords } from '../class-words';

export const fullName = defineNameRule({
  id: 'names/full-name',
  why: "A first or preferred name with the person's own surname, or a staff title with their name, is that person.",
  says: 'flag',
  quiet: ['Sophie Ellis-Bextor was on the radio.'],
  flagged: ['Isaac Green read to the class.', 'Mrs Hughes is on duty.'],
  fires: ({ m }) => m.full,
});

export const inTag = defineNameRule({
  id: 'names/in-tag',
  why: 'A hashtag or handle built on a name is about the person; an ordinary-word name needs a cue ("#WellDoneGrace").',
  says: 'flag',
  quiet: ['Loving the #summer vibes.'],
  flagged: [
    'Great effort today #NoahOnFire',
    'So proud #WellDoneGrace',
    'Best reader in the class #WelldoneGrace',
    'Thanks @MissLowe for the loan of the gazebo!',
    'Vote now #GraceForCaptain',
    'Snack time #chefSummer',
    'Story time #AmberAndTheDragon',
  ],
  fires: ({ t, ambiguous, tokens, m }) => {
    if (t.where !== 'tag') return false;
    const prev = tokens[m.from - 1]?.key ?? '';
    return !ambiguous || TAG_CUES.has(prev) || titledStaff(prev, m) || tagSaysPerson(tokens, m);
  },
});

/** Camel-case words after a name opening a tag that make it the tag's subject: "#GraceForCaptain",
 * "#SummerAndTheCarrots", "#AmberWins", "#HopeRocks". */
const TAG_LINKS = new Set(
  'and for is was has wins won scores scored rocks smashed smashes did does made makes says said vs'.split(
    ' ',
  ),
);

/** An ordinary-word name in a tag read as a person: the tag opens with it and a linking word
 * glued after it ("#GraceForCaptain"), or a role glued before it ("#chefGrace"). */
function tagSaysPerson(tokens: readonly Token[], m: Mention): boolean {
  const t = tokens[m.from]!;
  const before = tokens[m.from - 1];
  if (t.gapBefore === '' && before && before.where === 'tag' && ADULT_ROLES.has(before.key))
    return true;
  const next = tokens[m.to + 1];
  return (
    t.gapBefore.endsWith('#') &&
    next !== undefined &&
    next.where === 'tag' &&
    next.gapBefore === '' &&
    next.shape === 'title' &&
    TAG_LINKS.has(next.key)
  );
}

/** "@MrsBaker": a staff title glued to a member of staff's surname in a handle is them. */
const titledStaff = (prev: string, m: Mention) =>
  STAFF_TITLES.has(prev) && m.entries.some((e) => e.person.kind === 'staff' && e.field === 'last');

export const ordinaryWordInTag = defineNameRule({
  id: 'names/ordinary-word-in-tag',
  why: 'An ordinary-word name in a hashtag with no cue before it is the word ("#SummerFair").',
  says: 'quiet',
  quiet: ['Tickets on sale now #SummerFair'],
  flagged: ['Tickets on sale now #GoNoah'],
  fires: ({ t }) => t.where === 'tag',
});

export const inUrl = defineNameRule({
  id: 'names/in-url',
  why: 'A name in a link or file name is the person, unless it is also an ordinary word.',
  says: 'flag',
  quiet: ['Pictures at example.com/summer-fair'],
  flagged: ['Pictures at example.com/noah-sports-day'],
  fires: ({ t, ambiguous }) => t.where === 'url' && !ambiguous,
});

export const ordinaryWordInUrl = defineNameRule({
  id: 'names/ordinary-word-in-url',
  why: 'An ordinary-word name in a link is the word ("/summer-fair").',
  says: 'quiet',
  quiet: ['Tickets at example.com/grace-period'],
  flagged: ['Well done Grace, see example.com/noah'],
  fires: ({ t }) => t.where === 'url',
});

export const listedName = defineNameRule({
  id: 'names/listed-name',
  why: 'A listed name that is no ordinary word is a mention of the person in any setting no quiet rule explains.',
  says: 'flag',
  quiet: ['Will you help me set up the hall?', 'back on the telly again tonight'],
  flagged: [
    'Noah was a star today.',
    'so proud of noah today',
    'NOAH SCORED TWICE',
    'ameila asked for help with her coat',
  ],
  fires: ({ ambiguous }) => !ambiguous,
});

const IN_CLASS = new Set(['in', 'from', 'joins', 'joined', 'joining', 'into']);

export const inSchoolClass = defineNameRule({
  id: 'names/in-school-class',
  why: 'A name put in one of the school\'s own classes ("Summer in Rowan") is a pupil there, whatever the word also means.',
  says: 'flag',
  quiet: ['Summer in the garden is the best time.', 'Hope in Red Class was the theme.'],
  flagged: [
    'Summer in Rowan class counted down the days.',
    'We read about Noah and the ark, and Noah in Rowan loved it.',
  ],
  fires: ({ tokens, m, end, index }) => {
    const link = nextIn(tokens, m.to);
    const cls = link && nextIn(tokens, m.to + 1);
    if (!link || !cls || end.possessive || !IN_CLASS.has(link.key)) return false;
    if (!adjacent(link) || !adjacent(cls) || cls.shape !== 'title') return false;
    return schoolClassWords(index).has(cls.key);
  },
});
