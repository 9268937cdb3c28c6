// Word lists for the contexts that make a listed word someone or something else,
// or make an ordinary word a name (data, read by context.ts and name-like.ts).

/** Words after a plant or thing name that make it the thing: "Rose garden", "Iris bulbs". */
export const THING_NOUNS_AFTER: ReadonlySet<string> = new Set(
  'flower flowers garden gardens bush bushes bulb bulbs seed seeds petal petals leaf leaves plant plants bed beds tree trees hedge hedges vine vines bouquet bouquets pot pots tea oil perfume wallpaper print pattern service services singing singers concert carols'.split(
    ' ',
  ),
);

/** Verbs of plants and things, not of children: "Ivy is growing up the wall". */
export const THING_VERBS: ReadonlySet<string> = new Set(
  'grow grows growing grew grown bloom blooms blooming bloomed flower flowers flowering flowered blossom blossoms blossoming wilt wilts wilting wilted climbs climbing spreads spreading smells'.split(
    ' ',
  ),
);

/** The writer's own (or a friend's) family: "my son Oscar", "our niece Summer". */
export const OWN_FAMILY_NOUNS: ReadonlySet<string> = new Set(
  'son sons daughter daughters niece nieces nephew nephews godson goddaughter godchild grandson granddaughter grandchild grandkid stepson stepdaughter husband wife partner boyfriend girlfriend fiance fiancee'.split(
    ' ',
  ),
);
/** Words that may stand between a possessive and a family noun: "my own son", "her little brother",
 * "my wee sister" (Scots and Ulster "little"). */
export const FAMILY_ADJECTIVES: ReadonlySet<string> = new Set(
  'own eldest oldest youngest little wee baby big older younger new twin'.split(' '),
);

/** Pets, toys and mascots often carry children's names: "my dog Max", "the class teddy, Ruby". */
export const PET_TOY_NOUNS: ReadonlySet<string> = new Set(
  'doll dolly teddy bear puppet dog puppy cat kitten hamster rabbit bunny gerbil guinea tortoise pony horse toy mascot goldfish fish budgie parrot snake lizard chicken chickens hen pig frog toad tadpole newt snail worm caterpillar ladybird spider duck duckling lamb goat ferret mouse rat axolotl'.split(
    ' ',
  ),
);

/** Cues strong enough to make even a lower-case ordinary word a name: "well done baker". */
export const PRAISE_CUES: readonly string[] = [
  'well done',
  'well done to',
  'shout out to',
  'shoutout to',
  'shout-out to',
  'congrats to',
  'congratulations to',
  'happy birthday',
  'happy birthday to',
  'so proud of',
  'bravo',
];

/** Words before a single name that read as a place: "holiday in Holland", "back from Jordan". */
export const PLACE_WORDS_BEFORE: ReadonlySet<string> = new Set(
  'in from visit visiting visited near across around via'.split(' '),
);

/** Words that make "Name you are …" praise spoken to someone: "Dawn you are a legend". */
export const COMPLIMENT_WORDS: ReadonlySet<string> = new Set(
  'legend legends star superstar hero heroine angel gem diamond rock lifesaver saint queen king genius treasure godsend marvel absolute amazing brilliant wonderful fabulous fab incredible awesome best'.split(
    ' ',
  ),
);

/** An adult organisation or role after "from" makes a lone first name an adult, not a
 * pupil: "Chloe from the supply agency", "Lucy from HR", "Sam from the trust", "Jo from the
 * corner café", "Sam from the mosque committee", a service that visits schools ("Jo from
 * the speech and language team", "Dai from the music service", "Nia from Menter Iaith")
 * (a pupil comes from 10B or Rowan class, never from a café, a committee or a service;
 * "the netball team" is no service). Up to two
 * words may qualify it ("the academy trust"); a year group or class never does. */
export const ADULT_AFFILIATION_AFTER =
  /^[ \t]+from (?:the |our |my |their |a |an )?(?:(?!(?:[Yy]ear|[Cc]lass|[Rr]eception|[Nn]ursery)\b)[\p{L}-]+ ){0,2}?(?:(?:HR|PTA|PTFA|LA|IT|MAT|DfE|NHS|HMRC|SLT|NEU|NASUWT|Ofsted|OFSTED|CAMHS|SALT|NSPCC|RSPCA|RSPB|RNLI|YMCA|BBC|ITV|S4C)\b|(?:[Ss]peech (?:and|&) [Ll]anguage|[Oo]ccupational [Tt]herapy|[Pp]hysio(?:therapy)?|OT|EPS?|[Ee]d(?:ucational)? [Pp]sych(?:ology)?|[Oo]utreach|[Ii]nclusion|[Ss]ensory|[Aa]utism|[Ee]arly [Hh]elp|[Ff]amily [Ss]upport|[Ss]afeguarding|[Aa]ttendance|[Bb]ehaviour [Ss]upport|[Ss]ocial [Cc]are|[Ss]chool [Nn]urs(?:e|ing)|[Hh]ealth [Vv]isiting|[Cc]atering|[Tt]ech|[Ee]states?|[Pp]remises|[Tt]ransport|[Aa]dmissions|[Mm]usic|[Yy]outh|[Ff]ire|[Aa]mbulance) (?:[Tt]eam|[Ss]ervices?)\b|[Mm]enter [Ii]aith|[Mm]udiad [Mm]eithrin|[Uu]rdd\b|[Bb]arnardo['’]s|[Oo]xfam|[Aa]ge UK|[Ss]ustrans|[Bb]ikeability|(?:[Aa]gency|[Tt]rust|[Cc]ouncil|[Ll]ocal [Aa]uthority|[Oo]ffice|[Bb]ank|[Gg]arage|[Uu]nion|[Dd]iocese|[Gg]overnors|[Gg]overning body|[Pp]ayroll|[Ff]inance|[Aa]dmin|[Ss]urgery|[Pp]harmacy|[Hh]ospital|[Ww]ork|[Uu]ni|[Uu]niversity|[Gg]ym|[Ss]alon|[Cc]hurch|[Cc]hoir|[Bb]ook club|[Ee]state agents?|[Ii]nsurance|[Ee]nergy company|[Hh]elpdesk|[Hh]elp desk|[Ss]upport desk|[Cc]af[eé]|[Ss]hop|[Cc]ommittee|[Cc]harity|[Pp]arish|[Mm]osque|[Gg]urdwara|[Tt]emple|[Ss]ynagogue|[Mm]useum|[Ll]ibrary|[Pp]olice|[Cc]ompany|[Ff]irm|[Cc]entre|[Ff]oundation|[Aa]ssociation|[Ss]ociety|[Cc]linic|[Hh]ealth [Bb]oard)(?![\p{L}\d_]))/u;

/** Peoples and languages that are one edit from a surname ("Scots" ~ Scott): never a typo. */
export const DEMONYMS: ReadonlySet<string> = new Set(
  'scots scot scotch brits brit welsh irish gaels gael celts celt picts danes dane swedes finns poles czechs slovaks serbs croats greeks turks thais kurds arabs jews sikhs hindus'.split(
    ' ',
  ),
);
