// What marks a post as about the writer's home life rather than school (data, read by
// rules/family.ts): a family group the writer owns ("my two", "the grandkids", "my own
// two"), an age or birthday reached, and the school talk whose absence lets "our Tom" be
// the writer's own. Patterns are sources (case-insensitive), shipped in data/checker-data.json
// (non-pupil-data.ts) and compiled on first use (non-pupil-lists.ts).

/** Words of school and work: any of them in a post makes "our X" and "my two" a class's. */
export const SCHOOL_TALK = String.raw`\b(?:schools?|class(?:es|room)?|pupils?|students?|year ?\d{1,2}|yr ?\d{1,2}|y\d{1,2}|p[1-7]|s[1-6]|ks[1-5]|eyfs|reception|nursery|pre-?school|form|tutor(?:ing|ee)?s?|lessons?|assembly|register|playground|homework|display|teachers?|miss|mrs|mr|sir|head ?teacher|sats|gcses?|mocks?|term|half[- ]term|placement|team|squad|club|group|setting|staff(?:room)?|colleagues?|trip|parents['’]? evening|sports day|star of the week|well done|proud of (?:my|our) (?:class|kids|pupils|children))\b`;

/** A group of the writer's own children or relatives, before or around the names. Strong
 * alone: "my own", grandchildren, nieces and nephews, "my twins". */
export const OWN_GROUP_STRONG = String.raw`\b(?:(?:my|our)[ \t]+own[ \t]+(?:two|three|four|kids|children|babies|little ones|boys|girls)|(?:my|our|the)[ \t]+(?:(?:gorgeous|beautiful|lovely|little|wee|two|three)[ \t]+)?(?:grandkids|grandchildren|grandsons|granddaughters|grandbabies|nieces|nephews|twins))\b`;

/** Weaker: "my two", "my kids", "my babies", which a teacher may say of a class, so they
 * count only beside an age or a birthday ("my two are 4 today!!"). */
export const OWN_GROUP_WEAK = String.raw`\b(?:my|our)[ \t]+(?:two|three|four|kids|children|babies|little ones|boys|girls)\b`;
export const AGE_REACHED = String.raw`\b(?:(?:are|is|turn(?:ed|s)?|turning) \d{1,2}(?: today| tomorrow)?\b|b(?:irth)?days?\b|bday)`;

/** How a post says the named person is the writer's own at home: "me and our Liv",
 * an adult's age ("(28 and still borrowing my clothes)"), a relative who is proud, and a
 * grown-up's milestones: "our Jade's passed her driving test", "our Kayleigh got engaged",
 * "our Dan graduated", "our Beth's expecting". */
export const HOME_LIFE = String.raw`\b(?:me and our|driving test|(?:got|getting|is|just) engaged|engagement|wedding dress|graduat(?:ed|ion)|pregnant|expecting (?:a baby|twins|again)|moved out|first (?:flat|house|home)|proud (?:auntie|aunty|nan|nana|nanna|grandma|grandad|mam|mum|dad|uncle|sister|brother)|(?:his|her) (?:dad|mum|mam|da|wife|husband|girlfriend|boyfriend|fianc[eé]e?|missus)\b|night shifts?|mortgage|pints?\b)|\((?:1[89]|[2-9]\d)\b`;

/** Words of love and praise a relative puts before family ("my gorgeous nieces"); the
 * lexicon lacks some ("gorgeous"), so they are listed. */
export const FAMILY_PRAISE: readonly string[] =
  'gorgeous beautiful lovely amazing wonderful cheeky precious darling favourite beloved fab fabulous special clever handsome bonny bonnie crazy mad lil'.split(
    ' ',
  );
