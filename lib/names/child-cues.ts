// Cues that present a named child as one known through work (data). Each pattern
// ends with the NAME group; windows are bounded ({0,n}) so nothing backtracks far.
// Case matters: the name must start with a capital, the cue words are lower case
// (with an optional capital where they open a sentence).

import { FAMILY_ADJECTIVES, OWN_FAMILY_NOUNS } from './context-words';
import { LazyPattern } from '../text/lazy-pattern';

const NAME = "(\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)?)";
// Scottish year groups name a child too: "a lovely P7 called Ruaridh".
const CHILD =
  '(?:girl|boy|child|kid|lad|lass|pupil|student|toddler|youngster|tot|little one|wee one|P[1-7]|S[1-6])s?';
// A year group names a child as surely as "girl" does: "a Year 2 called Esme".
const YEAR_CHILD = '(?:[Yy]ear ?\\d{1,2}|Y\\d{1,2})s?';
// "wee" is Scottish and Ulster for "little": "Amna's wee brother Yahya".
const KIN =
  '(?:little |big |baby |older |younger |twin |new |wee )?(?:brother|sister|cousin|sibling|twin)s?';
// "our work experience student Aaliyah": a pupil from another school on placement with us.
const WORK_ROLE =
  '(?:key (?:child|children|person)|1:1|one[- ]to[- ]one|tutee|mentee|focus child|pupil|student|SEN child|work[- ]experience (?:student|pupil|lad|lass|girl|boy|kid))';
// "my key group", "my Year 2s", "the phonics set": a qualifier word may stand first.
// "my first ever class", "my last Year 6 class": a former class of the writer's.
const GROUP_QUALIFIER =
  '(?:key|focus|reading|maths|phonics|nurture|intervention|top|bottom|tutor|form|little|old|former|first(?: ever)?|last|previous) ';
const CLASS_PLACE = `(?:(?:my|our|the) )?(?:[Yy]ear|[Yy]r|Y) ?\\d+s?|P[1-7]|S[1-6]|[Rr]eception|[Nn]ursery|(?:my|our|the) (?:${GROUP_QUALIFIER})?(?:(?:[Yy]ear|Y) ?\\d+ )?(?:class|group|set|nursery|juniors|infants|reception)|breakfast club|after[- ]school club|holiday club`;

// Built on first use (lib/text/lazy-pattern.ts): most texts pass no cue's gate.
const rx = (source: string) => new LazyPattern(source, 'gu');
/** A class code inside a phrase about a child: "a P6 girl", "the Year 3 boy". */
const CLASS_CODE = '(?:P[1-7]|S[1-6]|Y\\d{1,2}|[Yy]ear \\d{1,2})';

export interface ChildCue {
  /** `child-reference/…`: findings carry it. */
  id: string;
  pattern: LazyPattern;
  /** The name must follow a pupil or child already found in this piece of text. */
  needsChildBefore?: 'adjacent' | 'anywhere';
  /** Text the first group must match (a work group: "Year 6s", "tutoring kids"). */
  groupMustMatch?: RegExp;
  /** Only a word the lexicon does not know as an ordinary word is taken as a name. */
  strictName?: boolean;
  /** The last group is a word after the name that must be a verb ("Mason found"). */
  verbAfter?: boolean;
  /** Only when the text speaks of school somewhere (SCHOOL_CONTEXT). */
  needsSchoolContext?: boolean;
  /** Skip when the rest of the sentence speaks of adult work ("Sarah from Year 6 covered my duty"). */
  skipAdultContext?: boolean;
  /** A surname after the name does not make it a public figure ("past pupil Shannon Kerrigan"). */
  fullNameOk?: boolean;
  /** After "called" or "named" the capitalised word is the name given, whatever else the
   * word can be: "a lad called Rio" (a place), "a Y3 called Blessing" (a gerund). */
  looseName?: boolean;
  /** A pupil or child found in this text must start just after the name's phrase: "Luca,
   * little brother to Ionut" names a pupil's sibling only when Ionut is one. */
  needsChildAfter?: boolean;
  /** Only when the text speaks of a partner school, pen pals or an exchange (PARTNER_CONTEXT). */
  needsPartnerContext?: boolean;
  /** Only for a name that is also a word ("Marvellous"): the general step decides the rest. */
  wordNamesOnly?: boolean;
}

