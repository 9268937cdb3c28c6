// Who clause 5.5 protects, as staff write them. Each pattern is a regular
// expression source matched case-insensitively at word boundaries (sensitive
// ones are for short capitals such as "TA" or "LA" that are ordinary words in
// lower case). `label` completes "This could read as an attack on …".
import { IMPLIED_TARGETS } from './acts/fragments';
import type { TargetGroup } from './acts/kinds';
import {
  BARE_ROLES,
  BY_SURNAME,
  COLLEAGUE_TITLES,
  DEPARTMENTS,
  FAMILY_BY_SURNAME,
  FAMILY_CHILD,
  NAMED_SCHOOLS,
  NEWCOMERS,
  ROLE_NOUNS,
  SERVICES,
  TEACHING_GROUPS,
  WHOEVER,
  UNNAMED,
  WORK_PEOPLE,
} from './roles';

const DET = '(?:the|our|my|this|that|these|those|her|his|their|your|a|an|one|new)';

export const TARGET_GROUPS: TargetGroup[] = [
  {
    label: 'a pupil',
    patterns: [
      `(?:this|that|one|a|the) (?:kid|child|boy|girl|lad|pupil|student)`,
      'one of (?:mine|my (?:lot|class|kids|pupils))',
      'kid in my class',
      '(?:child|boy|girl|pupil) in my class',
      ...FAMILY_CHILD,
    ],
    exact: BY_SURNAME,
  },
  {
    label: 'pupils',
    patterns: [
      `${DET} (?:class|pupils|students|form|tutor group)`,
      '(?:my|our|her|his|this|that|your|their|the whole) lot',
      `(?:my|our|this|her|his|the) (?:nursery|reception|year \\d{1,2}) (?:lot|kids|class|children|pupils|group)`,
      "year ?\\d{1,2}(?:s|'s)?",
      // Welsh-medium schools' year groups: "Blwyddyn 9", "bl. 6".
      'blwyddyn \\d{1,2}',
      'key stage [1-5]',
      // Scotland and Northern Ireland count years P1–P7 and S1–S6: "my S2 class", "the P7s".
      "(?:my|our|the|this|that|her|his) (?:s[1-6]|p[1-7])(?:s|'s)?",
      "(?:s[1-6]|p[1-7])(?:s|'s)? (?:class|lot|kids|group|pupils|weans)",
      '(?:first|second|third|fourth|fifth|sixth|upper sixth|lower sixth)[- ]years',
      'weans',
      // Colleges and Welsh schools say learners; FE groups go by level: "the Level 2 group", "L3 lot".
      'learners',
      'apprentices',
      'sixth[- ]formers',
      '(?:the|my|our|this|that) (?:upper|lower) sixth',
      '(?:level [1-3]|l[1-3]) (?:group|lot|class|learners|students|cohort)',
      'yr ?\\d{1,2}',
      'y\\d{1,2}',
      'reception(?: class| kids| children)?',
      '(?:kids|children|pupils|students|boys|girls|lads)',
      ...TEACHING_GROUPS,
      'little ones',
      '(?:\\d{1,2}|[a-z]+)[- ]year[- ]olds',
      '(?:little|precious) (?:darlings?|angels?|cherubs?|princes(?:s|ses)?|emperors?|treasures?)',
    ],
    exact: ['(?:S[1-6]|P[1-7])s?', 'Y\\d{1,2}', '(?:[7-9]|1[0-3])(?!AM|PM)[A-Z]{1,2}\\d?', 'KS\\d'],
  },
  {
    label: 'parents',
    patterns: [
      '(?:parents?|mums?|dads?|mothers|fathers|carers|grandparents|families|family|parent helpers?)',
      'parenting',
      '(?:year \\d{1,2}|reception|nursery|class \\w+) (?:parents|mums|dads|families)',
      '(?:that|this|one|a|the) (?:mum|dad|mother|father|parent|family|grandad|grandma|granny|grandpa|nan|nana|step-?mum|step-?dad|auntie|uncle)',
    ],
    exact: FAMILY_BY_SURNAME,
  },
  {
    label: "the school's leaders",
    patterns: [
      '(?:senior )?leadership(?: team)?',
      'senior leaders?(?: team)?',
      'management',
      'upstairs',
      'governors?',
      'chair of governors',
      // "head to" is a journey, but "the head today", "the head upset" are the head.
      `(?:the|our|my|new|that|this|a|acting|executive|exec) (?:new |["\u201c]\\w+["\u201d] )?head(?:teacher|master|mistress)?(?! ?(?:down|round|home|out|back|for|to|up|first|start|count|lice|cold|ache)\\b)`,
      'head ?teacher',
      // A sentence that opens on "Head" with no "the": "Head asked me to find £2,000".
      '(?<=^|[.!?] )head(?= (?:asked|wants|said|says|told|thinks|decided|has|had|just|emailed|sent|announced|wanted|expects))',
      // A private nursery's leaders: "the nursery owner", "our proprietor".
      '(?:nursery|setting|school) owners?',
      'proprietors?',
      // "Nice of the head to …": here "head to" is no journey.
      '(?:nice|good|kind|big|decent|lovely|great) of (?:the|our|my) (?:new )?head(?= to )',
      'head of (?:school|year|department|dept|maths|english|science|phase|key stage|\\w+ ?\\d*)',
      "head's",
      'head is an?',
      'deputy(?: head)?',
      // Scotland's deputy head: "the depute", "our depute head".
      'deputes?(?: heads?)?',
      'vice[- ]principals?',
      'the board(?: of governors)?',
      'assistant head',
      'principal',
      'ceo',
      '(?:our|the|my|school|trust) (?:[\\w-]+ )?leaders?',
      '(?:the |bunch of |men in )suits',
      'powers that be',
      '(?:my|our|the) (?:boss|bosses|gaffer)',
      'top brass',
      'head office',
      'governing (?:body|board|bodies|boards)',
      // "The principalship bought it", Northern Ireland's and Scotland's word for the leaders.
      'principalship',
      // The chair of governors as staff call her: "our chair has never read the papers". Not the
      // furniture: a verb of a person follows.
      '(?:our|the|my) chair(?= (?:is|was|has|had|never|always|asked|said|says|wants|thinks|just|still|seems|insisted|decided|turned|opened|reads|read)\\b)',
      // The head in Welsh, Gaelic and Irish: "Y Pennaeth", "an ceannard", "an príomhoide".
      'pennaeth',
      'prifathr(?:o|awes)',
      'ceannard',
      'pr[i\u00ed]omhoide',
    ],
    exact: ['SLT', 'SMT', 'HT', 'DHT', 'MAT', 'VPs?', 'AHTs?'],
  },
  {
    label: 'a colleague',
    patterns: [
      ...COLLEAGUE_TITLES,
      ...ROLE_NOUNS,
      ...WHOEVER,
      ...WORK_PEOPLE,
      ...UNNAMED,
      ...NEWCOMERS,
    ],
    // "PT Maths" is Scotland's principal teacher of a subject; "HoD" a head of department.
    exact: [
      'TAs?',
      'HLTAs?',
      'LSAs?',
      'NQTs?',
      'ECTs?',
      'SENCO',
      'DSL',
      'PT(?: [A-Z][\\w-]+)?',
      'HoDs?',
      'HoYs?',
      'PSAs?',
    ],
  },
  { label: 'colleagues', patterns: DEPARTMENTS },
  {
    label: 'other professionals',
    patterns: [
      'social workers?',
      'social services',
      "children's services",
      'ed(?:ucational)? psych(?:ologist)?s?',
      'speech (?:and language )?therapists?',
      'therapists?',
      '(?:school )?nurses?',
      'pcsos?',
      'police',
      '(?:lead )?inspectors?',
      'case ?workers?',
      'inclusion (?:officer|team|lead)',
      '(?:the )?(?:la|council) (?:officer|team)',
      'advis[eo]rs?',
      'consultants?',
      '(?:pe|sports|football) coach(?:es)?',
      '(?:the|that|this|our|their) agency',
      'supply agency',
      'agency (?:staff|teachers?|worker)',
      'catering (?:company|firm|staff|team)',
      'caterers',
      '(?:the|our|their|those|these) (?:bus|taxi|coach|minibus) (?:drivers|escorts|firm)',
      'contractors?',
      // The firms a school hires: "the cleaning company", "our IT provider", "the roofers".
      '(?:the|our|that|this|their|new) (?:[\\w-]+ ){0,3}(?:company|firm|provider|suppliers?|contractors?|agency|agencies)',
      // A firm by its trade with no "the", opening a sentence: "Lift company came to fix it".
      '(?<=^|[.!?] )[\\w-]+ (?:company|firm|agency)',
      '(?:cleaning|catering|building|roofing|heating|security|it|transport|bus) (?:company|firm|provider|crew|lot|crowd)',
      '(?:the|those|these) (?:builders|roofers|plumbers|electricians|workmen|scaffolders)',
      // Not a builder's brew or the merchant's: "Builders tea, two sugars".
      '(?<=^|[.!?] )(?:builders|roofers|plumbers|electricians|workmen|scaffolders)(?! (?:tea|brew|merchants?|yard)\\b)',
      'campus (?:cop|police officer|officer)',
      'speech and language(?: service| team)?',
      '(?:the |our |a |their )?gps?',
      // The doctors' surgery pupils are sent to: "the local surgery", "our GP surgery".
      "(?:the|our|local|that) (?:local )?(?:gp |doctors'? |health centre )?surgery",
      // A trainee's university tutor: "my uni link tutor", "the university tutor".
      '(?:uni|university|link|college) (?:link )?tutors?',
      // Engineers sent to fix something: "the engineers came to fix the boiler".
      '(?:the|those|these|their) (?:[\\w-]+ )?engineers',
      'exam boards?',
      'paediatricians?',
      'health visitors?',
      'camhs',
      'clipboard (?:brigade|warriors?|merchants?)',
      'educational psychologists?',
    ],
    // A school improvement partner, an occupational therapist, the youth offending service, an
    // education welfare officer: "Had our SIP in today", "the OT report is a cut and paste job".
    exact: ['SALT', 'EPs?', 'GP', 'SIPs?', 'OTs?', 'YOS', 'EWOs?'],
  },
  { label: 'Ofsted', patterns: ['ofsted'] },
  {
    // The other inspectorates of the UK: Estyn (Wales), ETI (Northern Ireland), Education
    // Scotland and the ISI (independent schools).
    label: 'the inspectors',
    patterns: ['estyn', 'education scotland', 'hmie', 'inspectorate', 'inspection team'],
    exact: ['ETI', 'ISI'],
  },
  {
    // Bodies schools answer to outside the council: exam boards and employing authorities.
    label: 'an organisation the school works with',
    patterns: ['sqa', 'ccms', 'ccea', 'wjec', 'aqa', 'edexcel', 'diocese', 'exam board'],
  },
  {
    label: 'the council',
    patterns: [
      'council',
      'local authority',
      'the la',
      'sen(?:d)? (?:team|department|panel)',
      // Northern Ireland's Education Authority: "the EA", "EA finance".
      'education authority',
      '(?:the|our) ea',
      // "Must be a different EA": the capitals alone, so "ea" inside ordinary text is not it.
      'education department',
      // A council's or trust's own sections: "the transport section", "Kilnbank's HR department".
      "(?:the|[a-z]+'s) (?:hr|finance|payroll|transport|admissions|estates|it|legal) (?:department|team|section|office)",
      '(?:the )?admissions (?:team|department|office)',
      // The county council by its building or its services: "Whoever at County Hall…",
      // "County transport couldn't organise…".
      'county hall',
      'county (?:transport|council|highways|admissions|finance|payroll)',
    ],
    exact: ['LA', 'EA'],
  },
  {
    label: 'the trust',
    patterns: ['(?:the|our|this|my) trust', "trust's", '(?:multi-)?academy trusts?'],
    // A trust by its own name: "Riverside Learning Trust", "Oak Multi-Academy Trust".
    exact: [
      "(?:[A-Z][\\w'-]+ ){1,3}(?:Multi-Academy|Academy|Academies|Schools|Learning|Education(?:al)?) Trust",
    ],
  },
  { label: 'the PTA', patterns: ['pta', 'parent teacher association', 'friends of the school'] },
  // Who an allegation implies ("that woman", "where the money went"): claims only (judge.ts).
  { label: 'someone', patterns: IMPLIED_TARGETS },
  // Placed after the groups above: "our admissions team" stays the council's, "the SEND team" too.
  {
    label: 'a team or service',
    // A school's or trust's own back office by its short name: "HR still haven't replied",
    // "payroll got it wrong again".
    patterns: [...SERVICES, '(?:the |our |trust |council )?(?:payroll|facilities management)'],
    exact: ['(?:[Tt]he |[Oo]ur |[Tt]rust |[Cc]ouncil )?HR(?! (?:department|team|section|office))'],
  },
  { label: 'a colleague', patterns: BARE_ROLES },
  {
    label: 'another school',
    patterns: [
      '(?:the|that|this) (?:academy|school|primary|secondary|comp)(?: school)? (?:down|up|across|over) the road',
      '(?:the|that|this) (?:[\\w-]+ ){0,2}(?:academy|school|primary|secondary|comp|juniors|infants)(?: school)? (?:next door|down the road|up the road|across the road|over the road|round the corner|on the estate|nearby|in town)',
      'the other (?:primary|school|academy|secondary)',
      '(?:the|that|our) local (?:primary|secondary|academy|comp|school|high|juniors|infants)',
      'other schools?',
      '(?:the|our|local) (?:feeder )?primaries',
      'feeder schools?',
      'that (?:school|academy)',
      // "a certain academy down the road", "the grammar up the road", "the school up the hill".
      'a certain (?:academy|school|primary|secondary|high school|college)',
      // "a week at an all-through academy in Stoke": an academy, not ours.
      '(?:a|an) (?:[\\w-]+ ){0,2}academy',
      '(?:the|that) grammar(?: school)?',
      '(?:the|that) (?:school|academy|primary|secondary) (?:up|down|over) the (?:hill|lane|road|way)',
      'the school i was (?:in|at) (?:today|yesterday|this week|last week)',
      'the academy',
      'head who',
      // A school by its kind, not ours: "that prep school", "the free school", "the cluster
      // secondary", "the local comprehensives", "a neighbouring academy".
      '(?:the|that|this|a|an|local|nearby) (?:local |nearby )?(?:prep|free|independent|private|neighbouring|cluster|mainstream|partner|rival|comprehensive|sixth form)(?: [\\w-]+)? (?:schools?|academy|academies|primary|primaries|secondary|secondaries|college|high)',
      '(?:the |our )?local comprehensives?',
      // Other settings round about, nurseries too: "that chain nursery round the corner",
      // "Mainstream schools round here use us as a skip".
      '(?:the|that|this) (?:[\\w-]+ ){0,2}(?:nursery|nurseries|pre-?school|setting)(?: [\\w-]+)? (?:next door|down the road|up the road|across the road|round the corner|on the estate|nearby|in town)',
      '(?:chain|private|local|other) nurser(?:y|ies)',
      'mainstream (?:schools|primaries|secondaries|settings|colleges)',
      '(?:schools|nurseries|settings|academies|primaries) (?:a)?round here',
    ],
    exact: NAMED_SCHOOLS,
  },
  {
    label: 'the school',
    patterns: [
      '(?:my|our|this|the) (?:school|workplace|setting|nursery|college|centre)',
      '(?:my|our) (?:place|current school)',
      'the place (?:i|we) work',
      'where i work',
      'at ours',
      'a school',
      'this place',
      // "Working here is like…": the writer's workplace, unnamed.
      '(?:working|work|teaching) here',
      'that place',
    ],
  },
];
