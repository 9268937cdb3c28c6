// Word lists the name rules read (data, not logic). Keys are folded (fold.ts).
import { nonPupilSet } from './non-pupil-lists';

/** Titles of staff: "Mrs Hughes", "mr pemberton", "Miss Dawn". */
export const STAFF_TITLES: ReadonlySet<string> = new Set(
  'mr mrs ms miss mx dr sir madam mister missus'.split(' '),
);

/** Titles and roles used with a staff member's given name or surname ("Revd Jo", "Coach
 * Okafor", "Matron Bev", "Fr Moran", Polish "Pani Magda", Irish "Múinteoir Orla"): a
 * member of staff's only when staff has that name; otherwise the adult-role rules decide
 * ("Coach Carter" with no Carter on the staff list). */
export const STAFF_FIRST_TITLES: ReadonlySet<string> = new Set(
  'revd rev reverend coach matron fr pani pan muinteoir'.split(' '),
);

/** Words before a name that make it someone else: "Prince Harry", "Uncle Max", and the
 * ranks of police and council ("PC Dai Evans", "Sgt Evans", "Cllr Jo Hart"). */
export const OTHER_PERSON_TITLES = () => nonPupilSet('other-person-titles');

/** Capitalised words that may stand next to a name without being part of another name. */
export const CAPITALISED_NEIGHBOURS: ReadonlySet<string> = new Set(
  `i year yr reception nursery class group mr mrs ms miss mx dr sir
  monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december
  today tonight tomorrow yesterday and or
  well done happy birthday congrats congratulations thanks thank shoutout shout love dear
  hi hello hey morning afternoon go bravo yay wow welcome little big proud star
  mum dad mummy daddy nan nana nanny grandad grandma`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words just before a name that point to a person: "well done X", "thanks X". */
export const NAME_CUES_BEFORE: readonly string[] = [
  'well done',
  'well done to',
  'congrats',
  'congrats to',
  'congratulations',
  'congratulations to',
  'shoutout',
  'shoutout to',
  'shout out to',
  'shout-out to',
  'thanks',
  'thanks to',
  'thank you',
  'thank you to',
  'happy birthday',
  'happy birthday to',
  'birthday',
  'little',
  'dear',
  'love you',
  'go',
  'bravo',
  'proud of',
  'so proud of',
  'welcome',
  'welcome to',
  'called',
  'named',
  'hi',
  'hello',
  'star of the week',
  'goes to',
  'separate',
  'with',
];

/** Words after a name that point to a person: "X in my class", "X's mum". */
export const NAME_CUES_AFTER: readonly string[] = [
  'in my class',
  'in our class',
  'in class',
  'in year',
  'in yr',
  'in reception',
  'in nursery',
  'in the nursery',
  'from my class',
  'from year',
  'from reception',
  'from nursery',
  'in my group',
  'thank you',
  'thanks',
  'well done',
  'happy birthday',
];

/** Nouns after a possessive name that make it a person: "Millie's mum". */
export const KIN_NOUNS: ReadonlySet<string> = new Set(
  'mum mummy mom mam dad daddy nan nana nanny gran granny grandma grandad grandpa grandparents parents family brother sister sisters brothers cousin twin uncle auntie aunt carer foster birthday party costume picture drawing work book reading writing face tooth teeth coat bag shoe shoes lunchbox'.split(
    ' ',
  ),
);

/** Nouns after a surname that make it a family: "the Kowalski family", "the King twins". */
export const FAMILY_NOUNS: ReadonlySet<string> = new Set(
  'family families twins triplets girls boys kids children house household home lot clan brothers sisters siblings parents'.split(
    ' ',
  ),
);

/** Words before a place name: "a trip to Jordan", "the Isle of Skye". */
export const PLACE_BEFORE: readonly string[] = [
  'trip to',
  'holiday in',
  'holidays in',
  'holiday to',
  'flight to',
  'flights to',
  'flew to',
  'fly to',
  'going to',
  'went to',
  'moving to',
  'moved to',
  'visit',
  'visiting',
  'visited',
  'isle of',
  'island of',
  'back from',
  'in',
  'on',
  'at',
  'near',
];

export const PRONOUNS: ReadonlySet<string> = new Set(
  'i you we they he she it who there someone anyone everyone nobody somebody everybody'.split(' '),
);

export const POSSESSIVES: ReadonlySet<string> = new Set('my your our their his her'.split(' '));

/** Capitalised words that follow or precede a pupil's name without being a surname or a
 * given name: school subjects, languages, sports and teams ("Jacob Maths champion",
 * "Aoife Spanish star", "Tomos Rugby"). */
export const SUBJECT_WORDS: ReadonlySet<string> = new Set(
  `maths math english science french spanish german welsh cymraeg polish urdu arabic italian
  mandarin latin punjabi bengali somali history geography art music drama dance pe re rs rse
  pshe computing ict dt technology biology chemistry physics reading writing spelling spellings
  phonics sport sports football rugby netball hockey cricket tennis swimming gymnastics
  athletics basketball rounders chess choir band orchestra team squad captain club house form
  year reception nursery juniors infants seniors gold silver bronze winner winners champion
  mvp potm`
    .split(/\s+/)
    .filter(Boolean),
);

/** Courses and places of study after a pupil's name in offers and results ("Maryam Leeds
 * Medicine", "Umar Teesside Nursing", "Kai Apprenticeship"): no surname, and they make the
 * capitalised word before them a university's town. (Not "University" or "College": a
 * name before those is the institution's, "Nottingham Trent University".) */
export const COURSE_WORDS: ReadonlySet<string> = new Set(
  `medicine law nursing midwifery dentistry pharmacy veterinary vet physiotherapy paramedic
  engineering eng civil mechanical electrical aerospace economics psychology sociology
  criminology philosophy politics theology classics anthropology architecture accounting
  accountancy business management marketing finance journalism media languages linguistics
  apprenticeship degree bsc msc hons`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that open a hashtag about a person ("#WellDoneGrace", "#HappyBirthdayNoah",
 * Welsh "#LlongyfarchiadauEfa" congratulations, "#PobLwcDewi" good luck, "#DiolchSeren"
 * thanks): the word after them is the person being cheered, not a surname. */
export const TAG_CUES: ReadonlySet<string> = new Set(
  `well done welldone go love happy birthday congrats congratulations proud thanks thank hi
  shoutout goodluck
  llongyfarchiadau pob lwc diolch penblwydd pen blwydd hapus iawn`
    .split(/\s+/)
    .filter(Boolean),
);