/** Words after a name that make it a colleague, not a child. */
export const ADULT_CONTEXT =
  /^[^.!?\n]{0,80}?\b(?:retirement|retiring|retired|years of|covered|covering|cover for|duty|duties|staff ?room|colleague|meeting|planning|PPA|INSET|marking|lent me|made me a (?:coffee|tea|brew)|brew|wine|prosecco|her class|his class|their class|her TA|his TA|teaches(?! (?:me|us)\b)|taught(?! (?:me|us)\b))\b/;

/** Children's settings named before a child: "At forest school Mason found a newt". */
const CHILD_SETTING =
  '(?:forest school(?: club)?|(?:breakfast|after[- ]school|holiday|homework|lunchtime|lego|coding|nurture) club|nursery|playgroup|pre-?school|wraparound|story ?time|circle time|carpet time|golden time|phonics|wet play|(?:my|our) (?:class|group|nursery|setting))';
const WORK_VERB =
  '(?:tutor|teach|mentor|support|look after|work with|care for|childmind|nanny for|nanny|babysit for|key work for)';
/** "Mentoring a Year 12", "coached a lad": doing such work with one child. */
const WORK_VERB_ING =
  '(?:[Tt]utor(?:ing|ed)|[Tt]eaching|[Tt]aught|[Mm]entor(?:ing|ed)|[Cc]oach(?:ing|ed)|[Ss]upport(?:ing|ed)|[Ll]ook(?:ing|ed) after|[Ww]ork(?:ing|ed) with|[Bb]abysitting)';
