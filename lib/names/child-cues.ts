// What the child-reference cues share: their compiled form (the sources are
// child-cue-list.ts, shipped as data), the school and adult contexts, the group and list
// patterns, the writer's own circle. Each cue pattern ends with the NAME group; windows are bounded ({0,n}) so nothing backtracks far.
// Case matters: the name must start with a capital, the cue words are lower case
// (with an optional capital where they open a sentence).

import { FAMILY_ADJECTIVES, OWN_FAMILY_NOUNS } from './context-words';
import { LazyPattern } from '../text/lazy-pattern';
import { NAME } from './child-cue-fragments';
import type { ChildCueSource } from './child-cue-list';

// Built on first use (lib/text/lazy-pattern.ts): most texts pass no cue's gate.
const rx = (source: string) => new LazyPattern(source, 'gu');

/** A cue as the detector runs it: its source built into a pattern on first use. */
export interface ChildCue extends Omit<ChildCueSource, 'source' | 'groupMustMatch'> {
  pattern: LazyPattern;
  groupMustMatch?: RegExp;
}

/** Well-formed cue sources from the checker's data file (anything else is left out). */
export function isChildCueSources(value: unknown): value is readonly ChildCueSource[] {
  return (
    Array.isArray(value) &&
    value.every(
      (c) =>
        typeof c === 'object' &&
        c !== null &&
        typeof (c as ChildCueSource).id === 'string' &&
        typeof (c as ChildCueSource).source === 'string',
    )
  );
}

/** The cues of the checker's data, compiled once per data (each pattern built only when a
 * text passes its gate), so every checker made from the same data shares them. */
const compiled = new WeakMap<readonly ChildCueSource[], ChildCue[]>();
export function childCuesOf(sources: readonly ChildCueSource[]): readonly ChildCue[] {
  let cues = compiled.get(sources);
  if (!cues) compiled.set(sources, (cues = compileChildCues(sources)));
  return cues;
}

function compileChildCues(sources: readonly ChildCueSource[]): ChildCue[] {
  return sources.map(({ source, groupMustMatch, ...flags }) => ({
    ...flags,
    pattern: rx(source),
    ...(groupMustMatch === undefined ? {} : { groupMustMatch: new RegExp(groupMustMatch, 'i') }),
  }));
}

/** Words after a name that make it a colleague, not a child. */
export const ADULT_CONTEXT =
  /^[^.!?\n]{0,80}?\b(?:retirement|retiring|retired|years of|covered|covering|cover for|duty|duties|staff ?room|colleague|meeting|planning|PPA|INSET|marking|lent me|made me a (?:coffee|tea|brew)|brew|wine|prosecco|her class|his class|their class|her TA|his TA|teaches(?! (?:me|us)\b)|taught(?! (?:me|us)\b))\b/;

