// Insults: name-calling and contempt that is rarely anything else. Strong: an
// insult counts beside a target in its clause, or borrows one from the
// sentence before or after when its own clause names no other subject
// ("Absolute clown, read from a script"). Praise does not quiet an insult
// beside its own target; the writer describing themself ("I'm such an idiot") does.
import type { ActEntry } from './entry';
import { CLOSES, DESCRIBED_PEOPLE, THING_TRAITS } from './fragments';

export const INSULT: ActEntry[] = [
  {
    id: 'insult/name-calling',
    pattern:
      '(?:idiots?|nutters?|nutjobs?|psychos?|bull(?:y|ies)|jobsworths?|narcissists?|creeps?|creepy|scum(?:bags?)?|brats?|slobs?|meatheads?|morons?|imbeciles?|cretins?|halfwits?|dimwits?|numpt(?:y|ies)|plonkers?|prats?|twats?|pillocks?|wasters?|layabouts?|losers?|chavs?|scruffs?|thugs?|lowlifes?|yes-(?:wo)?m[ae]n|crooks?|cheats?|gossips?|dead ?wood|dead weight|headcases?|weirdos?|lunatics?|maniacs?|battle-?axe|old bag|bitch(?:es)?|slags?|wet lettuce|(?:silly|stupid|lazy|two-faced|miserable|nasty|old|fat|horrible) (?:cow|moo|git|sod|mare|bat)|gits?|pain in the (?:arse|backside|neck|bum)|retards?|retarded|dickheads?|knobheads?|tossers?|wankers?|gobshites?|sh[i*]ts?|little sods|sods?|scroungers?|toerags?|liars?|frauds?|cowards?|hypocrites?|tyrants?|dictators?|control freak|power trip|pen[- ]pushers?|(?:nasty )?piece of work|bean ?counters?|waste of (?:space|oxygen|skin|a salary|money))',
    note: 'Name-calling that insults wherever it stands ("idiot", "jobsworth", "waste of space"). Whole words only: "bully" is not found in "bullying" (that is a claim).',
    example: 'The new head of year is a total jobsworth.',
  },
  {
    id: 'insult/person-traits',
    pattern:
      '(?:lazy|glorified|bone idle|entitled(?! to)|insufferable|unprofessional|petty|sneaky|snide|spiteful|deluded|incompetent|clueless|gormless|brainless|spineless|gutless|spoil(?:t|ed)(?! for)|two-faced|money-grabbing|jumped-up|power-mad|ignorant|arrogant|smug|rude|selfish|feckless|inept|vindictive|corrupt|crooked|obnoxious|thick-skulled|pig-ignorant|dim-witted|lazier|laziest|stupidest|thickest|common as muck)',
    note: 'Adjectives for people more than things, before a person or after "is" ("a lazy caretaker", "she is so petty"). Not "entitled to" (a right) or "spoilt for choice".',
    example: 'Our lazy caretaker left the hall locked again.',
  },
  {
    id: 'insult/british-name-calling',
    pattern:
      '(?:windbags?|gasbags?|misers?|skinflints?|tightwads?|fat cats?|no-?hopers?|sadists?|little hitlers?|charlatans?|chancers?|peacocks?|know-?it-?alls?|blaggers?|bluffers?|slimeballs?|sleazebags?|nitwits?|nincompoops?|buffoons?|oafs?|dolts?|dunces?|berks?|wallies|wally|ignoramus(?:es)?|neanderthals?|cavem[ae]n|deadbeats?|freeloaders?|spongers?|bloodsuckers?|snobs?|harp(?:y|ies)|harridans?|hags?|fishwives|fishwife|nosy parkers?|curtain-?twitchers?|bellends?|arseholes?|arses|pricks|scrotes?|scallies|yobs?|louts?|hooligans?|delinquents?|riff-?raff|dregs|underclass|bottom-?feeders?|dead loss|(?:jumped-up|puffed-up|little|total|complete|useless) nobody)',
    note: 'The wider British insult vocabulary ("windbag", "chancer", "no-hopers", "riff-raff"): rarely anything but an insult when said of a person.',
    example: 'The chair of governors is a pompous windbag.',
  },
  {
    id: 'insult/british-person-traits',
    pattern:
      '(?:pompous|patronising|patronizing|patronised|patronized|condescending|sanctimonious|self-righteous|smarmy|greedy|tight-fisted|stingy|mean-spirited|work-?shy|dopey|dozy|gobby|mouthy|lippy|vacuous|witless|spiteful|back-?stabbing|snooty|stuck-up|up (?:themselves|himself|herself)|toxic|poisonous|manipulative|sleazy|shameless|useless lot|nasty bunch|vile lot|a law unto (?:themselves|himself|herself)|good-for-nothing|no-good)',
    note: 'Traits said of people ("pompous", "patronising", "work-shy", "a law unto herself"). Quiet when the writer says it of themself.',
    example: 'The deputy was so patronising in the briefing.',
  },
  {
    id: 'insult/old-bags',
    pattern:
      '(?:miserable|grumpy|silly|stupid|lazy|nasty|fat|horrible|mean|bitter|sour|dozy|dopey|useless|interfering|nosy|snotty|ugly|smelly|rude|gobby) (?:old )?(?:cows?|moos?|gits?|sods?|mares?|bats?|bags|trouts?|hags?|codgers?|duffers?|fools?|farts?|witches|baggages?|windbags?|hens|biddies|biddy|crones?)',
    note: 'Insulting pairs ("miserable old bats", "silly moo", "nosy old biddies"): the adjective makes the animal or object a person.',
    example: 'The dinner ladies are a pair of miserable old bats.',
  },
  {
    id: 'insult/harsh-adjective-before-people',
    pattern: `${THING_TRAITS} ${DESCRIBED_PEOPLE}`,
    note: 'A harsh adjective right before people ("vile children", "useless staff"). The same adjectives before things ("thick coats") are left to scorn.',
    example: 'We had a room full of vile children this morning.',
  },
  {
    id: 'insult/the-clowns-in',
    pattern:
      '(?:the|those|these) (?:clowns|muppets|cowboys|jokers|monkeys|numpties|dinosaurs|sheep) (?:in|at|from|on|running|upstairs|who|that)',
    note: 'Epithets with "the" that point at people somewhere ("the clowns in the exams office"). A zoo\'s sheep have no place after them.',
    example: 'The clowns in the exams office lost our entries.',
  },
  {
    id: 'insult/never-taught-a-child',
    pattern:
      "(?<!\\bi'?ve |\\bi have |\\bi )(?:never|not|hasn'?t|haven'?t|hadn'?t|who'?s never|who has never) (?:once |even |actually |ever )?(?:taught|met|seen|worked with|stood in front of|been near|set foot in|stepped into|managed) (?:a|an|one) (?:real |actual )?(?:child|kid|pupil|class|classroom|lesson|school)",
    note: 'Out of touch: "has never met a child", "hasn\'t seen a classroom". Not the writer\'s own inexperience ("I\'ve never taught a class this size").',
    example: 'The minister has never taught a class in her life.',
  },
  {
    id: 'insult/whos-never-taught',
    pattern: "who'?s never taught",
    note: 'The same jibe in its shortest form ("advice from someone who\'s never taught").',
    example: "Another lecture from a consultant who's never taught.",
  },
  {
    id: 'insult/no-clue-what-goes-on',
    pattern:
      "(?:no|not a|without a|haven'?t a|hasn'?t a|haven'?t got a|hasn'?t got a) (?:clue|idea) (?:what|how) (?:actually |really )?(?:goes on|happens|it'?s like|to (?:teach|manage|lead|run|behave|parent|talk))",
    note: 'Out of touch: "no idea what goes on", "not a clue how to parent". Not "no idea what time it starts".',
    example: 'The trust has no idea what actually goes on in a classroom.',
  },
  {
    id: 'insult/no-idea-what-theyre-doing',
    pattern:
      "(?:has|have|had|'s|'ve) (?:got )?(?:absolutely |literally )?no (?:idea|clue) what (?:they'?re|she'?s|he'?s|they are|she is|he is) doing",
    note: 'Incompetence said outright of someone else ("SLT have no idea what they\'re doing").',
    example: "SLT have absolutely no idea what they're doing.",
  },
  {
    id: 'insult/thinks-shes-the-queen',
    pattern:
      "thinks? (?:she|he|they)(?:'s|'re| is| are) (?:the (?:queen|king|bee'?s knees|dog'?s)|god'?s gift|all that|so (?:special|important|clever|great|superior)|better than|above (?:everyone|us|the rest))",
    note: 'Airs mocked: "thinks she\'s the queen of the playground", "thinks he\'s better than us".',
    example: "The PTA chair thinks she's the queen of the playground.",
  },
  {
    id: 'insult/needs-head-testing',
    pattern:
      '(?:needs?|wants?) (?:their|his|her|your) heads? (?:testing|examining|checking|looking at)',
    note: 'Someone called mad for a decision ("needs her head testing").',
    example: 'Whoever planned this timetable needs their head testing.',
  },
  {
    id: 'insult/owns-the-place',
    pattern: 'like (?:she|he|they) owns? the (?:place|school|building)',
    note: 'Airs mocked: walking about "like she owns the place".',
    example: 'The new deputy struts about like she owns the place.',
  },
  {
    id: 'insult/full-of-hot-air',
    pattern: 'full of hot air',
    note: "Someone's words dismissed as empty.",
    example: 'The trust CEO is full of hot air.',
  },
  {
    id: 'insult/having-a-laugh',
    pattern: "(?:is|are|'s|'re|must be) having a (?:laugh|giraffe)",
    note: 'Someone\'s demand dismissed as a joke ("the council must be having a laugh"). Not a laugh shared ("we had a laugh").',
    example: 'The council must be having a laugh with this budget.',
  },
  {
    id: 'insult/taking-the-mick',
    pattern: 'taking the (?:mick|mickey|michael|piss)',
    note: 'Someone said to exploit or mock others ("the agency are taking the mick").',
    example: 'The agency are taking the mick with these fees.',
  },
  {
    id: 'insult/manners-of-a-pig',
    pattern:
      '(?:attention span|manners|brains?|memory|personality|charisma|charm|iq|(?:\\w+ )?skills|sense of humour|warmth) of (?:an? |the )?(?:\\w+ )?(?:goldfish|gnats?|pigs?|sponges?|planks?|bricks?|rocks?|lettuces?|potato(?:es)?|turnips?|cabbages?|doorknobs?|teaspoons?|lemons?|flannels?|wet weekend|damp squib|dead fish|toddlers?|animals|cave ?m[ae]n|neanderthals?|slugs?|stones?|robots?)',
    note: 'A person\'s quality likened to a dull object or animal ("the charisma of a damp squib", "the memory of a goldfish").',
    example: 'That dad has the manners of a pig.',
  },
  {
    id: 'insult/sell-own-gran',
    pattern: 'sell (?:her|his|their) own (?:gran|grandmother|granny|nan|mother|mum|kids?)',
    note: 'Ruthlessness alleged by the idiom ("would sell his own gran").',
    example: 'The head would sell her own gran for an outstanding.',
  },
  {
    id: 'insult/brain-dead',
    pattern: '(?:brain[- ]?dead|no brain cells?)',
    note: 'Someone called brainless.',
    example: 'The exams officer is brain-dead.',
  },
  {
    id: 'insult/merchants',
    pattern: '[a-z]+(?:-[a-z]+)* merchants?(?! navy)',
    note: '"… merchants" as a label for people ("waffle merchants", "excuse merchants"). Not the merchant navy.',
    example: 'Those consultants are waffle merchants.',
  },
  {
    id: 'insult/laughing-stock',
    pattern: 'laughing ?stocks?',
    note: 'A person or organisation called a laughing stock.',
    example: 'The trust is a laughing stock.',
  },
  {
    id: 'insult/shower',
    pattern: '(?:useless|absolute|total|complete|right|what a) shower(?! of rain)',
    note: '"A shower" of people, British contempt ("what a shower"). Not a shower of rain.',
    example: 'SLT are a useless shower.',
  },
  {
    id: 'insult/can-go-hang',
    pattern: '(?:can|could) (?:rot|go (?:to hell|hang|whistle|jump))',
    note: 'Someone told to go hang or rot.',
    example: 'The governors can go whistle.',
  },
  {
    id: 'insult/get-over-yourself',
    pattern: 'get over (?:yourself|yourselves|herself|himself|themselves)',
    note: 'Airs mocked ("she needs to get over herself").',
    example: 'The new deputy needs to get over herself.',
  },
  {
    id: 'insult/should-be-ashamed',
    pattern: 'should be (?:ashamed|embarrassed)(?: of (?:themselves|herself|himself|yourselves))?',
    note: 'Shame called down on someone.',
    example: 'Those parents should be ashamed of themselves.',
  },
  {
    id: 'insult/ashamed-of-themselves',
    pattern: 'ashamed of (?:themselves|herself|himself|yourselves)',
    note: 'Shame called down on someone, without "should".',
    example: 'The trust ought to be ashamed of themselves.',
  },
  {
    id: 'insult/what-a-joke',
    pattern:
      'what an? (?:joke|farce|shambles|disgrace|embarrassment|clown|muppet|idiot|waste of space|state|bunch of \\w+)',
    note: 'An exclamation of contempt ("what a joke that lot are"). About a thing ("what a joke this weather is") it has no target.',
    example: 'What a joke that governing body is.',
  },
  {
    id: 'insult/bad-parenting',
    pattern:
      '(?:grim|shocking|lazy|bad|awful|appalling|terrible|useless|crap|rubbish|poor|neglectful|feckless|zero|non-existent) parenting',
    note: "A family's parenting called bad. Not parenting praised or a parenting course.",
    example: 'That is just lazy parenting.',
  },
  {
    id: 'insult/trash-tv',
    pattern:
      '(?:jeremy kyle|jerry springer|benefits street|shameless|on benefits street|the jeremy kyle show)',
    note: 'Trash television as a verdict on families ("straight off Jeremy Kyle"). Needs a school target: a post about the shows has none.',
    example: 'That family is straight off Jeremy Kyle.',
  },
  {
    id: 'insult/couldnt-run-a-stall',
    pattern:
      "(?:couldn'?t|could not|can'?t|cannot) (?:run|organise|organize|manage) (?:a|an) (?:\\w+ )?(?:stall|stand|shop|kiosk|sale|tombola|disco|sleepover|queue|rota|fire drill|tea party|car wash|sweet shop|chip shop|whelk stall|lemonade)",
    note: 'Incompetence by the smallest task ("couldn\'t run a cake stall").',
    example: "The PTA chair couldn't run a cake stall.",
  },
  {
    id: 'insult/only-got-the-post-because',
    pattern:
      'only (?:got|in|has|kept|landed|holds?|keeps?) (?:the|her|his|their|that) (?:job|post|role|position|promotion|title)(?: \\w+)? (?:because|cos|cause|since|thanks to|for)',
    note: 'A post said to be held for the wrong reason ("only kept her job thanks to…"). The narrower "only got the job because" is also a claim.',
    example: 'He only has that title because his wife chairs the board.',
  },
  {
    id: 'insult/thick-as',
    pattern: 'thick as (?!thieves)(?:two short planks|mud|pig muck|a brick|(?:a |two )?\\w+)',
    note: 'Stupidity by simile ("thick as two short planks"). Not "thick as thieves" (close friends).',
    example: 'The new TA is thick as two short planks.',
  },
  {
    id: 'insult/as-useful-as',
    pattern:
      '(?:worse than useless|as much use as|about as (?:useful|helpful|sharp|bright|clever|much use|effective|reliable|competent|supportive|organised) as|not the (?:sharpest|brightest)|lights are on but|few (?:sandwiches|bricks|fries) short|one brain ?cell|brain of a|attention span of an? \\w+|manners of an? \\w+|iq of an? \\w+)',
    note: 'Uselessness or stupidity by comparison ("about as useful as a chocolate teapot", "a few sandwiches short").',
    example: 'The consultant is about as useful as a chocolate teapot.',
  },
  {
    id: 'insult/couldnt-organise-in-a',
    pattern:
      "(?:couldn'?t|could not|can'?t|cannot) (?:organise|run|lead|teach|manage|find|control|spell|string|hold|read|write) (?:a|an|the|his|her|their|its|two|to|water|piss)\\b(?: \\w+)?(?: \\w+)?(?: in a brewery| in a| to save| if| with a| at a)",
    note: 'The open idiom of incompetence ("couldn\'t organise a party in a…", "couldn\'t hold a tune to save…"): any task, then the absurd condition.',
    example: "The business manager couldn't organise a party in a brewery.",
  },
  {
    id: 'insult/couldnt-organise-a-raffle',
    pattern:
      "(?:couldn'?t|could not) (?:organise|run|lead|teach) (?:a|an) (?:bake sale|conga|fish|raffle|party|piss-up|school|pub|bath|bingo|whelk stall|chip shop|tap|tea party|bun fight|sweet shop|car boot)",
    note: 'The same idiom cut short ("couldn\'t organise a raffle"). "Couldn\'t", not "can\'t": "we can\'t run a raffle this year" is a plan.',
    example: "The PTA couldn't organise a raffle.",
  },
  {
    id: 'insult/cant-string-a-sentence',
    pattern: "can'?t string a sentence",
    note: 'Someone called inarticulate.',
    example: "The inspector can't string a sentence together.",
  },
  {
    id: 'insult/cant-stand-them',
    pattern:
      "(?:can'?t|couldn'?t) stand (?:half |most |some |any |all )?(?:of )?(?:the|them|her|him|these|those|that|this|my|our|their)\\b(?! (?:smell|sound|noise|taste|sight|thought|heat|cold|way|rain|wait))",
    note: 'Dislike of people said outright ("can\'t stand half of them"). Not a smell, a noise or the wait.',
    example: "I can't stand most of the parents in 4B.",
  },
  {
    id: 'insult/couldnt-care-less',
    pattern: "(?:couldn'?t|could not) care less",
    note: 'Someone said not to care about pupils or staff.',
    example: "The office couldn't care less about supply staff.",
  },
  {
    id: 'insult/coven',
    pattern: 'coven',
    note: 'A group of women called witches ("the office coven").',
    example: 'The office staff are a right coven.',
  },
  {
    id: 'insult/gods-gift',
    pattern: "god's gift",
    note: 'Airs mocked ("thinks he\'s god\'s gift").',
    example: "He acts like god's gift to teaching.",
  },
  {
    id: 'insult/get-a-life',
    pattern: 'get a (?:life|grip|job)',
    note: 'Someone told to get a life or a grip.',
    example: 'Some parents need to get a life.',
  },
  {
    id: 'insult/shouldnt-have-kids',
    pattern: "should(?:n't| not| never)(?: have)? (?:had|be allowed) (?:kids|children)",
    note: 'Parents said to be unfit to have children.',
    example: "Some people shouldn't be allowed children.",
  },
  {
    id: 'insult/not-cut-out-for',
    pattern: 'not cut out for',
    note: 'Someone said to be unfit for their role. Quiet when the writer says it of themself.',
    example: 'The new deputy is not cut out for leadership.',
  },
  {
    id: 'insult/on-benefits',
    pattern: '(?:all )?on benefits',
    note: "A family's circumstances used as contempt. Needs a school target: a post about benefit policy has none.",
    example: 'The whole family are all on benefits.',
  },
  {
    id: 'insult/sick-of-them',
    pattern: 'sick (?:to death )?of (?:them|her|him|the lot)',
    note: 'Contempt for people ("sick to death of them"). Not "sick of the rain".',
    example: 'Honestly, sick to death of them and their complaints.',
  },
  {
    id: 'insult/eats-glue',
    pattern: '(?:eats|eat|ate|eating) glue',
    note: 'Someone called stupid by a playground jibe.',
    example: 'That lad clearly eats glue.',
  },
  {
    id: 'insult/run-by-idiots',
    pattern: 'run by (?:idiots|clowns|muppets|morons|children|amateurs)',
    note: 'An organisation said to be run by idiots.',
    example: 'The trust is run by clowns.',
  },
  {
    id: 'insult/bunch-of-clowns',
    pattern: 'bunch of (?:\\w+ )?(?:clowns|idiots|muppets|amateurs|cowboys|losers|jokers)',
    note: 'A group called clowns or amateurs.',
    example: 'SLT are a bunch of clowns.',
  },
  {
    id: 'insult/gone-to-the-dogs',
    pattern: '(?:going|gone|went) (?:down the (?:pan|drain|toilet|swanee)|to the dogs)',
    note: 'A school or team said to have gone to ruin under someone.',
    example: 'The school has gone to the dogs since she took over.',
  },
  {
    id: 'insult/wouldnt-send-my-dog',
    pattern:
      "(?:wouldn'?t|would not|won'?t) (?:send my (?:dog|cat|kids|own)|recommend (?:working|it|them|this|the)|wish (?:it|them|this) on)",
    note: 'A school or employer condemned ("wouldn\'t send my dog there", "wouldn\'t recommend working for them").',
    example: "I wouldn't send my dog to that school.",
  },
  {
    id: 'insult/worst-enemy',
    pattern: 'worst enemy',
    note: '"Wouldn\'t wish her on my worst enemy".',
    example: "I wouldn't wish that head on my worst enemy.",
  },
  {
    id: 'insult/who-hires-these',
    pattern: 'who hires these',
    note: 'Staff dismissed as unfit to be hired.',
    example: 'Who hires these people?',
  },
  {
    id: 'insult/never-taught-a-day',
    pattern: "(?:never|hasn'?t|not) taught (?:a|for a) (?:day|week|full)",
    note: 'Out of touch: "has never taught a day in his life".',
    example: 'The minister has never taught a day in his life.',
  },
  {
    id: 'insult/copy-and-paste',
    pattern: 'copy-and-paste',
    note: 'Someone\'s work called lazy and copied ("copy-and-paste reports").',
    example: 'Another copy-and-paste report from the consultant.',
  },
  {
    id: 'insult/treat-us-like-dirt',
    pattern:
      'treat (?:us|schools|staff|children|kids|parents) like (?:dirt|rubbish|crap|idiots|children)',
    note: 'An employer or authority said to treat people like dirt.',
    example: 'The trust treat staff like dirt.',
  },
  {
    id: 'insult/dont-care-about',
    pattern: "(?:don'?t|doesn'?t|do not|does not) (?:care|give a) (?:about|toss|damn|monkey's)",
    note: 'Someone said not to care about pupils or staff.',
    example: "The governors don't care about us.",
  },
  {
    id: 'insult/coasted',
    pattern: 'coasted',
    note: 'A colleague said to have done the least for years.',
    example: 'She has coasted for years on one good Ofsted.',
  },
  {
    id: 'insult/cant-be-bothered',
    pattern: "(?:couldn'?t|could not|can'?t) be (?:bothered|arsed)",
    note: 'Someone said to be too idle to act ("parents who can\'t be bothered"). Quiet when the writer says it of themself.',
    example: "The parents can't be bothered to read the letters.",
  },
  {
    id: 'insult/stinks-of',
    pattern: 'stinks? of',
    note: 'Someone or a decision said to stink ("stinks of favouritism").',
    example: 'The whole appointment stinks of favouritism.',
  },
  {
    id: 'insult/full-of-themselves',
    pattern: 'full of (?:themselves|himself|herself)',
    note: 'Someone called conceited.',
    example: 'The new head of maths is full of himself.',
  },
  {
    id: 'insult/fake-tan',
    pattern: 'fake tan',
    note: 'Mocking how a parent or colleague looks.',
    example: 'The mums at the gate in their fake tan.',
  },
  {
    id: 'insult/beer-belly',
    pattern: 'beer bell(?:y|ies)',
    note: 'Mocking how a parent or colleague looks.',
    example: 'The dads with their beer bellies on the touchline.',
  },
  {
    id: 'insult/think-theyre-on-love-island',
    pattern: "think (?:they|she|he)(?:'re| are|'s| is) (?:on|in) (?:love island|towie|a catwalk)",
    note: 'Mocking how pupils or parents dress or behave.',
    example: "The Year 11 girls think they're on Love Island.",
  },
  {
    id: 'insult/think-theyre-royalty',
    pattern:
      '(?:who|they) (?:thought|think) (?:they|she|he) (?:were|was|are|is) (?:olympians|god|royalty|the queen|better)',
    note: 'Airs mocked ("parents who think they are royalty").',
    example: 'Parents who think they are royalty.',
  },
  {
    id: 'insult/pigsty',
    pattern: 'pigsty',
    note: "A family's home or a colleague's room called a pigsty.",
    example: "That family's house is a pigsty.",
  },
  {
    id: 'insult/booze-up-in-a-brewery',
    pattern: '(?:booze|piss)-? ?up in a brewery',
    note: 'The idiom of incompetence ("couldn\'t organise a booze-up in a brewery").',
    example: "The trust couldn't organise a booze-up in a brewery.",
  },
  {
    id: 'insult/paper-bag',
    pattern: '(?:out of|from) a (?:wet )?paper bag',
    note: 'The idiom of weakness ("couldn\'t fight her way out of a paper bag").',
    example: "The head couldn't lead her way out of a paper bag.",
  },
  {
    id: 'insult/shoes-off',
    pattern: 'with (?:his|her|their|its) shoes off',
    note: '"Can\'t count to ten with his shoes off".',
    example: 'He can count to twenty with his shoes off.',
  },
  {
    id: 'insult/cant-count-to-ten',
    pattern: "(?:couldn'?t|can'?t|cannot|could not) count to (?:ten|10|twenty|20)(?! yet)",
    note: 'An adult called innumerate. Not "can\'t count to ten yet", a young pupil learning.',
    example: "The bursar couldn't count to ten.",
  },
  {
    id: 'insult/teach-a-dog-to',
    pattern: 'teach (?:a|an) (?:dog|fish|cat|duck|parrot) to',
    note: 'Someone called unteachable ("easier to teach a parrot to…").',
    example: 'It would be easier to teach a parrot to run the office than that man.',
  },
  {
    id: 'insult/wouldnt-last-a-week',
    pattern:
      "(?:wouldn'?t|would not|won'?t|will not) (?:last|survive|cope for) (?:a|one|two|five|ten|an|half an|half a) (?:day|week|hour|minute|minutes|lesson|term|morning) (?:in|at|with|on|teaching)",
    note: 'Out of touch: "wouldn\'t last a week in a real classroom".',
    example: "That minister wouldn't last a week in a real classroom.",
  },
  {
    id: 'insult/if-their-life-depended-on-it',
    pattern: 'if (?:his|her|their) li(?:fe|ves) depended on it',
    note: 'Incompetence by idiom ("couldn\'t fix a printer if his life depended on it").',
    example: "The IT lead couldn't fix a printer if his life depended on it.",
  },
  {
    id: 'insult/couldnt-find-own-backside',
    pattern: "couldn'?t find (?:his|her|their) (?:own )?(?:arse|backside|bum)",
    note: 'Incompetence by idiom.',
    example: "The head couldn't find her own backside with a map.",
  },
  {
    id: 'insult/water-out-of-a-boot',
    pattern: '(?:pour|get) water out of a boot',
    note: 'Incompetence by idiom.',
    example: "Our deputy couldn't pour water out of a boot.",
  },
  {
    id: 'insult/couldnt-boil-an-egg',
    pattern:
      "(?:couldn'?t|can'?t|cannot|could not) (?:boil an egg|tie (?:his|her|their) (?:own )?(?:shoe)?laces|organise a sock drawer|find (?:a|the) door)",
    note: 'Incompetence by the simplest task, said of an adult. A known gap: said plainly of a young pupil ("can\'t tie his laces") it counts too.',
    example: "The new business manager couldn't organise a sock drawer.",
  },
  {
    id: 'insult/barn-door',
    pattern: 'hit a barn door',
    note: 'Incompetence by idiom ("couldn\'t hit a barn door").',
    example: "The PE lead couldn't hit a barn door.",
  },
  {
    id: 'insult/wouldnt-know-if-it-hit-them',
    pattern:
      "wouldn'?t (?:know|recogni[sz]e|spot) (?:\\w+ ){1,3}if (?:it|they|she|he) (?:hit|bit|slapped|smacked|kicked)",
    note: 'Someone called blind to the obvious ("wouldn\'t know good teaching if it hit him").',
    example: "The inspector wouldn't know good teaching if it hit him.",
  },
  {
    id: 'insult/shouldnt-be-allowed-to-breed',
    pattern:
      "(?:shouldn'?t|should not|should never) be allowed (?:to )?(?:breed|reproduce|have (?:kids|children|a child))",
    note: 'Sweeping contempt for families.',
    example: "Some of these parents shouldn't be allowed to breed.",
  },
  {
    id: 'insult/born-bad',
    pattern:
      '(?:just |simply )?born (?:naughty|bad|evil|thick|stupid|wrong|feral|criminals?|troublemakers?|useless|lazy)',
    note: 'Pupils written off as born bad. Not "born in May".',
    example: 'Some kids are just born naughty.',
  },
  {
    id: 'insult/half-of-them-cant-read',
    pattern:
      "(?:half|most|loads|a lot) (?:of )?(?:them|these parents|these families|the (?:parents|mums|dads|families)|our (?:parents|families))(?: at the \\w+| round here| here)? (?:can'?t|cannot|couldn'?t|can barely|barely) (?:even )?(?:read|write|spell|count|speak)",
    note: 'Sweeping contempt for families ("half the parents round here can\'t read").',
    example: "Half of these parents can't even read.",
  },
  {
    id: 'insult/cant-even-be-bothered',
    pattern:
      "(?:who|they|parents|mums|dads|families) (?:can'?t|cannot|couldn'?t) even (?:be bothered|get|read|spell|write|dress|feed|manage|tie|turn up|remember|send|bring)",
    note: 'Families said to fail at the basics ("parents who can\'t even dress their kids").',
    example: "Parents who can't even get their kids to school on time.",
  },
  {
    id: 'insult/what-do-you-expect',
    pattern:
      '(?:no surprises?|hardly surprising|not surprising|unsurprising(?:ly)?|what (?:do|did|can) you expect),? (?:given|with|from|considering) (?:the|their|them|those|that|parents|families|where|who)',
    note: 'A pupil\'s failing blamed on the family or area ("what do you expect with those parents").',
    example: 'What do you expect, given the parents.',
  },
  {
    id: 'insult/apple-doesnt-fall-far',
    pattern: "apple (?:doesn'?t|does not|never) fall far",
    note: 'A child condemned with the family.',
    example: "The apple doesn't fall far from the tree with that lot.",
  },
  {
    id: 'insult/free-babysitters',
    pattern:
      "(?:think (?:we'?re|we are|school is|schools are|teachers are) (?:just )?(?:a |an |their )?|treat (?:us|school|the school|teachers) (?:like|as) (?:a |an |their )?|use (?:us|school|the school) (?:like|as) (?:a |an |their )?)(?:free |glorified |unpaid )?(?:babysit\\w*|child ?care|creche|nann(?:y|ies)|skivvies|servants)",
    note: 'Parents said to treat school as free childcare.',
    example: "Some parents think we're just free babysitters.",
  },
  {
    id: 'insult/pathetic-closing',
    pattern: 'pathetic(?= *[.!]| *$)',
    note: '"Pathetic." closing a sentence: contempt for whoever the sentence is about. As an insult it may borrow its target from the sentence before.',
    example: 'The trust answered our letter with a leaflet. Pathetic.',
  },
  {
    id: 'insult/bunch-of-suits',
    pattern:
      '(?:bunch|collection|load|pack|gaggle|shower|band|herd|flock) of (?:\\w+ )?(?:suits|has-beens|wannabes|puppets|sheep)',
    note: 'A group of professionals dismissed ("a bunch of suits", "a flock of sheep").',
    example: 'The trust board are a bunch of grey suits.',
  },
  {
    id: 'insult/nodding-dogs',
    pattern: 'nodding dogs?',
    note: 'Governors or staff called yes-men.',
    example: 'The governors are nodding dogs.',
  },
  {
    id: 'insult/box-tickers',
    pattern: 'box-?tickers?',
    note: 'Inspectors or officials called box-tickers.',
    example: 'Ofsted are just box-tickers.',
  },
  {
    id: 'insult/box-ticking-brigade',
    pattern: 'box-?ticking (?:exercise|merchants?|brigade|bureaucrats?|jobsworths?)',
    note: 'Officials or their work dismissed as box-ticking.',
    example: 'Here comes the box-ticking brigade from the trust.',
  },
  {
    id: 'insult/has-beens',
    pattern: 'has-beens',
    note: 'Professionals dismissed as past it.',
    example: 'The consultants are a pair of has-beens.',
  },
  {
    id: 'insult/know-it-alls',
    pattern: 'know-it-alls?',
    note: 'Someone called a know-it-all.',
    example: 'The new deputy is a know-it-all.',
  },
  {
    id: 'insult/busybodies',
    pattern: 'busybod(?:y|ies)',
    note: 'Parents or colleagues called meddlers.',
    example: 'The PTA are a bunch of busybodies.',
  },
  {
    id: 'insult/sycophants',
    pattern: 'sycophants?',
    note: 'Colleagues called flatterers of the head.',
    example: 'SLT is full of sycophants.',
  },
  {
    id: 'insult/lapdogs',
    pattern: 'lap ?dogs?',
    note: "Someone called another's lapdog.",
    example: "The governors are the head's lapdogs.",
  },
  {
    id: 'insult/overpaid',
    pattern: 'overpaid(?!\\?)',
    note: 'Leaders or officials called overpaid. Not a question put for debate ("are heads overpaid?").',
    example: 'The overpaid trust executives visited today.',
  },
  {
    id: 'insult/failed-teachers',
    pattern: 'failed (?:teachers?|heads?|headteachers?|leaders?)',
    note: 'Inspectors or advisers dismissed as failed teachers.',
    example: 'Inspectors are failed teachers.',
  },
  {
    id: 'insult/clipboard-brigade',
    pattern: 'clipboard (?:brigade|warriors?|merchants?|monkeys?|wielders?)',
    note: 'Officials dismissed as clipboard-wielders.',
    example: 'The clipboard brigade from the LA are in again.',
  },
  {
    id: 'insult/self-important',
    pattern: 'self-important',
    note: 'Someone called pompous.',
    example: 'The self-important chair of governors spoke for an hour.',
  },
  {
    id: 'insult/ivory-tower',
    pattern: 'ivory towers?',
    note: 'Policy makers called out of touch.',
    example: 'More advice from the DfE in their ivory tower.',
  },
  {
    id: 'insult/never-in-a-classroom',
    pattern: 'never (?:set foot|been|worked) in a (?:real )?classroom',
    note: 'Out of touch: "never set foot in a classroom".',
    example: 'The CEO has never worked in a real classroom.',
  },
  {
    id: 'insult/the-state-of-her',
    pattern:
      "(?:absolute |the )state of (?:her|him|them|his|their|that|those|these|the (?:\\w+ ){0,2}(?:teacher|head|deputy|mum|dad|parents?|ta|senco|class|kids|staff)(?:'s)?)",
    note: 'Mocking how someone looks ("the state of him"). Not "the state of the roads" or "the state of education".',
    example: 'The state of her at parents evening.',
  },
  {
    id: 'insult/imagine-being-that-parent',
    pattern:
      'imagine being (?:the|that|one of those) (?:\\w+ )?(?:parent|mum|dad|mother|father|teacher|head|ta|family) (?:who|that)',
    note: 'Mockery in the shape of wonder ("imagine being the parent who…").',
    example: 'Imagine being the parent who complains about a sticker.',
  },
  {
    id: 'insult/spoilt-rotten',
    pattern: 'spoil(?:t|ed) rotten',
    note: 'A child or family mocked as spoilt. Also said fondly of grandchildren, which have no school target.',
    example: 'That child is spoilt rotten.',
  },
  {
    id: 'insult/brains-of-a',
    pattern:
      "(?:has|have|had|'s got|'ve got|'ve|with|got) (?:the )?(?:brains?|iq|intellect|attention span|common sense|emotional intelligence) of an? (?!(?:genius|professor|rocket scientist|scholar|einstein)\\b)[\\w-]+",
    note: 'The open comparison: "has the brains of a traffic cone", any object. Not "the brains of a genius".',
    example: 'The new deputy has the brains of a traffic cone.',
  },
  {
    id: 'insult/should-be-sacked',
    pattern:
      '(?:should|ought to|needs? to|deserves? to) be (?:sacked|fired|struck off|locked up|named and shamed|shown the door|run out of town)',
    note: 'Someone said to deserve the sack or prison.',
    example: 'That head should be sacked.',
  },
  {
    id: 'insult/run-by-cowboys',
    pattern:
      'run by (?:a )?(?:bunch of |pack of |load of )?(?:idiots|clowns|muppets|morons|children|amateurs|cowboys|crooks|sharks|chancers|accountants|bean ?counters|toddlers|headless chickens)',
    note: 'An organisation said to be run by fools or crooks, with more of them than run-by-idiots ("run by a pack of sharks").',
    example: 'The agency is run by a bunch of cowboys.',
  },
  {
    id: 'insult/not-taught-since',
    pattern:
      "(?<!\\b(?:i|we|i'?ve|we'?ve|i have|we have) )\\b(?:hasn'?t|haven'?t|hadn'?t|not) (?:\\w+ )?(?:taught|marked|planned|seen|been in|stepped in|set foot in|stood in front of) (?:a|an|one) (?:\\w+ )?since (?:\\d{4}|the \\d0s|the (?:dark ages|stone age|year dot)|forever|decades)",
    note: 'Out of touch: "hasn\'t marked a book since 2009". Not the writer\'s own break ("I haven\'t taught a lesson since 2019").',
    example: "The minister hasn't taught a lesson since 1998.",
  },
  {
    id: 'insult/half-the-parents-cant-spell',
    pattern:
      "(?:half|most|loads|a lot|none) (?:of )?(?:[\\w']+ ){0,3}(?:parents|mums|dads|families|staff|teachers) (?:can'?t|cannot|couldn'?t|can barely|barely|could barely) (?:even )?(?:read|write|spell|count|speak)",
    note: 'A sweeping verdict on families or staff, with a few words before the group ("half my form\'s parents can\'t spell").',
    example: "Half my form's parents can't spell.",
  },
  {
    id: 'insult/mocking-title',
    pattern:
      '(?:mr|mrs|miss|ms|lord|lady|saint|captain|professor) (?:charisma|personality|popular|perfect|know-it-all|important|high and mighty|clipboard|spreadsheet|jobsworth|motivator|sunshine|happy-?clappy)\\b',
    note: 'A mocking title for a colleague ("Mr Charisma", "Captain Clipboard").',
    example: 'Here comes Mr Charisma with another assembly.',
  },
  {
    id: 'insult/trailing-epithet',
    pattern: `, (?:absolute |utter |total |bloody )?(?:animals|savages|vultures|clowns|muppets|idiots|parasites|leeches|cowboys|amateurs|sharks|snakes|liars|crooks|jokers|morons|hypocrites|numpties|dinosaurs|weasels|rats)${CLOSES}`,
    note: 'A one-word verdict tacked on after a comma, at the end ("…made a supply teacher cry, animals."). Not in a list ("lions, snakes and frogs").',
    example: 'They trashed the library again, savages.',
  },
];
