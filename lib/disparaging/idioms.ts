// More of staffroom English, by how it attacks without an insult word
// (issue 9, held-out recall). Regular-expression sources like acts.ts: each
// bounded, no nested unbounded repeats.

/** Idioms of incompetence: "couldn't organise a booze-up in a brewery". */
export const INCOMPETENCE = [
  '(?:booze|piss)-? ?up in a brewery',
  '(?:out of|from) a (?:wet )?paper bag',
  'with (?:his|her|their|its) shoes off',
  "(?:couldn'?t|can'?t|cannot|could not) count to (?:ten|10|twenty|20)(?! yet)",
  'teach (?:a|an) (?:dog|fish|cat|duck|parrot) to',
  "(?:wouldn'?t|would not|won'?t|will not) (?:last|survive|cope for) (?:a|one|two|five|ten|an|half an|half a) (?:day|week|hour|minute|minutes|lesson|term|morning) (?:in|at|with|on|teaching)",
  'if (?:his|her|their) li(?:fe|ves) depended on it',
  "couldn'?t find (?:his|her|their) (?:own )?(?:arse|backside|bum)",
  '(?:pour|get) water out of a boot',
  "(?:couldn'?t|can'?t|cannot|could not) (?:boil an egg|tie (?:his|her|their) (?:own )?(?:shoe)?laces|organise a sock drawer|find (?:a|the) door)",
  'hit a barn door',
  "wouldn'?t (?:know|recogni[sz]e|spot) (?:\\w+ ){1,3}if (?:it|they|she|he) (?:hit|bit|slapped|smacked|kicked)",
];

/** Contempt for whole groups of pupils or families, in plain words. */
export const SWEEPING = [
  "(?:shouldn'?t|should not|should never) be allowed (?:to )?(?:breed|reproduce|have (?:kids|children|a child))",
  '(?:just |simply )?born (?:naughty|bad|evil|thick|stupid|wrong|feral|criminals?|troublemakers?|useless|lazy)',
  "(?:half|most|loads|a lot) (?:of )?(?:them|these parents|these families|the (?:parents|mums|dads|families)|our (?:parents|families))(?: at the \\w+| round here| here)? (?:can'?t|cannot|couldn'?t|can barely|barely) (?:even )?(?:read|write|spell|count|speak)",
  "(?:who|they|parents|mums|dads|families) (?:can'?t|cannot|couldn'?t) even (?:be bothered|get|read|spell|write|dress|feed|manage|tie|turn up|remember|send|bring)",
  '(?:no surprises?|hardly surprising|not surprising|unsurprising(?:ly)?|what (?:do|did|can) you expect),? (?:given|with|from|considering) (?:the|their|them|those|that|parents|families|where|who)',
  "apple (?:doesn'?t|does not|never) fall far",
  "(?:think (?:we'?re|we are|school is|schools are|teachers are) (?:just )?(?:a |an |their )?|treat (?:us|school|the school|teachers) (?:like|as) (?:a |an |their )?|use (?:us|school|the school) (?:like|as) (?:a |an |their )?)(?:free |glorified |unpaid )?(?:babysit\\w*|child ?care|creche|nann(?:y|ies)|skivvies|servants)",
  'pathetic(?= *[.!]| *$)',
];

/** Dismissive labels for groups of professionals: "a bunch of nodding dogs". */
export const GROUP_LABELS = [
  '(?:bunch|collection|load|pack|gaggle|shower|band|herd|flock) of (?:\\w+ )?(?:suits|has-beens|wannabes|puppets|sheep)',
  'nodding dogs?',
  'box-?tickers?',
  'box-?ticking (?:exercise|merchants?|brigade|bureaucrats?|jobsworths?)',
  'has-beens',
  'know-it-alls?',
  'busybod(?:y|ies)',
  'sycophants?',
  'lap ?dogs?',
  'overpaid(?!\\?)',
  'failed (?:teachers?|heads?|headteachers?|leaders?)',
  'clipboard (?:brigade|warriors?|merchants?|monkeys?|wielders?)',
  'self-important',
  'ivory towers?',
  'never (?:set foot|been|worked) in a (?:real )?classroom',
];

