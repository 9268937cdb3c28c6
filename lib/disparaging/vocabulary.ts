// Wider British insult vocabulary and the shapes of contempt that carry no
// insult word (issue 9, unseen schools). Regular-expression sources like
// acts.ts: each bounded, no nested unbounded repeats. Grouped by kind.

/** Name-calling nouns: rarely anything but an insult when said of a person. */
export const MORE_INSULT_NOUNS =
  '(?:windbags?|gasbags?|misers?|skinflints?|tightwads?|fat cats?|no-?hopers?|sadists?|little hitlers?|charlatans?|chancers?|peacocks?|know-?it-?alls?|blaggers?|bluffers?|slimeballs?|sleazebags?|nitwits?|nincompoops?|buffoons?|oafs?|dolts?|dunces?|berks?|wallies|wally|ignoramus(?:es)?|neanderthals?|cavem[ae]n|deadbeats?|freeloaders?|spongers?|bloodsuckers?|snobs?|harp(?:y|ies)|harridans?|hags?|fishwives|fishwife|nosy parkers?|curtain-?twitchers?|bellends?|arseholes?|arses|pricks|scrotes?|scallies|yobs?|louts?|hooligans?|delinquents?|riff-?raff|dregs|underclass|bottom-?feeders?|dead loss|(?:jumped-up|puffed-up|little|total|complete|useless) nobody)';

/** Contempt adjectives that may stand between "are a bunch of" and the noun. */
export const CONTEMPT_ADJECTIVES =
  ' (?:grumpy|miserable|old|nasty|silly|stupid|lazy|bitter|pompous|smug|racist|jumped-up|puffed-up|self-important|overpaid|clueless|arrogant|sad|pathetic|two-faced|smarmy|slimy|sneaky|spineless|snivelling|shifty|mean|heartless|soulless|gormless|useless|thick|nosy|rude|horrible|vile|evil|ignorant|dozy|dim|spoilt|snotty|stuck-up|bean-counting|penny-pinching|box-ticking|power-mad|tinpot|two-bit|petty|whingeing|moaning|lying)';

/** People a harsh adjective may describe directly: "vile children", "useless staff". */
export const DESCRIBED_PEOPLE =
  '(?:little |old |young )?(?:children|kids|brats|people|parents|mums|dads|woman|man|family|families|lot|bunch|staff|teachers?|colleagues?|leaders?|managers?|inspectors?|governors?)';

/** Epithets with "the" that point at people somewhere: "the clowns in the exams office". */
export const THE_EPITHETS =
  '(?:the|those|these) (?:clowns|muppets|cowboys|jokers|monkeys|numpties|dinosaurs|sheep) (?:in|at|from|on|running|upstairs|who|that)';

/** Insulting pairs: "miserable old bats", "silly moo", "nasty piece of work". */
export const OLD_BAGS =
  '(?:miserable|grumpy|silly|stupid|lazy|nasty|fat|horrible|mean|bitter|sour|dozy|dopey|useless|interfering|nosy|snotty|ugly|smelly|rude|gobby) (?:old )?(?:cows?|moos?|gits?|sods?|mares?|bats?|bags|trouts?|hags?|codgers?|duffers?|fools?|farts?|witches|baggages?|windbags?|hens|biddies|biddy|crones?)';

/** Traits said of people: "pompous", "patronising", "gobby". */
export const MORE_PERSON_TRAITS =
  '(?:pompous|patronising|patronizing|patronised|patronized|condescending|sanctimonious|self-righteous|smarmy|greedy|tight-fisted|stingy|mean-spirited|work-?shy|dopey|dozy|gobby|mouthy|lippy|vacuous|witless|spiteful|back-?stabbing|snooty|stuck-up|up (?:themselves|himself|herself)|toxic|poisonous|manipulative|sleazy|shameless|useless lot|nasty bunch|vile lot|a law unto (?:themselves|himself|herself)|good-for-nothing|no-good)';