/** Anywhere in the text: the writer speaks of school, so a "girl" or "student" is a child. */
export const SCHOOL_CONTEXT =
  /\b(?:[Yy]ear ?\d|U\d{1,2}s?|[Uu]nder[- ]\d{1,2}s|[Yy]\d|P[1-7]|S[1-6]|class(?:es)?|pupils?|schools?|[Tt]utor(?:ing|ed)?|tutees?|GCSEs?|primary|primaries|[Nn]ursery|[Rr]eception|tutor group|form group|transition|feeder|playground|assembly|lesson|classroom|open (?:evening|day|morning)|parents['’]? evening|sports day|register|placement school|(?:teaching|school) placements?|teaching practice)\b/;

/** "our Year 11s smashed it! Kiera → Durham, Zac → plumbing": a year group of the
 * writer's, then names opening the items of a list of results or news. */
export const GROUP_CUE = rx(
  `\\b(?:[Mm]y|[Oo]ur) (?:[Yy]ear ?\\d+|Y\\d+|[Yy]r ?\\d+|tutor group|form|tutees|mentees|leavers)s?\\b`,
);
export const LIST_ITEM_NAME = rx(`(?<=^|[\\s,;!.(])${NAME}\\s*(?:→|->|=>|:|–|—)\\s`);

/** Covering or teaching a class, after which named children are pupils there. */
export const COVER_CUE = rx(
  `\\b(?:[Cc]overing|[Cc]overed|[Tt]eaching|[Tt]aught|[Ss]upply(?: day| teaching)? (?:in|with|for|at)) (?:(?:[Yy]ear|Y) ?\\d+|[Rr]eception|[Nn]ursery|a class|class|\\d{1,2}[A-Z]{1,2}\\d?)\\b`,
);
/** "Darcie and Kayden argued": two names, then a word the detector checks is a verb. */
export const NAME_PAIR = rx(`${NAME} and ${NAME} (\\p{Ll}+)`);

/** "our partner Gaelscoil", "our partner academy": a partner institution, not the
 * writer's partner. */
const PARTNER_BODY =
  '[Ss]chools?|[Pp]rimary|[Aa]cademy|[Nn]ursery|[Cc]ollege|[Tt]rust|[Ss]etting|[Cc]lub|[Gg]aelscoil|[Ss]coil|[Bb]unscoil|[Yy]sgol';

/** The writer's own family or friends' children: not known through work. The same
 * family words as the pupil-name rule ("my own son Oscar"), plus groups ("our kids"). */
const OWN_ADJECTIVES = [...FAMILY_ADJECTIVES].filter((w) => w !== 'new').join('|');
const OWN_NOUNS = [...OWN_FAMILY_NOUNS, 'grandchildren', 'grandkids', 'stepkids'].join('|');
export const OWN_CIRCLE = new RegExp(
  // "our partner school" is a school, not the writer's partner.
  `\\b(?:[Mm]y|[Oo]ur) (?:(?:${OWN_ADJECTIVES}) )?(?:${OWN_NOUNS}|kids|children|boys|girls|baby)\\b(?![ -](?:${PARTNER_BODY})\\b)|\\b(?:friend|mate|neighbour|sister|brother|cousin|partner|husband|wife)['’]s\\b`,
);

/** Capitalised words the name patterns can catch that are no child's name. */
export const NOT_A_CHILD_NAME: ReadonlySet<string> = new Set(
  'i year reception nursery class mr mrs miss ms sir dr mum dad mummy daddy nan nana grandad grandma god jesus christ allah christmas easter eid diwali english maths science polish welsh french spanish lego monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday ok im ive ill id nowt owt summat'.split(
    ' ',
  ),
);

/** Endings of abstract common nouns the lexicon may not list ("Behaviour", "Attendance"):
 * such a word is no given name unless the lexicon knows it as one ("Florence"). */
export const COMMON_NOUN_ENDING =
  /(?:our|ance|ence|ment|tion|sion|ness|ship|ism|ology|ics|ality|ivity|bility|being)$/;

/** A post about a partner school, pen pals or an exchange, or about children the writer
 * taught before (a placement, an old class, tutees): letters and cards between children are
 * those children's ("Letters from Zuzanna", "I still get cards from Alfie-James"). */
export const PARTNER_CONTEXT =
  /\b(?:pen[- ]?pals?|pen[- ]?friends?|partner (?:school|class|primary)s?|link(?:ed)? schools?|twin(?:ned)? (?:school|town)s?|sister schools?|exchange|buddies|placement|my old (?:class|school)|former pupils?|tutees?|(?:reading )?buddy (?:school|class)|reading buddy)\b/i;

/** Given names that are also words, used in British families (Nigerian and Ghanaian virtue
 * names among them): after a cue, "his twin Goodness" or "their striker Marvellous" is a name,
 * though the words are everyday ones. */
export const WORD_GIVEN_NAMES: ReadonlySet<string> = new Set(
  'goodness marvellous miracle testimony precious favour blessing gift wisdom treasure divine praise mercy peace comfort success victory glory'.split(
    ' ',
  ),
);

/** A quick test before any pattern runs: no cue word, no child reference. */
export const CUE_HINT =
  /former|name|letter|card|wrote|sent|repl|who (?:i|we)\b|one of|young|caseload|pen ?pal|budd|starter|partner|supply|cover|ex-?tutee|girl|boy|child|kid|lad|lass|little|wee|\b[PS]\d\b|mentor|coach|pupil|student|toddler|tot|little one|key|1:1|one[- ]to[- ]one|tut|mentee|new|brother|sister|cousin|sibling|twin|year|yr|reception|nursery|class|group|set|\by\d|club|cover|supply|teach|taught|\btheir\b|\bmum|\bdad/i;

/** A name, then a word that puts a child in a class: "Tomos joins Wrens", "Leah in Kites".
 * The detector checks that the word after is one of the school's own class names. */
export const NAME_IN_CLASS = new RegExp(
  `${NAME} (?:in|joins|joined|joining|from|into|starts in|starting in|moves to|moving to) (?:the )?$`,
  'u',
);
