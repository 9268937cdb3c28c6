// What an attack sounds like in staffroom English. Regular-expression sources,
// matched case-insensitively at word boundaries, grouped by how much they need
// before they count:
// - insult: name-calling and contempt that is rarely anything else;
// - scorn: words said of people and of things alike ("is a joke", "is
//   useless"); quiet when they are about a thing or stand before a noun;
// - weak: words that are also praise or plain description ("a nightmare",
//   "wild", "the worst"); they count only beside a target, with no praise near;
// - jibe: a phrase that ends before the noun it governs ("is the reason
//   nothing works"): like weak, but never taken for a remark about that noun;
// - claim: allegations of wrongdoing that could be defamatory (clauses 3.3, 3.4);
// - hint: insinuation markers ("funny how…", "not saying… but") that make a
//   remark about an adult or organisation read as an allegation;
// - sarcasm: mock praise aimed at a target;
// - mock: sarcasm that needs no complaint ("our glorious leaders");
// - irony: praise words that mock only beside a complaint (irony.ts).
import { GROUP_LABELS, HINTS, INCOMPETENCE, MOCKERY, MOCKING_HABITS, SWEEPING } from './idioms';
import { CLAIMS } from './claims';
import {
  SHAPED_CLAIMS,
  SHAPED_HINTS,
  SHAPED_INSULTS,
  SHAPED_SARCASM,
  SHAPED_WEAK,
  TRAILING_EPITHETS,
} from './shapes';
import { MOCK_PRAISE, STRONG_SARCASM } from './irony';
import {
  BITTER_THANKS,
  CONTEMPT_ADJECTIVES,
  DESCRIBED_PEOPLE,
  THE_EPITHETS,
  BUNCH_OF,
  CLOSING_VERDICTS,
  CONTEMPT_EMOJI,
  CONTEMPT_SHAPES,
  DOOM,
  FAILING,
  SUPERLATIVES,
  EYE_ROLLS,
  MORE_EPITHETS,
  MORE_INSULT_NOUNS,
  MORE_PERSON_TRAITS,
  OLD_BAGS,
  SLACKING,
} from './vocabulary';

export type ActKind =
  'insult' | 'scorn' | 'weak' | 'jibe' | 'claim' | 'hint' | 'sarcasm' | 'mock' | 'irony';

/** Name-calling that is an insult wherever it stands. */
const INSULT_NOUNS =
  '(?:idiots?|nutters?|nutjobs?|psychos?|bull(?:y|ies)|jobsworths?|narcissists?|creeps?|creepy|scum(?:bags?)?|brats?|slobs?|meatheads?|morons?|imbeciles?|cretins?|halfwits?|dimwits?|numpt(?:y|ies)|plonkers?|prats?|twats?|pillocks?|wasters?|layabouts?|losers?|chavs?|scruffs?|thugs?|lowlifes?|yes-(?:wo)?m[ae]n|crooks?|cheats?|gossips?|dead ?wood|dead weight|headcases?|weirdos?|lunatics?|maniacs?|battle-?axe|old bag|bitch(?:es)?|slags?|wet lettuce|(?:silly|stupid|lazy|two-faced|miserable|nasty|old|fat|horrible) (?:cow|moo|git|sod|mare|bat)|gits?|pain in the (?:arse|backside|neck|bum)|retards?|retarded|dickheads?|knobheads?|tossers?|wankers?|gobshites?|sh[i*]ts?|little sods|sods?|scroungers?|toerags?|liars?|frauds?|cowards?|hypocrites?|tyrants?|dictators?|control freak|power trip|pen[- ]pushers?|(?:nasty )?piece of work|bean ?counters?|waste of (?:space|oxygen|skin|a salary|money))';

/** Words that insult only when said of someone: "she's a snake", not "the kids held a snake". */
const EPITHETS =
  '(?:clowns?|muppets?|snakes?|animals|monsters?|pigs?|rats?|sheep|leeches|vultures|parasites?|vermin|trash|rabble|savages?|dinosaurs?|dragons?|witch(?:es)?|cows?|spanners?|thieves|thief|cowboys|amateurs|jokers|freaks?|joke|shambles|dump|con|farce|liabilit(?:y|ies)|embarrassment|disgrace|rubbish)';