/** Mocking how a parent or colleague looks, dresses or behaves. */
export const MOCKERY = [
  "(?:absolute |the )state of (?:her|him|them|his|their|that|those|these|the (?:\\w+ ){0,2}(?:teacher|head|deputy|mum|dad|parents?|ta|senco|class|kids|staff)(?:'s)?)",
  'imagine being (?:the|that|one of those) (?:\\w+ )?(?:parent|mum|dad|mother|father|teacher|head|ta|family) (?:who|that)',
  'spoil(?:t|ed) rotten',
];

/** Habits mocked that kindness can explain ("…in her slippers, bless her"): weak acts. */
export const MOCKING_HABITS = [
  '(?:turned up|turns up|rocked up|rocks up|came|comes) (?:to \\w+ )?(?:in|wearing) (?:her|his|their) (?:pyjamas|pjs|jammies|onesie|dressing gown|slippers)',
];

/** Allegations of wrongdoing without the usual markers. */
export const INSINUATIONS = [
  '(?:cooks?|cooked|cooking|fiddles|fudges?|fudged|fudging|massag(?:es|ed|ing)|doctor(?:s|ed|ing)|rigs|rigging) (?:the |their |his |her |our )?(?:attendance |exam |sats |test |progress |behaviour )?(?:books|figures|data|results|numbers|register|stats|statistics|marks)',
];

/** Insinuation markers ("if you know what I mean", a wink): a remark about an adult reads as an allegation. */
export const HINTS = [
  'if you know what i mean',
  'catch my drift',
  'read between the lines',
  'put two and two together',
  'funny,? that',
  'funnily enough',
  'what a coincidence',
  'coincidentally',
  'conveniently',
  'iykyk',
  'say no more',
  'nudge,? nudge',
  'wink,? wink',
  '😏',
  '🤫',
  'everyone knows',
  'we all know (?:why|how|what)',
  'ask me (?:why|how)',
  'i know (?:exactly )?why',
  'wonder (?:where|how (?:she|he|they) (?:afford|got|managed|paid))',
  'suddenly (?:has|have|got|gets|getting|landed|lands|won|wins|drives|driving|bought|buys|owns|can afford)(?: \\w+){0,3} (?:new|contract|car|job|promotion|role|post|money|cash|holidays?|extension|kitchen|house|bonus|pay ?rise|range rover|bmw|audi|tesla|mercedes|porsche|hot tub)',
  '(?:always|keeps?|somehow) (?:gets?|getting|got) (?:the )?(?:easy|cushy|nice|best|good) (?:groups?|classes|timetable|jobs?|duties|rooms?)',
];

/**
 * Allegations whose target is implied ("where the money went", "let that
 * woman near children"): they stand in as a target "someone" for claims only.
 */
export const IMPLIED_TARGETS = [
  'that (?:woman|man|bloke|lady|guy|fella)',
  '(?:wonder|know|ask|asking|tell me|guess|curious|idea)(?: (?:the |our |my |your )?(?:\\w+ ){0,2}\\w+)? where (?:\\w+ ){0,4}(?:money|cash|funds?|funding|donations?) (?:\\w+ )?(?:went|gone|ended up|disappeared|disappears)',
];

/** Claims that go with an implied target. */
export const IMPLIED_CLAIMS = [
  '(?:wonder|know|ask|asking|tell me|guess|curious|idea)(?: (?:the |our |my |your )?(?:\\w+ ){0,2}\\w+)? where (?:\\w+ ){0,4}(?:money|cash|funds?|funding|donations?) (?:\\w+ )?(?:went|gone|ended up|disappeared|disappears)',
  '(?:let|allow|allowed|lets|letting) (?:\\w+ ){1,3}(?:anywhere )?near (?:children|kids|pupils|a classroom|a school)',
];
