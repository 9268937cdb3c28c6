// Word lists for the general child-reference step (child-context.ts): what, in the words
// around a given name on no list, presents it as a child known through work, and what
// makes it an adult, the writer's own family or someone else (data, each cue with an id).
// Phrases are lower-case words as the name tokens fold them ("can't" is "can't"). They ship
// with the word data in data/checker-data.json (CHILD_CONTEXT_WORDS, at the end), not inside
// background.js; the rule ids the step gives are in child-context.ts.
import type { ChildContextWords, ContextCue } from './child-context-shape';

/** Cues, tried in order; the first that holds names the rule. */
const CONTEXT_CUES: readonly ContextCue[] = [
  // Joining the school or setting: "looking forward to meeting Tobiah, who joins us", "her
  // name's Marnie, she starts Tuesday", "our newest Reception starters – Cormac", "a new face – Ezra-Lee".
  {
    id: 'child-reference/context-joining',
    // "New arrival in Year 3 on Monday, Yaroslav": a child arriving mid-year.
    before: [
      'welcome',
      'welcome to',
      'welcomed',
      'welcoming',
      'starter',
      'starters',
      'new face',
      'new arrival',
      'new arrivals',
    ],
    after: [
      'joins',
      'joined',
      'joining',
      'will join',
      'will be joining',
      'starts',
      'starting',
      // "Welcoming Amani and Lenny who start with us after half term": plural, and after a list.
      'who start',
      'start with us',
      'settled',
      'settling',
      'moving up',
      'moves up',
      'new to',
    ],
    reach: 5,
  },
  // A club or team's children: "Goals Tyrese, Kobe", "MOTM Brayden", "their no.9 Frankie",
  // "Trial day Leo", "shoutout to Mia who finally did a forward roll".
  {
    id: 'child-reference/context-team',
    before: [
      'goals',
      'goal',
      'scorer',
      'scorers',
      'motm',
      'potm',
      'player of the match',
      'man of the match',
      'players of the match',
      // Only before a shirt number ("their no.9 Frankie"): the caller checks the digit.
      'no',
      'number',
      'trial day',
      'trials',
      'shoutout to',
      'shout out to',
      'shout-out to',
      'big shout out to',
    ],
    after: ['scored', 'scores', 'netted', 'in goal', 'stepping up', 'saved a'],
    // "Player of the match went to their centre, Aaliyah".
    reach: 5,
  },
  // A pupil's sibling: "his big brother Sonny", "Tyrese's little brother Kai", "baby Niamh-Rose",
  // "Tobi (Blessing's big brother)". The kin word needs a possessive before it (checked).
  {
    id: 'child-reference/context-sibling',
    before: ['brother', 'sister', 'brothers', 'sisters', 'sibling', 'cousin', 'twin', 'baby'],
    after: ['brother', 'sister', 'cousin', 'twin'],
    // "Alistair (Noah Young's big brother)": a full name and an adjective before the kin word.
    reach: 4,
  },
  // A child noun beside the name: "wee Kayden", "toddler Ezekiel", "one of our little day
  // boys, Reuben", "Kayden, a boy from my first placement".
  {
    id: 'child-reference/context-child-word',
    before: [
      'little',
      'wee',
      'young',
      'toddler',
      'boy',
      'girl',
      'boys',
      'girls',
      'lad',
      'lass',
      // "a six-year-old called Arlo" (the hyphens split it into words).
      'year old called',
      'year old named',
      // "little" in the languages staff write in, as the words fold: "A pequena Kauane do 3º
      // ano" (Portuguese), "la pequeña Lucía" (Spanish), "mała Zosia" (Polish), "micul Andrei"
      // (Romanian).
      'pequena',
      'pequeno',
      'mala',
      'maly',
      'mica',
      'micul',
    ],
    after: [
      'a boy',
      'a girl',
      'a little',
      'a wee',
      'a toddler',
      'a young lad',
      'a young girl',
      // "Zainab, a Year 2 pupil at our linked infant school": a class or a pupil's word after.
      'a year',
      'a pupil',
      'a young carer',
      'a reception',
      'a nursery',
      // "Thinking of Darcey and her little brothers": a child with younger siblings of her own.
      'and her little',
      'and his little',
      'and her baby',
      'and his baby',
    ],
    reach: 2,
  },
  // Visiting children: "our young visitor from Lanivet, Edie", "exchange student Pablo".
  {
    id: 'child-reference/context-visiting',
    before: [
      'young visitor',
      'young visitors',
      'little visitor',
      'exchange student',
      'exchange pupil',
      'exchange partner',
      'exchange students',
      'exchange pupils',
      'exchange partners',
    ],
    reach: 5,
  },
  // Children met through work before: "My tutee Ellis", "Maddison in that Year 2 class",
  // "my old placement had a similar duo – Kai and Brody", "bumped into Tayla from my old school".
  {
    id: 'child-reference/context-past-work',
    before: ['tutee', 'tutees', 'placement', 'old school', 'old class', 'a young man called'],
    after: [
      'in that year',
      'in that class',
      'from my old',
      'in my old',
      'from my placement',
      'used to be in my',
      'who i taught',
      'i used to teach',
      'i taught',
    ],
    reach: 6,
  },
];

