// Target grammar beyond a fixed list of titles (issue 9, unseen schools): staff
// name each other by role nouns with modifiers ("the exams officer", "our
// cover supervisor"), by department or team ("the PE department", "head
// office"), by teaching group ("my bottom set", "set 4") or as "whoever …".
// Regular-expression sources like targets.ts: each bounded.

const OWNER = '(?:the|our|my|this|that|their|your|his|her|a|an|new|whole|entire)';

/** Subjects and services a school is organised into. */
const AREAS =
  '(?:maths|math|english|science|sciences|humanities|history|geography|languages|mfl|re|rs|pe|sport|sports|music|art|drama|dt|technology|computing|it|ict|business|media|psychology|sociology|early years|eyfs|ks1|ks2|ks3|ks4|sixth form|senior|leadership|admin|office|pastoral|send?|inclusion|safeguarding|exams?|data|finance|hr|site|estates|catering|comms|marketing|admissions|attendance|behaviour|support|central|wellbeing|careers|facilities|premises|cover|timetabling|curriculum|assessment|learning support|student services|lunchtime|dinner|kitchen|cleaning|midday|reprographics|repro)';

/** Colleagues by the titles staff use every day. */
export const COLLEAGUE_TITLES = [
  'colleagues?',
  `(?:the|our|my|a|an|new|her|his|that|this|their|year \\d{1,2}'s) (?:\\w+ )?teacher`,
  'form tutors?',
  '(?:nursery|office|site|business|line|practice|deputy|room|centre|catering|school) managers?',
  'teachers',
  'teaching assistants?',
  'send?cos?',
  'receptionists?',
  'admin (?:staff|team|lady|ladies)',
  '(?:exams?|data|attendance|finance|hr) (?:officer|manager|lead)',
  'learning mentors?',
  'pastoral (?:lead|team|staff|manager)',
  'family support workers?',
  '(?:subject|phase|maths|english|science|pe|music|art|computing|reading|phonics|early years|eyfs|ks1|ks2|behaviour|pastoral|safeguarding|send?|inclusion|literacy|numeracy|year|room) lead(?:er)?s?',
  'technicians?',
  'librarian',
  'lollipop (?:lady|man)',
  'minibus driver',
  'business manager',
  'office (?:staff|team|ladies|manager)',
  'site manager',
  'line manager',
  'bursar',
  'caretaker',
  // Scotland's caretaker, a boarding school's nurse, a probationer teacher (Scotland's NQT).
  'janitor',
  'jannie',
  'matron',
  'probationers?',
  'student teachers?',
  'cleaners?',
  'dinner lad(?:y|ies)',
  'midday(?: supervisors?| staff)?',
  'lunchtime (?:staff|supervisors?)',
  'kitchen staff',
  // A team by where it works, with no "the": "Kitchen lot have blocked the fire exit again".
  '(?:kitchen|canteen|office|site|cleaning|catering|science|maths|english) (?:lot|crowd|mob)',
  'supply(?: teachers?| staff)?',
  'trainee',
  'the staff',
  'staff',
];

/** Departments, faculties and teams: "the PE department", "our admissions team". */
export const DEPARTMENTS = [
  `${OWNER} (?:[a-z&-]+ ){0,2}(?:department|dept|faculty|faculties)`,
  `${OWNER} ${AREAS}(?: ${AREAS})? (?:team|staff|office|lot|crew|bods)`,
  '(?:the|our|my|this|that) (?:year \\d{1,2}|reception|nursery|ks\\d|eyfs|upper school|lower school) (?:team|staff)',
  "(?:the )?(?:trust|council|la|local authority)'?s? (?:[a-z]+ )?(?:team|office|department|officers?)",
  '(?:head|central|district|regional|area) office',
  // A department opening a sentence with no "the": "Engineering department left the lathe on again".
  '(?<=^|[.!?] )(?:[a-z&-]+ ){1,2}(?:department|dept|faculty)(?! (?:store|stores)\\b)',
  // A split site's or federation's other half: "the other site never send the registers back".
  '(?:the|our) other (?:site|campus)(?!s)',
  // The trust's or council's central staff: "the bloke from IT at trust HQ".
  '(?:trust|council|county) (?:hq|headquarters|central team)',
  // "the office lost my form"; not "I was in the office".
  '(?<!\\b(?:in|at|to|from|into|outside|by|of|near|round) )\\b(?:the|our) (?:school |front )?office(?! (?:party|chair|door|window|hours|block|job|space))',
];

