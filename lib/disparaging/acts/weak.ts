// Weak acts: words that are also praise or plain description ("a nightmare",
// "wild", "the worst"). They count only beside a target in the same clause,
// with no praise near, and are quiet when about a thing ("the traffic was the
// worst") or when the writer describes themself ("I'm the worst at this").
import type { ActEntry } from './entry';
import { SAID_OF } from './fragments';

export const WEAK: ActEntry[] = [
  {
    id: 'weak/shambolic',
    pattern: 'shambolic',
    note: 'Chaos blamed on someone ("the trust is shambolic"); as often about an event, hence weak.',
    example: 'The exams office is shambolic this year.',
  },
  {
    id: 'weak/fond-epithets',
    pattern: `${SAID_OF} (?:animals|monsters?|gremlins?|devils?|menaces?|nightmares?|terrors?|circus|zoo|feral)`,
    note: 'Names also said fondly ("my little monsters", "a right terror on the dance floor"): they count said of a target only when no praise is near.',
    example: 'Year 9 were absolute animals after lunch.',
  },
  {
    id: 'weak/no-backbone',
    pattern: 'no backbone',
    note: 'Cowardice alleged of a leader or colleague ("the head has no backbone").',
    example: 'The head has no backbone when parents complain.',
  },
  {
    id: 'weak/the-worst',
    pattern: '(?:the |the absolute )?worst',
    note: '"The worst" said of a person or group ("that class are the worst"); as often of weather or traffic, which the target rule leaves out.',
    example: 'That parent is the absolute worst.',
  },
  {
    id: 'weak/pack-of',
    pattern: 'pack of (?:wild )?\\w+',
    note: 'People as a pack ("a pack of wild dogs", "a pack of liars"); also a pack of cards or crisps, so weak.',
    example: 'The governors behaved like a pack of hyenas.',
  },
  {
    id: 'weak/like-a-zoo',
    pattern: 'like (?:a |being )?(?:herding cats|a zoo|a circus|locked in)',
    note: 'A class or staff room likened to a zoo or a circus; also said fondly of busy days, so it needs a target and no praise.',
    example: 'Teaching 8B is like herding cats.',
  },
  {
    id: 'weak/are-wild',
    pattern:
      '(?:are|is|were|was) (?:so |completely |absolutely |totally |just |basically |literally |honestly |genuinely |utterly |pretty much )?(?:wild|feral|mental|unbearable|awful|horrendous|horrible|vile|insufferable|unteachable|mad)',
    note: 'A group called feral or unteachable. "Wild" and "mental" are also praise ("the crowd was wild"), so weak.',
    example: 'My Year 10s were literally feral today.',
  },
  {
    id: 'weak/most-annoying',
    pattern: 'most annoying',
    note: 'Someone called the most annoying; also said of a noise or a habit.',
    example: 'She is the most annoying colleague I have ever had.',
  },
  {
    id: 'weak/falling-apart',
    pattern: 'falling apart',
    note: 'A school or team said to be falling apart under someone; also said of buildings and books.',
    example: 'The department is falling apart under the new head.',
  },
  {
    id: 'weak/glued-to-phones',
    pattern: 'glued to their phones',
    note: 'Parents or pupils mocked for their phones; also a plain description, so weak.',
    example: 'The parents at pick-up are glued to their phones.',
  },
  {
    id: 'weak/no-wonder',
    pattern: 'no wonder (?:we|they|she|he|nobody|no one)',
    note: 'Blame implied: "no wonder nobody stays", said beside the one to blame.',
    example: 'With a head like that, no wonder nobody applies.',
  },
  {
    id: 'weak/nobody-stays',
    pattern: 'nobody stays',
    note: 'Staff turnover blamed on someone; also a plain fact about a post.',
    example: 'Nobody stays in that department for long.',
  },
  {
    id: 'weak/wonder-why',
    pattern: 'wonder why',
    note: 'Blame implied by a question ("and they wonder why staff leave").',
    example: 'The trust cuts our budget and then they wonder why staff leave.',
  },
  {
    id: 'weak/trouble',
    pattern: '(?:are|is|were|always)(?: always| just)? (?:the usual )?trouble\\b',
    note: 'A pupil or family called trouble; the whole word only ("troublesome" is left to plain description).',
    example: 'That family is always trouble.',
  },
  {
    id: 'weak/pyjamas-at-the-gate',
    pattern:
      '(?:turned up|turns up|rocked up|rocks up|came|comes) (?:to \\w+ )?(?:in|wearing) (?:her|his|their) (?:pyjamas|pjs|jammies|onesie|dressing gown|slippers)',
    note: 'Mocking how a parent dresses at the gate. Kindness can explain it ("…in her slippers, bless her"), so quiet near praise.',
    example: 'One mum rocked up to assembly in her pyjamas.',
  },
  {
    id: 'weak/doom-prison',
    pattern:
      '(?:end|ends|ending|wind|winds|finish) up (?:in|behind) (?:prison|jail|the nick|bars|borstal|a cell|young offenders)',
    note: 'Prison foretold for a pupil or family. Needs its target in the same clause: a story about a criminal is not about a pupil.',
    example: 'That boy will end up in prison like his brother.',
  },
  {
    id: 'weak/doom-nowhere',
    pattern: '(?:going|headed|heading) nowhere(?: in life| fast)?',
    note: 'A pupil written off ("heading nowhere in life"); also said of talks and traffic.',
    example: 'Half that class are heading nowhere in life.',
  },
  {
    id: 'weak/doom-no-future',
    pattern: '(?:no|zero) (?:future|manners|respect|discipline|boundaries)',
    note: 'A pupil or family said to have no manners or no future; also said of a policy or a plan, so weak.',
    example: 'Those kids have zero manners.',
  },
  {
    id: 'weak/doom-turn-out-the-same',
    pattern:
      "(?:will|gonna|going to|'ll) turn out (?:the same|just like|like (?:their|his|her|them))",
    note: 'A child said to be bound to turn out like their family.',
    example: 'The youngest will turn out just like her mother, you watch.',
  },
  {
    id: 'weak/all-the-same',
    pattern: "(?:are|is|'re) all the same(?=[ ,.!]|$)",
    note: 'A whole group lumped together ("those parents are all the same"). Not before a noun ("all the same size").',
    example: 'Parents from that estate are all the same.',
  },
  {
    id: 'weak/pure-trouble',
    pattern: '(?:pure|nothing but|double) trouble',
    note: 'A pupil called nothing but trouble; also a film title and a fond tease, so weak.',
    example: 'The twins in Year 4 are double trouble.',
  },
  {
    id: 'weak/troublemakers',
    pattern: 'troublemakers?',
    note: 'A pupil labelled a troublemaker; also staff describing behaviour plainly, so it needs a target.',
    example: 'He is a known troublemaker in Year 8.',
  },
  {
    id: 'weak/future-criminals',
    pattern: 'future (?:criminals?|jailbirds?|convicts?|benefit claimants?)',
    note: 'Pupils written off as future criminals.',
    example: 'My set 4 are a room of future criminals.',
  },
  {
    id: 'weak/skiving',
    pattern: '(?:swan(?:s|ned|ning)? off|swanning (?:about|around)|skiving|skives|skived)',
    note: 'Slacking alleged of a colleague ("the head swanned off to a conference"); also how staff describe truancy plainly.',
    example: 'The deputy swanned off to a conference again.',
  },
  {
    id: 'weak/does-nothing',
    pattern:
      '(?:does|do|did|doing) (?:absolutely )?(?:nothing|sod all|bugger all|zero) (?:all day|but|except)',
    note: 'A colleague said to do nothing all day. Needs the continuation: "did nothing but smile" is kind.',
    example: 'The business manager does sod all except send emails.',
  },
  {
    id: 'weak/sits-on-backside',
    pattern: '(?:sits?|sat|sitting) on (?:her|his|their) (?:backsides?|arses?|bums?|hands)',
    note: 'Idleness alleged of someone. "Sat on their hands" is also said of a pupil asked to keep still.',
    example: 'The site team sit on their backsides while we move the chairs.',
  },
  {
    id: 'weak/out-of-depth',
    pattern: '(?:completely |totally |way |well |hopelessly )?out of (?:his|her|their) depth',
    note: 'A leader or colleague said to be out of their depth; also said kindly of a new starter.',
    example: 'The new SENCo is completely out of her depth.',
  },
  {
    id: 'weak/only-cares-about',
    pattern: 'only cares? about',
    note: 'Selfishness alleged ("the head only cares about results"); also said proudly of a pupil.',
    example: 'The head only cares about league tables.',
  },
  {
    id: 'weak/no-point-trying',
    pattern: 'no point (?:even )?(?:trying|bothering)',
    note: "Someone written off as not worth the effort; also said of the writer's own plans.",
    example: 'With that family there is no point even trying.',
  },
  {
    id: 'weak/idea-of-support',
    pattern:
      "(?:'s|their|his|her) idea of (?:support|help|leadership|consultation|communication|listening|a plan|planning|teaching) is",
    note: 'A leader\'s idea of support mocked ("her idea of support is a mug of tea").',
    example: "The head's idea of support is an email at midnight.",
  },
  {
    id: 'weak/on-something',
    pattern: "(?:is|are|'s|'re|must be|seems? to be) on something",
    note: 'Someone said to be on drugs, half in jest; also "on something" as a project, so weak.',
    example: 'Whoever wrote this timetable must be on something.',
  },
  {
    id: 'weak/superlatives',
    pattern:
      '(?:the )?(?:nosiest|rudest|laziest|thickest|dimmest|stupidest|dumbest|smuggest|meanest|nastiest|most (?:interfering|entitled|useless|obnoxious|incompetent|arrogant|pompous|irritating|clueless|spoilt|unpleasant|vile|ungrateful|unprofessional))',
    note: 'Superlatives of contempt ("the nosiest lot going"). Weak: "the rudest joke" is about a joke.',
    example: 'Our PTA chair is the most interfering woman alive.',
  },
  {
    id: 'weak/clown-emoji',
    pattern: '🤡',
    note: 'A clown beside a target calls it a clown; alone it is a party or a joke at oneself.',
    example: 'New behaviour policy from the trust 🤡',
  },
  {
    id: 'weak/snake-emoji',
    pattern: '🐍',
    note: 'A snake beside a target calls someone a snake; alone it is a reptile.',
    example: 'Guess who went straight to the head 🐍',
  },
  {
    id: 'weak/finger-emoji',
    pattern: '🖕',
    note: 'A raised middle finger at a target.',
    example: 'Ofsted 🖕',
  },
  {
    id: 'weak/vomit-emoji',
    pattern: '🤮',
    note: 'Disgust at a target; alone it is feeling sick.',
    example: 'Another email from the CEO 🤮',
  },
  {
    id: 'weak/poo-emoji',
    pattern: '💩',
    note: 'A target called rubbish by emoji; also a toilet-training joke.',
    example: 'That trust is 💩',
  },
];
