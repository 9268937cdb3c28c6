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

/**
 * The school words the extension reads from its data file (lib/engine/data.ts, `schoolWords`)
 * rather than carrying in background.js; Node imports them. Word lists are space-separated
 * and decoded once (school-variants.ts, `schoolWordsOf`).
 */
export interface SchoolWordData {
  /** WELSH_COUNCIL_NAMES. */
  welshCouncils: Readonly<Record<string, readonly string[]>>;
  /** Short forms of county names that councils go by, `county:short`: "Notts County
   * Council" for Nottinghamshire County Council. Only ever matched with "council" after them
   * ("Notts County" alone is a football club). */
  countyShortForms: string;
  /** School nouns after a short name that show it means the school, in any case and with no
   * cue before it: "sandlow parents", "the Wrenfield Year 10 group", "a navy Brackley hoodie",
   * "lavender dock breakfast club". Rule id `school/short-name/school-noun-after`. */
  nounsAfter: string;
  /** Words before a one-word short name that make it the place, not the school: "we live in
   * Brackley", "the road to Brackley". Rule id `school/short-name/place-before`. */
  placeBefore: string;
  /** Words after a one-word short name that make it the place: "Brackley village hall",
   * "Brackley church". Rule id `school/short-name/place-after`. */
  placeAfter: string;
}

export const SCHOOL_WORD_DATA: SchoolWordData = {
  welshCouncils: WELSH_COUNCIL_NAMES,
  countyShortForms:
    'nottinghamshire:notts lancashire:lancs hertfordshire:herts buckinghamshire:bucks berkshire:berks wiltshire:wilts hampshire:hants gloucestershire:glos oxfordshire:oxon cambridgeshire:cambs leicestershire:leics northamptonshire:northants staffordshire:staffs worcestershire:worcs bedfordshire:beds derbyshire:derbys lincolnshire:lincs warwickshire:warks northumberland:northumb',
  nounsAfter:
    'parents parent families family staff staffroom pupils pupil kids children students year reception nursery preschool pta governors breakfast uniform hoodie hoodies jumper jumpers sweatshirt cardigan blazer book bag playground gates choir squad team teams class classes assembly community website newsletter mums dads alumni leavers',
  placeBefore: 'in of near around outside through to towards via past above below beyond',
  placeAfter:
    'village town road street lane church chapel station park farm estate beach harbour river loch woods wood common green fc afc rovers united surgery library co-op coop',
};