/** Role nouns that name an adult at work, with the words that may stand before them. */
const ROLES =
  '(?:officer|co-?ordinator|verifier|examiner|rep|cook|supervisor|director|administrator|mentor|manager|advis[eo]r|partner|clerk|trustee|technician|instructor|invigilator|moderator|assessor|tutor|trainer|secretary|chair of \\w+|chairman|chairwoman|lead practitioner|practitioner)';
export const ROLE_NOUNS = [
  `${OWNER} (?:[\\w'-]+ ){0,2}${ROLES}s?(?: of [\\w-]+)?`,
  // A role in scare quotes mocks the title: "my 'mentor'", "the trust 'director of education'".
  `${OWNER} (?:[\\w'-]+ ){0,2}['"\\u2018\\u201c](?:[\\w-]+ ){0,2}${ROLES}(?: of [\\w-]+)?['"\\u2019\\u201d]`,
  `(?:cover|exams?|attendance|data|finance|network|it) (?:supervisors?|officers?|managers?|techs?|technicians?|guys?|lady|ladies)`,
];

/** A word that qualifies a role or a body: no determiner, pronoun or preposition ("the kids in the team"). */
const QUALIFIER =
  "(?!(?:the|a|an|in|of|and|or|to|for|on|at|with|by|from|my|our|your|their|his|her|its|is|are|was|were|be|i|we|you|they|he|she|it|such|so|very|hard|good|great|best|real)\\b)[\\w'&-]+";

/**
 * A role opening a sentence with no "the", as posts drop it: "Early help coordinator says it's
 * not her remit", "Youth offending worker cancelled again", "Director of sixth form is a busy fool".
 * A group of its own after the professionals in targets.ts, so "Social workers are…" stays theirs.
 */
export const BARE_ROLES = [
  `(?<=^|[.!?] )(?!social |case )(?:${QUALIFIER} ){0,2}(?:${ROLES}|worker|escort)s?(?: of [\\w-]+(?: form)?)?(?= [a-z])`,
  // "our attendance liaison worker", "the transport escort"; a social worker is a professional.
  `${OWNER} (?!social |case )(?:${QUALIFIER} ){1,2}(?:worker|escort)s?`,
];

/**
 * A body named by what it does, one to three words then team, service, desk or the like: "the
 * sensory support team", "our payroll bureau", "the MIS support desk", "our IT managed service",
 * "the teaching school hub". Not a sports or quiz team ("our netball team smashed it"), nor a
 * service outside school ("the bus service was cancelled", "the carol service").
 */
export const SERVICES = [
  `${OWNER} (?!(?:football|netball|rugby|hockey|cricket|rounders|sports?|debating|quiz|chess|dance|cheer|relay|swimming|athletics|basketball|volleyball|school|house|tag)\\b)(?:${QUALIFIER} ){1,3}(?<!\\b(?:bus|train|rail|postal|delivery|broadband|phone|mobile|customer|health|fire|ambulance|streaming|church|memorial|funeral|carol|bin|refuse|tea|dinner|room) )(?:team|service|desk|helpdesk|bureau|hub|directorate|unit|panel)s?(?! (?:player|shirt|kit|photo|talk|building|game|bus|station|day|leader)s?\\b)`,
];

/** Addressed without a name: "you know who you are". */
export const UNNAMED = [
  'you know who you are',
  // Colleagues pointed at but not named: "certain members of staff", "a certain someone",
  // "some people in this department". Plain "some people" is everyone online, so it needs the
  // workplace after it.
  'certain (?:people|individuals|members of staff|staff members|colleagues|teachers|staff)',
  'a certain someone',
  'naming no names',
  'some (?:colleagues|members of staff|staff members)',
  '(?:some )?(?:people|folk|folks|everyone|everybody) (?:here|(?:in|at|on) (?:our|this|my|the) (?:staff ?room|department|dept|office|team|school|building|corridor|site|workplace|place))',
];