// "the boy, Nojus," is as much an appositive as "a boy, Nojus,".
const APPOSITIVE_DET = '\\b(?:[Oo]ne|[Aa]n?|[Aa]nother|[Tt]his|[Tt]hat|[Tt]he) ';
/** Anywhere in the text: the writer speaks of school, so a "girl" or "student" is a child. */
export const SCHOOL_CONTEXT =
  /\b(?:[Yy]ear ?\d|U\d{1,2}s?|[Uu]nder[- ]\d{1,2}s|[Yy]\d|P[1-7]|S[1-6]|class(?:es)?|pupils?|schools?|[Tt]utor(?:ing|ed)?|tutees?|GCSEs?|primary|primaries|[Nn]ursery|[Rr]eception|tutor group|form group|transition|feeder|playground|assembly|lesson|classroom|open (?:evening|day|morning)|parents['’]? evening|sports day|register|placement school|(?:teaching|school) placements?|teaching practice)\b/;
/** Where a young child belongs: "little Jaxon from the primary", "little Ava at nursery". */
/** Ages that make a named person a child: "Tobiah, five,". */
const CHILD_AGES =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|1[0-6]|[1-9]';
const CHILD_PLACE =
  '(?:primary|infants|juniors|nursery|pre-?school|playgroup|reception|school|class|club|[Yy]ear ?\\d)';

export const CHILD_CUES: readonly ChildCue[] = [
  // "a little boy in my class called Tyson", "a girl from Year 4 called Shanice"
  {
    id: 'child-reference/called',
    pattern: rx(`\\b${CHILD}\\b[^.!?\\n]{0,60}?\\b(?:called|named) ${NAME}`),
    looseName: true,
  },
  // "one of my Year 6s, Kacper", "one of my tutoring kids, Jenson"
  {
    id: 'child-reference/one-of-my',
    pattern: rx(`\\b[Oo]ne of (?:my|our|the) ([^.!?\\n,]{1,60}),\\s*${NAME}`),
    // "one of the young people I've mentored, Kayla", "one of the little ones on my caseload".
    groupMustMatch:
      /year|yr|y\d|class|tut|key|pupil|student|kid|child|reception|nursery|group|set|mentee|1:1|little ones|wee ones|young people|caseload|mentor|coach|regulars|squad/i,
  },
  // "my key child Lottie", "my 1:1 in the afternoon session, Ellie-May"
  {
    id: 'child-reference/my-work-role',
    pattern: rx(`\\b(?:[Mm]y|[Oo]ur) ${WORK_ROLE}(?:[^.!?\\n]{0,40}?,)? ${NAME}`),
  },
  // "Key child Bonnie did her first painting", "today focus child Reggie": no "my" needed.
  {
    id: 'child-reference/key-child',
    pattern: rx(`\\b(?:[Kk]ey|[Ff]ocus) child,? ${NAME}`),
  },
  // "new boy started today, Kobe"
  {
    id: 'child-reference/new-child',
    pattern: rx(
      `\\b[Nn]ew (?:little |wee |young )?(?:boy|girl|pupil|child|kid)s?\\b(?:[^.!?\\n]{0,40}?,)? ${NAME}`,
    ),
  },
  // "One little girl, Esme, asked", "a toddler, Ayla, waved": a child noun, then the name
  // as an appositive closed by a comma. "Girl", "lad" or "student" alone is often an
  // adult ("a lovely lad, Dave, at the garage"): those need "little" or a school nearby.
  {
    id: 'child-reference/little-appositive',
    pattern: rx(
      `${APPOSITIVE_DET}(?:\\p{Ll}+ )?(?:little|young|tiny|wee) (?:girl|boy|lad|lass|one)s?, ${NAME}(?=,)`,
    ),
    skipAdultContext: true,
  },
  {
    id: 'child-reference/child-appositive',
    pattern: rx(
      `${APPOSITIVE_DET}(?:(?!of )(?:\\p{Ll}+|${CLASS_CODE}) ){0,2}(?:child|kid|pupil|toddler|youngster|tot)s?, ${NAME}(?=,)`,
    ),
    skipAdultContext: true,
  },
  {
    id: 'child-reference/girl-boy-appositive',
    pattern: rx(
      `${APPOSITIVE_DET}(?:(?!of )(?:\\p{Ll}+|${CLASS_CODE}) ){0,2}(?:girl|boy|lad|lass|student)s?, ${NAME}(?=,)`,
    ),
    skipAdultContext: true,
    needsSchoolContext: true,
  },
  // "Mentoring a brilliant Year 12 from Hetton this term, Kayden."
  {
    id: 'child-reference/mentoring',
    pattern: rx(
      `\\b${WORK_VERB_ING} (?:a|an|one|this) [^.!?\\n,]{0,40}?(?:\\b(?:child|kid|pupil|youngster|toddler|sixth[- ]former)|[Yy]ear ?\\d+|[Yy]r ?\\d+)\\b[^.!?\\n,]{0,40}, ${NAME}`,
    ),
    strictName: true,
  },
  // "Tutoring a lad from the estate, Kai": a word also used of adults, so only with school
  // nearby and no adult role after it ("a student nurse").
  {
    id: 'child-reference/tutoring-lad',
    pattern: rx(
      `\\b${WORK_VERB_ING} (?:a|an|one|this) [^.!?\\n,]{0,40}?\\b(?:girl|boy|lad|lass|student)\\b(?! (?:teacher|nurse|doctor|midwife|paramedic|officer|social worker|vet))[^.!?\\n,]{0,40}, ${NAME}`,
    ),
    strictName: true,
    needsSchoolContext: true,
  },
  // "little Tommy-Lee from the primary next door"; not "my little Oscar" (own family).
  {
    id: 'child-reference/little-from-place',
    pattern: rx(
      `(?<!\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir) )\\b[Ll]ittle ${NAME},? (?:from|in|at|who goes to) (?:the |our |a )?(?:\\p{Ll}+ )?${CHILD_PLACE}`,
    ),
    strictName: true,
  },
  // "a boy from another school, Tommy"
  {
    id: 'child-reference/child-from-place',
    pattern: rx(`\\b${CHILD} (?:from|in|at|on) [^.!?\\n,]{1,30}, ${NAME}`),
  },
  // "two girls from the partner school, Orlagh and Saoirse": the second of a pair.
  {
    id: 'child-reference/child-from-place',
    pattern: rx(
      `\\b${CHILD} (?:from|in|at|on) [^.!?\\n,]{1,30}, \\p{Lu}[\\p{Ll}\\p{M}]+ and ${NAME}`,
    ),
  },
  // "a student I met at one of our schools, Ilona,", "tutoring kid I had last year,
  // Reuben,": a child the writer met or had through work, named in an appositive.
  {
    id: 'child-reference/child-i-met',
    pattern: rx(
      `\\b(?:${CHILD}|${YEAR_CHILD}) (?:I|we)(?: once| first)? (?:met|had|knew|taught|tutored|coached|mentored|supported|worked with|looked after)\\b[^.!?\\n,]{0,50}, ${NAME}(?=[,.!?])`,
    ),
    skipAdultContext: true,
    needsSchoolContext: true,
  },
  // "Ran into Corey at the shops, one of the first wee lads I taught": a name, then an
  // appositive that makes it a child known through work.
  {
    id: 'child-reference/name-then-one-of',
    pattern: rx(
      `${NAME}(?: (?:in|at|on|from|outside) [^.!?\\n,]{1,25})?, one of (?:the|my|our) [^.!?\\n,]{0,30}?\\b(?:boys|girls|lads|lasses|kids|children|pupils|students|tutees|ones)\\b (?:I|we)\\b`,
    ),
    strictName: true,
  },
  // "Saw Corey in town, one of my old Year 9 boys": "my old" or "my former" before the
  // group says the writer taught them, as "I taught" after it does.
  {
    id: 'child-reference/name-then-one-of',
    pattern: rx(
      `${NAME}(?: (?:in|at|on|from|outside) [^.!?\\n,]{1,25})?, one of (?:my|our) (?:old|former) [^.!?\\n,]{0,30}?\\b(?:boys|girls|kids|children|pupils|students|tutees)\\b`,
    ),
    strictName: true,
    needsSchoolContext: true,
  },
  // "a boy I tutor, Lucas", "a little girl I look after on Fridays, Ellie"
  {
    id: 'child-reference/child-i-work-with',
    pattern: rx(`\\b${CHILD} (?:I|we) ${WORK_VERB}\\b[^.!?\\n,]{0,30}, ${NAME}`),
  },
  // "At forest school club Mason found a newt", "During circle time, Ayla sang"
  {
    id: 'child-reference/child-setting',
    pattern: rx(
      `\\b(?:[Aa]t|[Ii]n|[Dd]uring) ${CHILD_SETTING}(?: (?:today|this morning|this afternoon|earlier|yesterday))?,? ${NAME} (\\p{Ll}+)`,
    ),
    verbAfter: true,
    skipAdultContext: true,
  },
  // "Harley from Year 6", "Tia in my class"; and "from" in the languages staff write in beside
  // the school's own class names: "Franek z Year 1" (Polish), "Ana din Year 3" (Romanian),
  // "Kauane do Year 2" (Portuguese), "Tomas iš Year 4" (Lithuanian).
  {
    id: 'child-reference/from-class',
    pattern: rx(`${NAME} (?:from|in|z|ze|din|do|da|de|iš) (?:${CLASS_PLACE})\\b`),
    strictName: true,
    skipAdultContext: true,
  },
  // "our Amara and their Tobias": with two schools or groups side by side, "their" before
  // a name is the other side's child, as "our" before a name is ours.
  {
    id: 'child-reference/ours-and-theirs',
    pattern: rx(`\\b[Oo]ur \\p{Lu}[\\p{Ll}\\p{M}]+\\b[^.!?\\n]{0,60}?\\btheir ${NAME}`),
    strictName: true,
  },
  {
    id: 'child-reference/theirs-and-ours',
    pattern: rx(`\\b[Tt]heir ${NAME}(?=[^.!?\\n]{0,60}?\\b[Oo]ur \\p{Lu})`),
    strictName: true,
  },
  // "lovely to meet Idris and his dad": at a school's visits and starts, a name with the
  // child's mum or dad is the child (gated on "mum"/"dad", rarer than "her"/"his").
  {
    id: 'child-reference/with-parent',
    pattern: rx(
      `\\b(?:meet|meeting|met|welcome|welcomed|welcoming|visit|visited|visiting|see|seeing|saw) ${NAME} and (?:her|his|their) (?:mum|dad)\\p{Ll}*\\b`,
    ),
    needsSchoolContext: true,
    skipAdultContext: true,
  },
  // "Archie's little brother Ronnie"
  {
    id: 'child-reference/sibling-of-pupil',
    // "Archies brother Tyler": the possessive typed without its apostrophe, straight after
    // the pupil's name (needsChildBefore: the pupil ends where the "s" starts).
    pattern: rx(`(?:['’]s|(?<=\\p{Ll})s) ${KIN},? ${NAME}`),
    needsChildBefore: 'adjacent',
    fullNameOk: true,
  },
  // "Tilly's pen pal Mason Holt", "Dale's buddy Imogen": a child's pen pal or buddy at a
  // partner school. The one whose pen pal it is need not be on the list (a pupil-name check
  // may have left a flower's name quiet): pen pals and reading buddies are children's.
  {
    id: 'child-reference/pen-pal-of-pupil',
    pattern: rx(
      `(?!(?:Mum|Mam|Dad|Nan|Nana|Gran|Granny|Grandma|Grandad|Mummy|Daddy|Auntie|Aunty|Uncle)['’s])\\p{Lu}[\\p{Ll}\\p{M}]+(?:['’]s|(?<=\\p{Ll})s) (?:new )?(?:pen[- ]?pal|pen[- ]?friend|(?:reading |exchange )?buddy|exchange partner)s?,? ${NAME}`,
    ),
    needsPartnerContext: true,
    fullNameOk: true,
  },
  // "Sofiia and their Kasia were inseparable": a pupil beside the other side's child.
  {
    id: 'child-reference/ours-and-theirs',
    pattern: rx(`(?<=[\\p{L}\\p{M}]) (?:and|&|with) their ${NAME}`),
    needsChildBefore: 'adjacent',
    strictName: true,
  },
  // "Kwame brought his cousin Marcus"
  {
    id: 'child-reference/their-sibling',
    pattern: rx(`\\b(?:[Hh]is|[Hh]er|[Tt]heir) ${KIN},? ${NAME}`),
    needsChildBefore: 'anywhere',
  },
  // "my Y4 tutee Arjun", "my Year 10 mentee, Kai": a year before the work role.
  {
    id: 'child-reference/year-work-role',
    pattern: rx(
      `\\b[Mm]y (?:[Yy]ear ?\\d+|[Yy]r ?\\d+|Y\\d+|P[1-7]|S[1-6]) ${WORK_ROLE}(?:[^.!?\\n]{0,40}?,)? ${NAME}`,
    ),
  },
  // "former pupil Lleucu", "an ex-tutee from my placement school, Oskar,"
  {
    id: 'child-reference/former-pupil',
    pattern: rx(
      `\\b(?:[Ff]ormer|[Ee]x-?|[Oo]ld|[Pp]ast) ?(?:pupil|tutee|student|mentee|key child)s?\\b(?:[^.!?\\n]{0,60}?(?:,|:|[–—]|\\p{Extended_Pictographic}))? ${NAME}`,
    ),
    // "past pupil Shannon Kerrigan, now in Year 10": a former pupil keeps their surname.
    fullNameOk: true,
  },
  // "Maisie, who left us after Year 6, came back to visit": a leaver named by the year group
  // they left from.
  {
    id: 'child-reference/former-pupil',
    pattern: rx(
      `${NAME}, who (?:left|finished|leaves|finishes) (?:us|school|here)\\b[^.!?\\n,]{0,20}?\\b(?:[Yy]ear ?\\d{1,2}|Y\\d{1,2}|[Rr]eception|[Nn]ursery|P[1-7]|S[1-6])\\b`,
    ),
    strictName: true,
  },
  // "Ruby (year 13)", "Amina (joins Reception Monday)": a name with a year or class in brackets.
  {
    id: 'child-reference/name-year-brackets',
    pattern: rx(
      `${NAME} \\((?:[Yy]ear ?\\d+|Y\\d+|[Yy]r ?\\d+|P[1-7]|S[1-6]|(?:joins|joining|starts|starting|new to|in) (?:[Rr]eception|[Nn]ursery|[Yy]ear ?\\d+|Y\\d+))`,
    ),
    strictName: true,
  },
  // "New Y9 joined us yesterday from a school in Leicester, Reuben,"
  {
    id: 'child-reference/new-year-group',
    pattern: rx(
      `\\b[Nn]ew (?:[Yy]ear ?\\d+|Y\\d+|[Yy]r ?\\d+|P[1-7]|S[1-6]|starter)s?\\b[^.!?\\n]{0,60}?, ${NAME}`,
    ),
    strictName: true,
  },
  // "a Year 3 from the school down the road, Bryn,"
  {
    id: 'child-reference/year-from-place',
    pattern: rx(
      `\\b(?:[Aa]n?|[Oo]ne|[Tt]his) (?:[Yy]ear ?\\d+|Y\\d+|[Yy]r ?\\d+) (?:from|in|at) [^.!?\\n,]{1,40}, ${NAME}`,
    ),
    strictName: true,
  },
  // "our Y13 netballers Rukhsana and Holly": a year group's children named after it.
  {
    id: 'child-reference/year-group-named',
    pattern: rx(`\\b(?:[Mm]y|[Oo]ur) (?:[Yy]ear ?\\d+|Y\\d+|[Yy]r ?\\d+)s?(?: \\p{Ll}+)? ${NAME}`),
    strictName: true,
  },
  {
    id: 'child-reference/year-group-named',
    pattern: rx(
      `\\b(?:[Mm]y|[Oo]ur) (?:[Yy]ear ?\\d+|Y\\d+|[Yy]r ?\\d+)s?(?: \\p{Ll}+)? \\p{Lu}\\p{Ll}+ and ${NAME}`,
    ),
    strictName: true,
  },
  // "Covered 4T today and Esme asked …", "my key group were lovely, Bodhi shared …", "our
  // partner school sent photos and Wanjiru had written …": a class or group met through
  // work, then a name doing something in the same sentence. (Its literals are rare words,
  // so it runs on few texts: a former class is from-class's, "from my old Year 2 class".)
  {
    id: 'child-reference/work-group-then-name',
    pattern: rx(
      `\\b(?:[Cc]over(?:ed|ing)|[Ss]upply(?: day| teaching)? (?:in|with|at)|[Mm]y (?:key|focus|nurture|intervention) group|(?:[Oo]ur|[Tt]he) partner school)\\b[^.!?\\n]{0,60}?(?:\\band|,|:) ${NAME} (\\p{Ll}+)`,
    ),
    verbAfter: true,
    strictName: true,
    skipAdultContext: true,
  },
  // "Brilliant session with my Year 11 intervention group. Mikolaj finally cracked it": the
  // writer's own group, then a name opening the next sentence with something done.
  {
    id: 'child-reference/work-group-then-name',
    pattern: rx(
      `\\b[Mm]y (?:(?:[Yy]ear|Y) ?\\d{1,2} )?(?:key|focus|nurture|intervention|reading|phonics|booster|tutor) group\\b[^.!?\\n]{0,60}?[.!] ${NAME} (?:(?:finally|just|actually|really|also) )?(\\p{Ll}+)`,
    ),
    verbAfter: true,
    strictName: true,
    skipAdultContext: true,
  },
  // "our pen pals in Lyon wrote back and Margaux drew us a map": children at a partner
  // school, named in the same sentence.
  {
    id: 'child-reference/pen-pal',
    pattern: rx(`\\b[Pp]en[- ]?pals?\\b[^.!?\\n]{0,60}?\\b(?:and|,|:) ${NAME}`),
    strictName: true,
  },
  // "my Saturday-school student Rūta", "my GCSE tutee Oren": one or two qualifier words
  // (a setting, a subject) between "my" and the work role.
  {
    id: 'child-reference/my-qualified-work-role',
    pattern: rx(`\\b[Mm]y (?:[\\p{L}\\d-]+ ){1,2}${WORK_ROLE}s? ${NAME}`),
    strictName: true,
  },
  // "new starter Kayden", "our new Nursery Blue starters Maya and Ezra": a child joining the
  // school, named straight after (up to two words, a class's name, between).
  {
    id: 'child-reference/new-starter',
    pattern: rx(`\\b[Nn]ew (?:[\\p{L}\\d]+ ){0,2}starters?,? ${NAME}`),
    strictName: true,
    needsSchoolContext: true,
    skipAdultContext: true,
  },
  // "their buddies at the partner school, especially Kit and Remi": children paired with
  // the writer's class, named in the same sentence.
  {
    id: 'child-reference/buddies',
    pattern: rx(
      `\\b(?:[Bb]udd(?:y|ies)|[Pp]en[- ]?pals?)\\b[^.!?\\n]{0,60}?(?:\\band|,|:)(?: especially| including| like)? ${NAME}`,
    ),
    strictName: true,
    needsSchoolContext: true,
  },
  // "a Year 2 called Esme": after the cues above, so theirs is the reason recorded.
  {
    id: 'child-reference/called',
    pattern: rx(`\\b${YEAR_CHILD}\\b[^.!?\\n]{0,60}?\\b(?:called|named) ${NAME}`),
    looseName: true,
  },
  // "Zuzanna (age 3) loved the sand tray", "Tobiah, five, with his new glasses": a name given
  // with a child's age, in a post about school.
  {
    id: 'child-reference/named-with-age',
    pattern: rx(
      `(?<!\\p{Lu}[\\p{Ll}\\p{M}]+ )${NAME}(?=(?: \\p{Lu}[\\p{Ll}\\p{M}]+)?(?: \\((?:[Aa]ged? )?(?:1[0-6]|[1-9])\\)|, (?:[Aa]ged? )?(?:${CHILD_AGES})(?:,| years? old\\b| yrs?\\b)))`,
    ),
    looseName: true,
    fullNameOk: true,
    needsSchoolContext: true,
  },
  // "Benedek, little brother to Jazmin, came to watch": a named child presented as the
  // sibling or cousin of a child found in this text.
  {
    id: 'child-reference/sibling-appositive',
    pattern: rx(`${NAME}(?=, (?:the |a )?${KIN} (?:to|of) (?:the )?\\p{Lu})`),
    needsChildAfter: true,
    fullNameOk: true,
  },
  // "Remembering Tiernan, a boy from my training placement", "Ottilie, one kid in the
  // holiday club": a name, then an appositive that makes it a child.
  {
    id: 'child-reference/name-then-child',
    pattern: rx(
      `${NAME}(?=, (?:a|an|one|another) (?:\\p{Ll}+ ){0,2}(?:child|kid|pupil|toddler|tutee|mentee|youngster)s? (?:from|in|at|on|I|we|who)\\b)`,
    ),
    strictName: true,
    skipAdultContext: true,
  },
  // "Solveig, a girl from the village school": "girl", "lad" and "student" are said of
  // adults too, so only in a post about school.
  {
    id: 'child-reference/name-then-child',
    pattern: rx(
      `${NAME}(?=, (?:a|an|one|another) (?:\\p{Ll}+ ){0,2}(?:boy|girl|lad|lass|student)s? (?:from|in|at|on|I|we|who)\\b)`,
    ),
    strictName: true,
    skipAdultContext: true,
    needsSchoolContext: true,
  },
  // "New P5 starter from Cumbria … Name's Tilly, lovely wee girl", "the Yr 9 boy arriving
  // Monday. Name: Jayden": a child described, then introduced by name, with no parent or
  // member of staff between (the tempered window), in a post about school.
  {
    id: 'child-reference/introduced',
    pattern: rx(
      `\\b(?:${CHILD}|${YEAR_CHILD}|starters?)\\b(?:(?!\\b(?:[Mm]um|[Dd]ad|[Mm]other|[Ff]ather|[Pp]arents?|[Cc]arers?|[Gg]ran|[Nn]an|[Tt]eacher|TA|[Ss]ocial worker|[Aa]unt|[Uu]ncle|[Mm]y)\\b)[^]){0,160}?(?<![Mm]y )\\b(?:[Nn]ame(?:['’]s| is|:| -| –| —)?|(?:[Hh]is|[Hh]er|[Tt]heir) name(?:['’]s| is)) ${NAME}`,
    ),
    needsSchoolContext: true,
    fullNameOk: true,
  },
  // "Josh Lund, who I coach on Saturdays": a child the writer coaches, tutors or teaches,
  // named before the clause (a surname may stand between).
  {
    id: 'child-reference/who-i-work-with',
    pattern: rx(
      `(?<!\\p{Lu}[\\p{Ll}\\p{M}'’-]* )${NAME}(?=(?: \\p{Lu}[\\p{Ll}\\p{M}'’-]+)?,? who (?:I|we)(?:['’]ve| have| used to)? (?:coach|coached|tutor|tutored|teach|taught|mentor|mentored|babysit|babysat|childmind|look after|looked after|key work for)\\b)`,
    ),
    needsSchoolContext: true,
    fullNameOk: true,
  },
  // "Their striker Marvellous is rapid": the other side's player whose name is also a word
  // (the general step's other-side rule takes names that are only names).
  {
    id: 'child-reference/other-side-player',
    pattern: rx(
      `\\b[Tt]heir (?:captain|skipper|keeper|goalie|goalkeeper|striker|defender|midfielder|winger|centre|number \\d{1,2}|no\\.? ?\\d{1,2}),? ${NAME}`,
    ),
    needsSchoolContext: true,
    wordNamesOnly: true,
  },
  // "Visiting Year 6 pupils from Linden Grove came to watch. One of them, Aurelio, asked …":
  // one of a group of children just described.
  {
    id: 'child-reference/one-of-them',
    pattern: rx(
      `\\b(?:pupils|children|kids|students|youngsters|boys|girls|tutees|visitors|P[1-7]s|S[1-6]s|(?:[Yy]ear|Y) ?\\d{1,2}s)\\b[^\\n]{0,120}?\\b[Oo]ne of (?:them|those|these|the (?:visitors|boys|girls|children|pupils))(?: [^.!?\\n,]{1,30})?, ${NAME}`,
    ),
    needsSchoolContext: true,
    skipAdultContext: true,
  },
  // Pen pals, buddies and partner schools: "Letters from Zuzanna and Bartek are on the wall",
  // "Oscar wrote to Jayden": what came from, or was written to, a named child.
  {
    id: 'child-reference/partner-letters',
    pattern: rx(
      `\\b(?:[Ll]etters?|[Cc]ards?|[Pp]ostcards?|[Mm]essages?|[Nn]otes?|[Dd]rawings?|[Pp]ictures?|[Vv]ideos?|[Rr]epl(?:y|ies)|[Pp]arcels?) (?:back )?from ${NAME}`,
    ),
    needsPartnerContext: true,
    strictName: true,
  },
  {
    id: 'child-reference/partner-letters',
    pattern: rx(
      `\\b(?:wrote|writes|written|sent|sends|replied|chatted|video[- ]?called|emailed) (?:back |a letter |letters |a card |cards |a postcard |postcards |a video )?to ${NAME}`,
    ),
    needsPartnerContext: true,
    strictName: true,
  },
];

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