/** Contempt by shape, not word. Each needs a target beside it (judge.ts). */
export const CONTEMPT_SHAPES = [
  // Out of touch: "has never met a child", "hasn't seen a classroom since 1998".
  // Not the writer's own inexperience: "I've never taught a class this size".
  "(?<!\\bi'?ve |\\bi have |\\bi )(?:never|not|hasn'?t|haven'?t|hadn'?t|who'?s never|who has never) (?:once |even |actually |ever )?(?:taught|met|seen|worked with|stood in front of|been near|set foot in|stepped into|managed) (?:a|an|one) (?:real |actual )?(?:child|kid|pupil|class|classroom|lesson|school)",
  "who'?s never taught",
  "(?:no|not a|without a|haven'?t a|hasn'?t a|haven'?t got a|hasn'?t got a) (?:clue|idea) (?:what|how) (?:actually |really )?(?:goes on|happens|it'?s like|to (?:teach|manage|lead|run|behave|parent|talk))",
  "(?:has|have|had|'s|'ve) (?:got )?(?:absolutely |literally )?no (?:idea|clue) what (?:they'?re|she'?s|he'?s|they are|she is|he is) doing",
  // Airs: "thinks she's the queen of…", "get over yourself".
  "thinks? (?:she|he|they)(?:'s|'re| is| are) (?:the (?:queen|king|bee'?s knees|dog'?s)|god'?s gift|all that|so (?:special|important|clever|great|superior)|better than|above (?:everyone|us|the rest))",
  '(?:needs?|wants?) (?:their|his|her|your) heads? (?:testing|examining|checking|looking at)',
  'like (?:she|he|they) owns? the (?:place|school|building)',
  'full of hot air',
  "(?:is|are|'s|'re|must be) having a (?:laugh|giraffe)",
  'taking the (?:mick|mickey|michael|piss)',
  '(?:attention span|manners|brains?|memory|personality|charisma|charm|iq|(?:\\w+ )?skills|sense of humour|warmth) of (?:an? |the )?(?:\\w+ )?(?:goldfish|gnats?|pigs?|sponges?|planks?|bricks?|rocks?|lettuces?|potato(?:es)?|turnips?|cabbages?|doorknobs?|teaspoons?|lemons?|flannels?|wet weekend|damp squib|dead fish|toddlers?|animals|cave ?m[ae]n|neanderthals?|slugs?|stones?|robots?)',
  'sell (?:her|his|their) own (?:gran|grandmother|granny|nan|mother|mum|kids?)',
  '(?:brain[- ]?dead|no brain cells?)',
  '[a-z]+(?:-[a-z]+)* merchants?(?! navy)',
  'laughing ?stocks?',
  '(?:useless|absolute|total|complete|right|what a) shower(?! of rain)',
  '(?:can|could) (?:rot|go (?:to hell|hang|whistle|jump))',
  'get over (?:yourself|yourselves|herself|himself|themselves)',
  'should be (?:ashamed|embarrassed)(?: of (?:themselves|herself|himself|yourselves))?',
  'ashamed of (?:themselves|herself|himself|yourselves)',
  // An exclamation of contempt: "what a joke that lot are".
  'what an? (?:joke|farce|shambles|disgrace|embarrassment|clown|muppet|idiot|waste of space|state|bunch of \\w+)',
  '(?:grim|shocking|lazy|bad|awful|appalling|terrible|useless|crap|rubbish|poor|neglectful|feckless|zero|non-existent) parenting',
  // Trash television as a verdict on families.
  '(?:jeremy kyle|jerry springer|benefits street|shameless|on benefits street|the jeremy kyle show)',
  "(?:couldn'?t|could not|can'?t|cannot) (?:run|organise|organize|manage) (?:a|an) (?:\\w+ )?(?:stall|stand|shop|kiosk|sale|tombola|disco|sleepover|queue|rota|fire drill|tea party|car wash|sweet shop|chip shop|whelk stall|lemonade)",
  'only (?:got|in|has|kept|landed|holds?|keeps?) (?:the|her|his|their|that) (?:job|post|role|position|promotion|title)(?: \\w+)? (?:because|cos|cause|since|thanks to|for)',
];

/** Said only of people: "they're a pack of weasels", not "we found a toad". */
export const MORE_EPITHETS =
  "(?:wastes? of (?:[\\w']+ ){0,2}(?:space|oxygen|skin|salary|money|air)|lumps?|robots?|drips?|cliques?|mean girls|toads?|weasels?|hyenas|rejects|hens|snowflakes|duds?|wet wipes|drama queens?|divas?|prima donnas?)";

/** Slacking alleged: weak, as "bunking off" is also how staff describe truancy plainly. */
export const SLACKING = [
  '(?:swan(?:s|ned|ning)? off|swanning (?:about|around)|skiving|skives|skived)',
  '(?:does|do|did|doing) (?:absolutely )?(?:nothing|sod all|bugger all|zero) (?:all day|but|except)',
  '(?:sits?|sat|sitting) on (?:her|his|their) (?:backsides?|arses?|bums?|hands)',
];