/** A colleague new to the place, by who they are: "the new lad in geography", "the new girl on reception". */
export const NEWCOMERS = [
  '(?:the|our|that) new (?:girl|lad|lass|guy|bloke|woman|man|one|starter|recruit) (?:in|on|from|at) (?:the )?[\\w-]+',
];

/** A family or child by its surname: "the Pritchard twins", "the Okafor family". Capitals only. */
export const BY_SURNAME = [
  "[Tt]he [A-Z][\\w'-]+ (?:boy|boys|girl|girls|twins|kids|children|lad|lads|lass|brothers|sisters|triplets)",
];
export const FAMILY_BY_SURNAME = [
  "[Tt]he [A-Z][\\w'-]+ (?:family|families|household|clan|parents)",
];

/** Someone known by their job: "the reprographics woman", "the IT guy". */
export const WORK_PEOPLE = [
  '(?:the|our|that) (?!old |young |little |poor |nice |lovely )[\\w-]+ (?:woman|man|lady|guy|bloke|fella)',
];

/** Whoever decided, wrote or runs something: an unnamed colleague or leader. */
export const WHOEVER = [
  // "Whoever at County Hall signed that contract", "whoever double-booked the minibus".
  '(?:whoever|whoevers|the person who|the people who|the genius who|the bright spark who)(?: (?:in|at|from) (?:the |our )?\\w+(?: \\w+)?)? (?:\\w+ )?(?:keeps|write|wrote|writes|designed|designs|decided|decides|made|makes|runs|ran|planned|plans|organised|organises|thought|came up|set|sets|approved|signed|signs|ordered|orders|agreed|agrees|bought|buys|double-booked|booked|books|cancelled|timetabled|scheduled|told|tells|sent|sends|is in charge|was in charge|put|chose|picked|drew up|comes up)',
];

/** Teaching groups: "my bottom set", "set 4", "my Year 10 set", "the top sets". */
export const TEACHING_GROUPS = [
  'sets? \\d',
  '(?:bottom|top|lower|middle|foundation|higher|intervention|nurture) (?:sets?|groups?|tables?|streams?|bands?)',
  // "the set" alone is as often a stage set: it needs "my"/"our" or a year or subject.
  '(?:my|our) (?:year \\d{1,2} |yr ?\\d{1,2} |y\\d{1,2} |gcse |a-level |maths |english |science )?sets?(?! (?:of|up|off|out|in|the|a|to|for|on|by))',
  '(?:the|this|that) (?:year \\d{1,2}|yr ?\\d{1,2}|y\\d{1,2}|gcse|a-level|maths|english|science) sets?(?! (?:of|up|off|out))',
  "(?:my|our|this|that|the|your|their|his|her) (?:[\\w'-]+ )?(?:intake|cohort|year group)",
];

/** A parent's child, as a parent is addressed or described: "your kid", "their boy". */
export const FAMILY_CHILD = ['(?:your|their|his|her) (?:kid|child|boy|girl|lad|son|daughter)'];

/** Schools by their own names: "Hill View Juniors", "St Anne's C of E Primary". */
export const NAMED_SCHOOLS = [
  // A school by its saint alone, as staff name the one down the road: "St Aidan's isn't worth
  // applying to". Not a church, a feast day or the saint: "St Aidan's Church", "St Aidan of".
  "St\\.? [A-Z][\\w-]+'s(?! (?:Church|Day|Cathedral|Chapel|Parish|Hall|Hospital|of)\\b)",
  "(?:St\\.? )?(?:[A-Z][\\w'-]+ ){1,3}(?:Primary|Juniors?|Infants?|Academy|High|Secondary|Grammar|College|Prep|(?:C of E|CofE|RC|Catholic|Community) (?:Primary|School|Academy)|School)\\b",
];
