// Attacks told by the shape of a sentence rather than an insult word (issue 9,
// a third school's posts): open-ended comparisons, an epithet tacked on after a
// comma, scare quotes, "imagine being…", mock congratulations on a failure.
// Regular-expression sources like acts.ts: each bounded, no nested unbounded repeats.

/** An emoji's first code unit (no `u` flag on the lists): high surrogates and dingbats. */
const EMOJI = '[\\ud83c-\\ud83e\\u2600-\\u27bf]';
/** What may follow a closing verdict: the end, a stop or an emoji. */
const CLOSES = `(?= *(?:[.!?]|${EMOJI}|$))`;
/** A quoted word or few, as staff mock a label ("open door policy", "lost"). */
const SCARE = '["\\u201c][a-z][^"\\u201c\\u201d]{0,40}["\\u201d]';

/** Name-calling and comparisons that insult wherever they stand. */
export const SHAPED_INSULTS = [
  // "the brains of a traffic cone": any object after "the brains of a".
  "(?:has|have|had|'s got|'ve got|'ve|with|got) (?:the )?(?:brains?|iq|intellect|attention span|common sense|emotional intelligence) of an? (?!(?:genius|professor|rocket scientist|scholar|einstein)\\b)[\\w-]+",
  '(?:should|ought to|needs? to|deserves? to) be (?:sacked|fired|struck off|locked up|named and shamed|shown the door|run out of town)',
  'run by (?:a )?(?:bunch of |pack of |load of )?(?:idiots|clowns|muppets|morons|children|amateurs|cowboys|crooks|sharks|chancers|accountants|bean ?counters|toddlers|headless chickens)',
  // Out of touch: "hasn't marked a book since 2009" (not the writer's own break).
  "(?<!\\b(?:i|we|i'?ve|we'?ve|i have|we have) )\\b(?:hasn'?t|haven'?t|hadn'?t|not) (?:\\w+ )?(?:taught|marked|planned|seen|been in|stepped in|set foot in|stood in front of) (?:a|an|one) (?:\\w+ )?since (?:\\d{4}|the \\d0s|the (?:dark ages|stone age|year dot)|forever|decades)",
  // "Half my form's parents couldn't spell it": a sweeping verdict on families or staff.
  "(?:half|most|loads|a lot|none) (?:of )?(?:[\\w']+ ){0,3}(?:parents|mums|dads|families|staff|teachers) (?:can'?t|cannot|couldn'?t|can barely|barely|could barely) (?:even )?(?:read|write|spell|count|speak)",
  // A mocking title: "Mr Charisma", "Professor Know-It-All", "Captain Clipboard".
  '(?:mr|mrs|miss|ms|lord|lady|saint|captain|professor) (?:charisma|personality|popular|perfect|know-it-all|important|high and mighty|clipboard|spreadsheet|jobsworth|motivator|sunshine|happy-?clappy)\\b',
];

/** Contempt that needs its target in the same clause; quiet near praise. */
export const SHAPED_WEAK = [
  "(?<!\\b(?:i|we|you) )\\b(?:barely|hardly|doesn'?t|don'?t|does not|do not|never) (?:even )?knows? what (?:she|he|they)(?:'s|'re| is| are) (?:doing|on about|talking about)",
  '(?<!\\bi )\\ball (?:[\\w-]+ ){1,2}and no (?!play\\b)[\\w-]+',
  "(?:is|are|'s|'re) (?:the (?:only |whole |main )?reason) (?:nothing|no ?one|nobody|staff (?:leave|quit)|people (?:leave|quit)|we (?:can'?t|lost|failed|never))",
  '(?:spends?|spent|spending) (?:his|her|their) (?:days|whole day|entire day|time|mornings|afternoons|lessons|free periods) (?:on (?:reddit|facebook|tiktok|instagram|youtube|ebay|amazon|twitter|(?:his|her|their) phone)|scrolling|browsing|shopping|gossiping|online)',
  "(?:is|are|'s|'re|was|like) (?:a |an )?walking (?!(?:bus|tour|group|boot|holiday|distance|route|trip|stick|club|frame|encyclop\\w*|dictionary|legend|miracle|inspiration|ray)\\b)[\\w-]+",
  "(?:is|are|'s|'re|was) (?:a |an )?(?:black hole|brick wall)",
  'where (?:\\w+ ){1,2}go(?:es)? to die',
  '(?:scrap(?:e|es|ed|ing)) (?:the (?:bottom of the )?barrel|(?:\\w+ )?off the (?:floor|street|pavement|bottom))',
  'bottom of the barrel',
  'bad (?:eggs?|apples?|lots?|stock|famil(?:y|ies)|parenting)',
  // "Geography, marking with a dartboard": judgement by chance.
  '(?:with|using|by throwing) (?:a )?(?:dartboard|darts|blindfold|ouija board|magic 8-?ball|coin toss)',
];