/** The same, but also said fondly ("my little monsters"): quiet when praise is near. */
const FOND_EPITHETS =
  '(?:animals|monsters?|gremlins?|devils?|menaces?|nightmares?|terrors?|circus|zoo|feral)';
const SAID_OF = `(?:(?:is|are|r|was|were|'s|'re|been|being|be|like|acting like|behaving like|bunch of|pack of|load of|another|such)(?: so| really| completely| totally| just| utterly| absolutely| a bit)?(?: an?| the| such an?)?|absolute|total|complete|utter|right|proper)(?: absolute| total| complete| utter| actual| proper| little| right| real| bloody| massive| lying| sneaky| useless| spoilt| spoiled| feral|${CONTEMPT_ADJECTIVES}){0,2}`;

/** Adjectives for people more than things, used before a person or after "is". */
const PERSON_TRAITS =
  '(?:lazy|glorified|bone idle|entitled(?! to)|insufferable|unprofessional|petty|sneaky|snide|spiteful|deluded|incompetent|clueless|gormless|brainless|spineless|gutless|spoil(?:t|ed)(?! for)|two-faced|money-grabbing|jumped-up|power-mad|ignorant|arrogant|smug|rude|selfish|feckless|inept|vindictive|corrupt|crooked|obnoxious|thick-skulled|pig-ignorant|dim-witted|lazier|laziest|stupidest|thickest|common as muck)';

/** Adjectives that also describe things ("thick coats", "a nasty fall"): only after "is" and the like. */
const THING_TRAITS =
  '(?:useless|thick|dense|stupid|dim|dumb|pathetic|vile|evil|nasty|hopeless|disgusting|repulsive|scruffy|filthy|smelly|stinking|ugly|gross|trashy|slimy|shifty|dodgy|shady|vicious|sly|embarrassing)';
const COPULA =
  "(?:is|are|r|was|were|'s|'re|been|being|so|too|such|really|proper|bloody|utterly|completely|totally|absolutely)";