/** The writer's school, named after a relative's or neighbour's child: "my niece Ottilie
 * starts at ours in September", "my neighbour's boy Jem is in my class". Such a child is
 * known through work as well as at home; the writer's own children are not (OWN_CHILD). */
const AT_OUR_SCHOOL: readonly string[] = [
  'at ours',
  'at our school',
  'at my school',
  'in my class',
  'in our class',
  'in my group',
  'in my form',
  'in my tutor group',
  'joins us',
  'joining us',
  'starts with us',
  'start with us',
  'starting with us',
];

/** Children's settings: a name in the same sentence doing something there is a child
 * ("Holiday club: Kacey and Jude built a den", "swim session today and Wiktor swam a width"). */
const CHILD_SETTINGS: readonly string[] = [
  'holiday club',
  'forest school',
  'breakfast club',
  'after school club',
  'homework club',
  'swim session',
  'exchange week',
  'exchange trip',
  'exchange visit',
  'swimming session',
  'swimming lesson',
  'swimming lessons',
  'soft play',
  'stay and play',
  'messy play',
  'playgroup',
  'toddler group',
  'rhyme time',
  'story time',
  'circle time',
  'wraparound',
  // "Transition visit from Brook Lane Infants: Reggie-Ray and Aurora met their new teacher".
  'transition visit',
  'transition day',
  'transition morning',
  'taster day',
  'induction day',
  // "Holiday camp U9s were unreal today. Roman and Devon didn't stop running": camps and
  // uniformed groups for children are settings too.
  'holiday camp',
  'sports camp',
  'football camp',
  'summer camp',
  'youth club',
  'beavers',
  'cubs',
  'brownies',
  'rainbows',
];
/** Verbs of the adults who run a setting, straight after the name: "Sharon ran the craft table". */
const STAFF_VERBS: readonly string[] =
  'ran runs led leads organised organises supervised volunteered taught teaches covered helped set planned'.split(
    ' ',
  );

/** A child from another school or setting: "Sophia from Holy Martyrs", "Mason and Leighton
 * from the Aberfeldy primary", "Kyle from Callington college": after "from" or "at", a
 * capitalised name or one of these words within a few words. */
// Not "nursery", "club" or "playgroup": "Gemma from Little Acorns Nursery" is staff there.
// "Tiegan and Bailey from the juniors up the road": a junior or infant school.
const SETTING_WORDS: readonly string[] =
  'primary primaries school schools college academy high grammar ysgol gaelscoil juniors infants'.split(
    ' ',
  );

/** Without a school word in the place's name, "from Holy Martyrs" is a child only in a post
 * about children of several schools meeting: a joint lesson, an exchange, a match. */
const ELSEWHERE_DOMAIN_WORDS: readonly string[] =
  `schools primaries joint partner exchange cluster tournament match fixture festival transition
  buddies opposition opponents visiting holiday keeper goalkeeper`
    .split(/\s+/)
    .filter(Boolean);

/** Before the name, thanks or a farewell: said of adults far more than of children on no list
 * ("Thanks to Gemma from Little Acorns", "Welcome back to Jess", "Welcome to the world baby
 * Freddie", a colleague's newborn). The candidate is left quiet as an adult. */
const ADULT_BEFORE: readonly string[] = [
  'thanks to',
  'thank you to',
  'thanks',
  'thank you',
  'grateful to',
  'welcome back',
  'welcome back to',
  'welcome to the world',
  'welcome to baby',
  'welcome baby',
  'farewell to',
  'goodbye to',
  'retirement',
];