/** "are a bunch of …" belittles whatever follows, unless what follows is fond. */
export const BUNCH_OF = [
  "(?:are|is|were|was|'re|just|nothing but) (?:a |an |one )?(?:bunch|gaggle|shower|rabble) of (?!(?:\\w+ )?(?:stars|superstars|legends|angels|sweethearts|heroes|gems|cuties|keen|eager|lovely|brilliant|good|great|happy|smiley|little|absolute (?:stars|legends)))",
];

/** Out of their depth, caring only for some: weak, said of someone named in the clause. */
export const FAILING = [
  '(?:completely |totally |way |well |hopelessly )?out of (?:his|her|their) depth',
  'only cares? about',
  'no point (?:even )?(?:trying|bothering)',
  "(?:'s|their|his|her) idea of (?:support|help|leadership|consultation|communication|listening|a plan|planning|teaching) is",
  "(?:is|are|'s|'re|must be|seems? to be) on something",
];

/** Superlatives of contempt: "the nosiest lot going". Weak: "the rudest joke" is about a joke. */
export const SUPERLATIVES = [
  '(?:the )?(?:nosiest|rudest|laziest|thickest|dimmest|stupidest|dumbest|smuggest|meanest|nastiest|most (?:interfering|entitled|useless|obnoxious|incompetent|arrogant|pompous|irritating|clueless|spoilt|unpleasant|vile|ungrateful|unprofessional))',
];

/** Doom foretold for a pupil or family: weak, it needs its target in the same clause. */
export const DOOM = [
  '(?:end|ends|ending|wind|winds|finish) up (?:in|behind) (?:prison|jail|the nick|bars|borstal|a cell|young offenders)',
  '(?:going|headed|heading) nowhere(?: in life| fast)?',
  '(?:no|zero) (?:future|manners|respect|discipline|boundaries)',
  "(?:will|gonna|going to|'ll) turn out (?:the same|just like|like (?:their|his|her|them))",
  "(?:are|is|'re) all the same(?=[ ,.!]|$)",
  '(?:pure|nothing but|double) trouble',
  'troublemakers?',
  'future (?:criminals?|jailbirds?|convicts?|benefit claimants?)',
];

/** A verdict of one word that closes a sentence: "…didn't follow a single plan, useless." */
export const CLOSING_VERDICTS =
  '(?:useless|pathetic|disgraceful|hopeless|embarrassing|shameful|laughable|clueless|unprofessional|incompetent|a joke|a disgrace|a shambles)(?= *[.!]| *$)';

/** Passive-aggressive thanks: thanks for a failure ("thanks so much for losing…"). */
export const BITTER_THANKS = [
  '(?:thanks|thank you|cheers|grateful)(?: (?:so|very) much)?(?: again)?(?: to)? [^.!?]{0,40}? for (?:losing|forgetting|ignoring|breaking|wasting|cancelling|dumping|springing|ruining|leaving (?:us|me|it)|telling (?:us|me) (?:at|on) the last|nothing|absolutely nothing|the last-minute|the late notice)',
  // "Nice of the head to swan off while we cover": kindness mocked by what others pay.
  '(?:thanks|thank you|cheers|top marks|full marks|gold star|well done|hats off|kudos|a round of applause)(?: (?:so|very) much)?(?: again)?(?: to)? [^.!?]{0,40}? for [^.!?]{0,30}?(?:pointless|useless|cock-?up|balls-?up|shambles|fiasco|u-turn)',
  // Thanks or praise closed by an eye-roll: "thanks for the surprise visit 🙄".
  // Each ends on the emoji itself: a closing bracket would add a word boundary after it.
  '(?:thanks|thank you|cheers|appreciated|love|great|lovely|brilliant)[^.!?]{0,120}?🙄',
  '(?:thanks|thank you|cheers|appreciated|love|great|lovely|brilliant)[^.!?]{0,120}?😒',
  '(?:nice|good|kind|lovely|decent|big) of [^.!?]{1,40}? to [^.!?]{1,80}? (?:while|whilst) (?:we|us|the rest|everyone|staff|i)\\b',
  '(?:lovely|great|nice|brilliant|wonderful|fantastic|love|always fun|fun|so helpful) (?:to be|being|getting) (?:told how to|lectured|patronised|patronized|talked down to|mansplained)',
  'if you like being (?:\\w+ )?(?:patronised|patronized|talked down to|ignored|lectured|belittled)',
];

/** Emoji that carry contempt when a target is beside them. */
export const CONTEMPT_EMOJI = ['🤡', '🐍', '🖕', '🤮', '💩'];
/** Eye-rolls: contempt only when the sentence also complains (irony). */
export const EYE_ROLLS = ['🙄', '😒'];