export const ACTS: Record<ActKind, string[]> = {
  insult: [
    INSULT_NOUNS,
    PERSON_TRAITS,
    MORE_INSULT_NOUNS,
    MORE_PERSON_TRAITS,
    OLD_BAGS,
    `${THING_TRAITS} ${DESCRIBED_PEOPLE}`,
    THE_EPITHETS,
    ...CONTEMPT_SHAPES,
    'thick as (?!thieves)(?:two short planks|mud|pig muck|a brick|(?:a |two )?\\w+)',
    '(?:worse than useless|as much use as|about as (?:useful|helpful|sharp|bright|clever|much use|effective|reliable|competent|supportive|organised) as|not the (?:sharpest|brightest)|lights are on but|few (?:sandwiches|bricks|fries) short|one brain ?cell|brain of a|attention span of an? \\w+|manners of an? \\w+|iq of an? \\w+)',
    "(?:couldn'?t|could not|can'?t|cannot) (?:organise|run|lead|teach|manage|find|control|spell|string|hold|read|write) (?:a|an|the|his|her|their|its|two|to|water|piss)\\b(?: \\w+)?(?: \\w+)?(?: in a brewery| in a| to save| if| with a| at a)",
    "(?:couldn'?t|could not) (?:organise|run|lead|teach) (?:a|an) (?:bake sale|conga|fish|raffle|party|piss-up|school|pub|bath|bingo|whelk stall|chip shop|tap|tea party|bun fight|sweet shop|car boot)",
    "can'?t string a sentence",
    "(?:can'?t|couldn'?t) stand (?:half |most |some |any |all )?(?:of )?(?:the|them|her|him|these|those|that|this|my|our|their)\\b(?! (?:smell|sound|noise|taste|sight|thought|heat|cold|way|rain|wait))",
    "(?:couldn'?t|could not) care less",
    'coven',
    "god's gift",
    'get a (?:life|grip|job)',
    "should(?:n't| not| never)(?: have)? (?:had|be allowed) (?:kids|children)",
    'not cut out for',
    '(?:all )?on benefits',
    'sick (?:to death )?of (?:them|her|him|the lot)',
    '(?:eats|eat|ate|eating) glue',
    'run by (?:idiots|clowns|muppets|morons|children|amateurs)',
    'bunch of (?:\\w+ )?(?:clowns|idiots|muppets|amateurs|cowboys|losers|jokers)',
    '(?:going|gone|went) (?:down the (?:pan|drain|toilet|swanee)|to the dogs)',
    "(?:wouldn'?t|would not|won'?t) (?:send my (?:dog|cat|kids|own)|recommend (?:working|it|them|this|the)|wish (?:it|them|this) on)",
    'worst enemy',
    'who hires these',
    "(?:never|hasn'?t|not) taught (?:a|for a) (?:day|week|full)",
    'copy-and-paste',
    'treat (?:us|schools|staff|children|kids|parents) like (?:dirt|rubbish|crap|idiots|children)',
    "(?:don'?t|doesn'?t|do not|does not) (?:care|give a) (?:about|toss|damn|monkey's)",
    'coasted',
    "(?:couldn'?t|could not|can'?t) be (?:bothered|arsed)",
    'stinks? of',
    'full of (?:themselves|himself|herself)',
    'fake tan',
    'beer bell(?:y|ies)',
    "think (?:they|she|he)(?:'re| are|'s| is) (?:on|in) (?:love island|towie|a catwalk)",
    '(?:who|they) (?:thought|think) (?:they|she|he) (?:were|was|are|is) (?:olympians|god|royalty|the queen|better)',
    'pigsty',
    ...INCOMPETENCE,
    ...SWEEPING,
    ...GROUP_LABELS,
    ...MOCKERY,
    ...SHAPED_INSULTS,
    TRAILING_EPITHETS,
  ],
  scorn: [
    // "there were dinosaurs" says nothing of anyone.
    `(?<!\\bthere )\\b${SAID_OF} ${EPITHETS}`,
    `${COPULA}(?: \\w+){0,2}(?: just| so| really| a bit| an?)? ${THING_TRAITS}`,
    `(?<!\\bthere )\\b${SAID_OF} ${MORE_EPITHETS}`,
    CLOSING_VERDICTS,
  ],
  weak: [
    'shambolic',
    `${SAID_OF} ${FOND_EPITHETS}`,
    'no backbone',
    '(?:the |the absolute )?worst',
    'pack of (?:wild )?\\w+',
    'like (?:a |being )?(?:herding cats|a zoo|a circus|locked in)',
    '(?:are|is|were|was) (?:so |completely |absolutely |totally |just |basically |literally |honestly |genuinely |utterly |pretty much )?(?:wild|feral|mental|unbearable|awful|horrendous|horrible|vile|insufferable|unteachable|mad)',
    'most annoying',
    'falling apart',
    'glued to their phones',
    'no wonder (?:we|they|she|he|nobody|no one)',
    'nobody stays',
    'wonder why',
    '(?:are|is|were|always)(?: always| just)? (?:the usual )?trouble\\b',
    ...MOCKING_HABITS,
    ...DOOM,
    ...SLACKING,
    ...FAILING,
    ...SUPERLATIVES,
    ...CONTEMPT_EMOJI,
  ],
  jibe: SHAPED_WEAK,
  claim: [...CLAIMS, ...SHAPED_CLAIMS],
  hint: [
    'funny how',
    'interesting how',
    'not saying[^.!?]{0,80}\\bbut',
    'allegedly',
    'just saying',
    'make of that what you will',
    '👀',
    'draw your own conclusions',
    ...HINTS,
    ...SHAPED_HINTS,
  ],
  sarcasm: [
    'geniuses',
    'genius',
    'truly inspirational',
    'inspirational(?: stuff)?',
    'must be nice',
    'nothing says \\w+ like',
    'love how',
    'gotta love',
    'you have to love',
    'shout ?out to the \\w+ who',
    'well done to the \\w+ who',
    'thanks (?:so much )?to the \\w+ who',
    'what a surprise',
    'who knew',
    'ladies and gents',
    'give (?:them|her|him) a medal',
    // Belittling whatever noun follows: scoped like sarcasm, so the noun is not taken for a thing.
    ...BUNCH_OF,
  ],
  mock: [...STRONG_SARCASM, ...BITTER_THANKS, ...SHAPED_SARCASM],
  irony: [...MOCK_PRAISE, ...EYE_ROLLS],
};

/** Mock praise by emoji: applause or a pointed smile after a target. */
export const SARCASM_EMOJI = ['👏👏', '🙂'];