/** Verbs after the name of adult work for the school: "Declan … who ran our football club",
 * "Malorie … who read from her new book". */
const ADULT_DOING_AFTER: readonly string[] = [
  'who ran',
  'who coached',
  'who coaches',
  'who teaches',
  'who taught',
  'who trained',
  'who manages',
  'who managed',
  'who volunteers',
  'who runs',
  'who organised',
  'who delivered',
  'who led',
  'who hosted',
  'who donated',
  'who sponsored',
  'read from her',
  'read from his',
  'from her new book',
  'from his new book',
  'talked to the',
  'spoke to the',
  'for the loan',
  'for lending',
  'for organising',
  'for running',
  'for donating',
  'maternity leave',
];

/** "little" in the languages staff write in, as the words fold ("A pequena Kauane do 3º ano",
 * "mała Zosia"): a word no list knows after one is a child's name, not more of that language. */
const LITTLE_ELSEWHERE: readonly string[] =
  'pequena pequeno pequenita pequenito mala maly mica micul mazas maza'.split(' ');

/** A team cue ("scored", "MOTM") counts only in a post about children's sport or a club:
 * "Zieliński nearly scored against us" while watching Wales is a footballer. */
const TEAM_DOMAIN_WORDS: readonly string[] = `club clubs training juniors holiday camp squad`
  .split(/\s+/)
  .filter(Boolean);

/** Words before a word the lexicon lacks that make it a place: "in Crieff", "at Asda". */
const PLACE_LINKS: readonly string[] =
  'in at from near outside around across via v vs versus visit visiting visited'.split(' ');

/** Words after which even a given name is a place: "in Kent", "near Derry", "at Stanley". */
const PLACE_ONLY_LINKS: readonly string[] = 'in at near outside around across via'.split(' ');

/** "goes to Crowford", "moved to Ashdown": "to" is a place link only after going (not in
 * "shout out to Tyrell", "well done to Kayden"). */
const MOVING_TO: readonly string[] =
  'go goes going went gone move moves moving moved trip trips travel travelled travelling back off headed heading'.split(
    ' ',
  );

/** A staff team named in the rest of the sentence ("Emma joins the office team"): only before
 * "team" or "staff", since children help in the kitchen and take the register to the office. */
const STAFF_TEAMS: readonly string[] =
  'office kitchen site admin slt leadership catering cleaning premises senior'.split(' ');

/** Words before the link that make the next word a person after all: "goals from Cassius". */
const PERSON_BEFORE_LINK: readonly string[] =
  'goal goals assist assists effort question questions card cards letter letters message help'.split(
    ' ',
  );

/** The post is about work with children: without one of these somewhere, no context cue
 * counts ("shout out to Mia" in a post about a pub quiz). Year groups and club age groups
 * are matched by pattern (child-context.ts). */
const CHILD_DOMAIN_WORDS: readonly string[] =
  `school schools class classes pupil pupils student students kids children child kiddos
  youngsters juniors nursery reception tutee tutees tutor tutoring placement club clubs
  team squad training match matches league fixture tournament assembly playground lesson lessons
  classroom trip visit visitors exchange college uln upn pru buddies primary primaries preschool playgroup boarder boarders boarding parents families transition swim swimming session sessions
  holiday camp scouts cubs brownies guides rainbows beavers eyfs family
  tutored tuition ehcp iep academy escola escuela colegio szkoła szkola przedszkole mokykla
  școală scoala ysgol`
    .split(/\s+/)
    .filter(Boolean);

/** Words that make the named person an adult when they stand next to the name: "our TA
 * Jo", "Sarah the cook", "Dan (Kai's dad)". A possessive name before them ("Kai's dad") is
 * the child, so that reading is checked by the caller. */
const ADULT_WORDS: readonly string[] =
  `mum mam mom mummy dad daddy mother father parent parents carer teacher teachers head
  headteacher headmaster headmistress deputy ta tas hlta colleague colleagues staff governor
  governors manager author illustrator chef cook nurse midwife doctor lady woman gentleman
  husband wife partner boyfriend girlfriend auntie aunty aunt uncle nan nana nanny gran granny
  grandma grandad grandpa mr mrs miss ms mx dr sir volunteer volunteers caretaker officer pc
  vicar rev reverend councillor cllr mp speaker director ceo coach coaches ref referee
  receptionist bursar senco lecturer professor mentor tutor leader engineer plumber
  electrician builder technician driver contractor rep`
    .split(/\s+/)
    .filter(Boolean);