/** A one-word verdict tacked on after a comma: "…made a supply teacher cry, animals." */
export const TRAILING_EPITHETS = `, (?:absolute |utter |total |bloody )?(?:animals|savages|vultures|clowns|muppets|idiots|parasites|leeches|cowboys|amateurs|sharks|snakes|liars|crooks|jokers|morons|hypocrites|numpties|dinosaurs|weasels|rats)${CLOSES}`;

/** Sarcasm by shape: needs no complaint beside it; quiet near real praise. */
export const SHAPED_SARCASM = [
  // "Imagine being so idle that…", "imagine being the head and not knowing…".
  'imagine (?:being|having|getting) so [\\w-]+',
  "imagine (?:being|having) [^.!?]{1,60}? and (?:still |then )?(?:not|never|still|can'?t|couldn'?t)\\b",
  // A label in scare quotes, then what it really means.
  `(?:'s|s'|their|his|her|its|thinks?|thought) (?:new |latest |so-called )?${SCARE} (?:apparently |basically |actually |just |really |clearly )?(?:means|meant|translates as|amounts to)`,
  `idea of ${SCARE} is`,
  // "what are the primaries even doing", "what is the trust even for".
  '(?:what|who) (?:are|is|were|was|do|does|did) (?:the |they |she |he |our |these |those )?(?:\\w+ ){0,2}even (?:doing|for|teaching|thinking|paid for)',
  '(?:yet )?another (?:\\w+ )?(?:genius|brilliant|bright|inspired|groundbreaking|world-class) (?:idea|initiative|plan|scheme|policy|decision|email|memo|brainwave)',
  // Congratulations on a failure: "well done to X on managing to lose…".
  '(?:congratulations|congrats|well done|hats off|kudos|bravo|thanks|props|gold star|a medal)[^.!?]{0,60}? (?:managing|managed|finding a way) to (?:lose|break|forget|miss|set fire|burn|ruin|upset|crash|delete|flood|lock|wreck|mess|cock|double-book|misplace)',
  '(?<!\\bnot )\\b(?:truly|really|clearly|obviously|definitely) the (?:sharpest|brightest) (?:tool|knife|bulb|spark|crayon|button) in the (?:box|shed|drawer|pack|tin)',
];

/** Insinuation by shape (adults only): a verb in scare quotes, "that explains a lot". */
export const SHAPED_HINTS = [
  '["\\u201c](?:lost|forgot|forgotten|misplaced|mislaid|checked|investigated|consulted|listened|reviewed|missed|sick|ill|busy|working from home)["\\u201d]',
  '(?:that |which |this |it )?explains (?:a lot|everything|so much)',
  'says it all',
  'just asking (?:the )?questions?',
  'tells you (?:all|everything) you need to know',
  "(?:that'?s|it'?s|is|was) (?:no accident|deliberate|on purpose|not a coincidence|no coincidence)",
  "(?<!\\b(?:i|we|you) )\\bclearly (?:(?:can'?t|cannot|couldn'?t) (?:even )?(?:read|spell|count|write|organise|manage|plan|teach|run|lead|tell|remember|follow)|hasn'?t|hadn'?t|haven'?t|doesn'?t|didn'?t|never|has no|had no|knows? nothing)\\b",
];

/** Allegations of favouritism, fabrication and fraud in plain words. */
export const SHAPED_CLAIMS = [
  '(?:paid|pays|paying|bought|buys) (?:someone|somebody|them|him|her|people|the \\w+) off',
  '(?:bought|buys|faked|fake|bogus|dodgy) (?:(?:her|his|their|a) )?(?:degree|qualifications?|phd|masters|cv|references?)',
  '(?:absolute|total|complete|utter|what a|such a) scam',
  'daylight robbery',
  'rip-?off merchants?',
  'jobs for the (?:girls|lads|pals|cronies)',
  'cron(?:y|ies|yism)',
  '(?:gave|gives|giving|handed|hands|handing) (?:her|his|their) (?:best )?(?:mates?|friends?|pals?|husband|wife|son|daughter|niece|nephew|cousin) (?:the|a|that|this) (?:\\w+ ){0,2}(?:job|post|role|contract|promotion)',
  'made (?:it all|the rest|half of it|the whole thing|things|stuff|it) up(?! to\\b| for\\b| with\\b)',
];
