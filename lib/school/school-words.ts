// Words that say what kind of institution a name is. Stripped from the end of the
// school's name to find its distinctive short name ("Old Park Primary School and
// Nursery" → "Old Park"); a form that keeps one of them names the school in any case.
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'school',
  'schools',
  'primary',
  'academy',
  'nursery',
  'infant',
  'infants',
  'junior',
  'juniors',
  'college',
  'high',
  'secondary',
  'middle',
  'first',
  'federation',
  'prep',
  'preparatory',
  // Welsh: "Ysgol Gynradd Nant Fawr" (primary), "Ysgol Gyfun …" (comprehensive)
  'ysgol',
  'gynradd',
  'gyfun',
  'uwchradd',
  'feithrin',
]);

/** Words stripped with the institution words but that do not name a school on their own. */
export const NAME_FILLER_WORDS: ReadonlySet<string> = new Set([
  'and',
  'c',
  'of',
  'e',
  'ce',
  'cofe',
  'church',
  'england',
  'catholic',
  'rc',
  'roman',
  'community',
  'free',
  'va',
  'vc',
  'voluntary',
  'aided',
  'controlled',
  'methodist',
  'foundation',
  'trust',
  'the',
  'all',
  'through',
  'special',
  'studio',
  'university',
  'technical',
]);

/** Trailing words of a council's name ("Telford & Wrekin Council" → "Telford & Wrekin"). */
export const COUNCIL_WORDS: ReadonlySet<string> = new Set([
  'council',
  'borough',
  'county',
  'city',
  'metropolitan',
  'district',
  'unitary',
  'authority',
]);

/** Words before a single-word short name that show it means the school: "ten years at Brookside". */
export const SHORT_NAME_CUES: ReadonlySet<string> = new Set([
  'at',
  'from',
  'join',
  'joined',
  'joining',
  'leave',
  'leaving',
  'left',
  'into',
  'teach',
  'teaching',
  'work',
  'working',
  'team',
  'proud',
]);

/** The Welsh names of Wales's 22 councils, keyed by the English core of their name
 * (folded, "&" as "and"): Welsh-medium posts write "Cyngor Caerdydd" for Cardiff Council. */
export const WELSH_COUNCIL_NAMES: Readonly<Record<string, readonly string[]>> = {
  cardiff: ['cyngor caerdydd', 'cyngor dinas caerdydd'],
  swansea: ['cyngor abertawe', 'cyngor dinas a sir abertawe'],
  newport: ['cyngor casnewydd', 'cyngor dinas casnewydd'],
  'vale of glamorgan': ['cyngor bro morgannwg'],
  'rhondda cynon taf': ['cyngor rhondda cynon taf'],
  gwynedd: ['cyngor gwynedd'],
  conwy: ['cyngor conwy', 'cyngor bwrdeistref sirol conwy'],
  denbighshire: ['cyngor sir ddinbych'],
  flintshire: ['cyngor sir y fflint'],
  wrexham: ['cyngor wrecsam', 'cyngor bwrdeistref sirol wrecsam'],
  powys: ['cyngor sir powys'],
  ceredigion: ['cyngor sir ceredigion'],
  pembrokeshire: ['cyngor sir penfro'],
  carmarthenshire: ['cyngor sir gar', 'cyngor sir caerfyrddin'],
  'neath port talbot': ['cyngor castell nedd port talbot'],
  bridgend: ['cyngor pen y bont ar ogwr'],
  'merthyr tydfil': ['cyngor merthyr tudful'],
  caerphilly: ['cyngor caerffili'],
  'blaenau gwent': ['cyngor blaenau gwent'],
  torfaen: ['cyngor torfaen'],
  monmouthshire: ['cyngor sir fynwy'],
  'isle of anglesey': ['cyngor sir ynys mon'],
  anglesey: ['cyngor sir ynys mon'],
};

/** School nouns after a short name that show it means the school, in any case and with
 * no cue before it: "sandlow parents", "the Wrenfield Year 10 group", "a navy Brackley
 * hoodie", "lavender dock breakfast club". Rule id `school/short-name/school-noun-after`. */
export const SCHOOL_NOUNS_AFTER: ReadonlySet<string> = new Set(
  'parents parent families family staff staffroom pupils pupil kids children students year reception nursery preschool pta governors breakfast uniform hoodie hoodies jumper jumpers sweatshirt cardigan blazer book bag playground gates choir squad team teams class classes assembly community website newsletter mums dads alumni leavers'.split(
    ' ',
  ),
);

/** Words before a one-word short name that make it the place, not the school: "we live in
 * Brackley", "the road to Brackley". Rule id `school/short-name/place-before`. */
export const PLACE_BEFORE_SHORT_NAME: ReadonlySet<string> = new Set(
  'in of near around outside through to towards via past above below beyond'.split(' '),
);

/** Words after a one-word short name that make it the place: "Brackley village hall",
 * "Brackley church". Rule id `school/short-name/place-after`. */
export const PLACE_AFTER_SHORT_NAME: ReadonlySet<string> = new Set(
  'village town road street lane church chapel station park farm estate beach harbour river loch woods wood common green fc afc rovers united surgery library co-op coop'.split(
    ' ',
  ),
);

/** Short forms of county names that councils go by: "Notts County Council" for
 * Nottinghamshire County Council. Ids `county-short/<county>`. Only ever matched with
 * "council" after them ("Notts County" alone is a football club). */
export const COUNTY_SHORT_FORMS: ReadonlyMap<string, string> = new Map(
  'nottinghamshire:notts lancashire:lancs hertfordshire:herts buckinghamshire:bucks berkshire:berks wiltshire:wilts hampshire:hants gloucestershire:glos oxfordshire:oxon cambridgeshire:cambs leicestershire:leics northamptonshire:northants staffordshire:staffs worcestershire:worcs bedfordshire:beds derbyshire:derbys lincolnshire:lincs warwickshire:warks northumberland:northumb'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);