/** Jobs that make the named person an adult anywhere in the rest of the sentence: "Welcome to
 * Priya, who joins us as our new SENCo", "shout out to Dolores and the kitchen team". Family
 * words and titles count only beside the name ("who joins Mrs Patel's class", "came with her
 * mum" say nothing of the name). */
const ADULT_ROLE_WORDS: readonly string[] =
  `teacher head headteacher deputy ta hlta colleague staff governor manager author illustrator
  chef cook nurse midwife doctor volunteer caretaker officer vicar councillor speaker director
  coach referee receptionist bursar senco lecturer professor mentor engineer plumber electrician
  builder technician driver contractor supervisor assistant apprentice trainee intern librarian
  practitioner cleaner counsellor therapist psychologist chaplain instructor coordinator
  administrator secretary`
    .split(/\s+/)
    .filter(Boolean);

/** A pupil's record through the name's possessive: "Transfer file had Kayden's UPN as …",
 * "Tia's EHCP review". Records of these kinds are kept for children only. */
const RECORD_WORDS: readonly string[] = ['upn', 'uln', 'ehcp', 'iep'];

/** A player's position after another side's possessive: "the St Oliver's captain Darcy",
 * "their keeper Femi". In a post about work with children, the other team's child; ours are
 * on the list. Not "our captain Leah" (ours, listed or staff) nor "England captain …". */
const POSITION_WORDS: readonly string[] =
  'captain skipper keeper goalie goalkeeper striker defender midfielder winger'.split(' ');

/** One child described before the name, which stands apart after it: "Coached a Y5 lad
 * from Holy Cross at the borough games today, Reuben, serious talent", "One of my Saturday
 * lot, Deacon, …", "Met a Year 6 young carer at Gallow Heath today, Lexi-Mae". The noun
 * needs "a", "an" or "one" a few words before it ("the girls, Zara" is not one child);
 * "carer" counts only after "young". */
const ONE_CHILD_NOUNS: readonly string[] =
  'lad lass boy girl pupil tutee child kid kiddo youngster teen teenager lot regulars carer'.split(
    ' ',
  );

/** Tutoring or a placement in the name's sentence, or in the one before for a name opening
 * its own, with the name doing something: "Tutoring slot free now that Kelsey has finished
 * her 11+ prep", "Marked my tutee's practice paper. Oisin has gone from 42% to 71%". */
const PAST_WORK_WORDS: readonly string[] = 'tutee tutees tutoring tutored tuition'.split(' ');
/** Verbs after such a name beside the done verbs: "Kelsey has finished", "Oisin is …". */
const AUXILIARY_AFTER: readonly string[] = 'has had is was passed got gets did does'.split(' ');

/** The lists as they ship (child-context-lists.ts reads them). */
export const CHILD_CONTEXT_WORDS: ChildContextWords = {
  cues: CONTEXT_CUES,
  phrases: {
    atOurSchool: AT_OUR_SCHOOL,
    childSettings: CHILD_SETTINGS,
    adultBefore: ADULT_BEFORE,
    adultDoingAfter: ADULT_DOING_AFTER,
  },
  words: {
    staffVerbs: STAFF_VERBS,
    settingWords: SETTING_WORDS,
    elsewhereDomainWords: ELSEWHERE_DOMAIN_WORDS,
    littleElsewhere: LITTLE_ELSEWHERE,
    teamDomainWords: TEAM_DOMAIN_WORDS,
    placeLinks: PLACE_LINKS,
    placeOnlyLinks: PLACE_ONLY_LINKS,
    movingTo: MOVING_TO,
    staffTeams: STAFF_TEAMS,
    personBeforeLink: PERSON_BEFORE_LINK,
    childDomainWords: CHILD_DOMAIN_WORDS,
    adultWords: ADULT_WORDS,
    adultRoleWords: ADULT_ROLE_WORDS,
    recordWords: RECORD_WORDS,
    positionWords: POSITION_WORDS,
    oneChildNouns: ONE_CHILD_NOUNS,
    pastWorkWords: PAST_WORK_WORDS,
    auxiliaryAfter: AUXILIARY_AFTER,
  },
};
