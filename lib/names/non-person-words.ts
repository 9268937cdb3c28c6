// Word lists for names used as a place, a thing, an animal, a business or a story
// character rather than a person (data, read by non-person.ts).

/** Verbs and nouns of travel before "to <Name>": "sailed to Iona", "a ferry to Barra". */
export const TRAVEL_TO: ReadonlySet<string> = new Set(
  'sail sailed sailing ferry ferries boat cruise cruised hike hiked hiking cycle cycled cycling drive drove driving trip trips holiday holidays flight flights flew journey voyage excursion expedition pilgrimage outing'.split(
    ' ',
  ),
);

/** Ideas named after their discoverer: "Newton's third law", "Hooke's law", "Darwin's theory". */
export const EPONYM_NOUNS: ReadonlySet<string> = new Set(
  'law laws theory theorem principle equation equations constant paradox effect rule conjecture method experiment cycle scale syndrome disease'.split(
    ' ',
  ),
);

/** Vehicles and ways whose "to" goes to a place: "the minibus to Wisbech", "a bridge to Hull". */
export const VEHICLES_TO: ReadonlySet<string> = new Set(
  'minibus minibuses bus buses coach coaches train trains tram trams taxi taxis ferry bridge road path route tunnel'.split(
    ' ',
  ),
);

/** Verbs that take a hill or a place straight after them: "hiked Morven", "climbed Skye". */
export const LANDSCAPE_VERBS: ReadonlySet<string> = new Set(
  'hiked hiking climbed climbing summited bagged scaled ascended'.split(' '),
);

/** Verbs of moving over ground before "up", "round", "over": "a walk up Bennachie". */
export const GROUND_VERBS: ReadonlySet<string> = new Set(
  'walk walked walking hike hiked hiking climb climbed climbing cycle cycled cycling run ran running scramble scrambled trek trekked'.split(
    ' ',
  ),
);
export const GROUND_PREPOSITIONS: ReadonlySet<string> = new Set('up round around over'.split(' '));

/** Words after "<Name> of" that keep it a person: "Amy of Year 4", "Ali of P5". */
export const GROUP_AFTER_OF = /^(?:year|class|room|reception|nursery|team|house|group|p\d.*)$/;

/** Schools and clubs after "<Name> of …": "Mia of St Ninian's Primary" is still a child. */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set(
  'school primary academy high college nursery club academicals rovers united'.split(' '),
);

/** Animals, food and objects that carry a name as characters: "Kevin the carrot". */
export const CHARACTER_NOUNS: ReadonlySet<string> = new Set(
  'carrot sprout potato pea banana apple egg dog cat hamster rabbit bunny mouse guinea pig frog toad snail worm caterpillar butterfly ladybird spider tortoise turtle fish goldfish bear teddy elf reindeer snowman dragon dinosaur unicorn robot tank engine train tractor bus car monkey lion tiger penguin owl fox duck goose hen chicken cow sheep lamb goat horse pony donkey gnome troll giant seagull gull pigeon squirrel hedgehog badger magpie crow heron deer swan'.split(
    ' ',
  ),
);

/** Legal and trade forms after a family name: "Paterson & Sons", "Kerr Ltd". */
export const BUSINESS_AFTER =
  /^(?:['’]s)?[ \t]*(?:&|and)[ \t]+(?:Sons?|Daughters?|Co|Partners)\b|^[ \t]+(?:Ltd|Limited|plc|PLC|LLP|Bros|Inc)\b/;

/** Title case after "<Name> and the": "Charlie and the Great Glass Lift" reads as a title. */
export const TITLE_AFTER =
  /^[ \t]+and (?:the|his|her|their) (?!(?:Year|Class|Reception|Nursery|P\d)\b)\p{Lu}\p{Ll}+ (?!(?:Year|Class|Team|Group)\b)\p{Lu}\p{Ll}+/u;

/** Well-known figures of Bible and nativity stories who share pupils' first names, in
 * English and in Welsh (Adda, Efa, Noa, Dafydd, Mair, Iesu: Welsh-medium RE), and the
 * prophets of Qur'an stories told in RE and assemblies (Ibrahim, Ismail, Yusuf, Musa). */
export const STORY_FIGURES: ReadonlySet<string> = new Set(
  `adam eve cain abel noah abraham isaac jacob esau joseph moses aaron samson delilah samuel david
  goliath solomon daniel jonah mary gabriel jesus adda efa noa abram joseff dafydd jona mair iesu
  ioan pedr elijah elisha ruth esther ibrahim ismail yusuf musa nuh yunus maryam boaz naomi
  jeremiah ezekiel nehemiah zacchaeus lazarus`
    .split(/\s+/)
    .filter(Boolean),
);

/** Context that makes such a figure the story's: "the nativity", "Bible story", "RE". */
export const STORY_CONTEXT =
  /\b(?:[Nn]ativity|[Ss]tori|[Bb]eibl|[Gg]eni|[Bb]ible|[Bb]iblical|RE|[Oo]ld [Tt]estament|[Nn]ew [Tt]estament|[Mm]anger|Bethlehem|[Aa]rk|lions['’]? den|[Ww]hale|Eden|Red Sea|[Pp]arable|[Ss]hepherds|[Ww]ise [Mm]en|Kaaba|[Cc]ovenant|Mount Carmel|[Pp]rophets?|[Ss]tory of|[Ss]unday readings?|[Ss]cripture|[Gg]ospel|[Ss]ermon|[Pp]salms?|[Vv]icarage|Abrahamic|Christianity|Islam|Judaism|Qur['’]?an|Torah)\b/g;

/** Buildings and landmarks named after someone or a place: "the Mackintosh building", "the
 * Carnegie library", "the Wisbech site", "the Nene bank". */
export const BUILDING_NOUNS: ReadonlySet<string> = new Set(
  'building buildings centre center hall museum gallery library monument statue bridge tower street road park institute theatre trail memorial church chapel site campus station market bank towpath airport stadium estate'.split(
    ' ',
  ),
);

/** Words in a post about houses, teams and their scores: "house points", "final standings". */
export const HOUSE_CONTEXT =
  /\b(?:houses?|tŷ|teams?|points|standings|league table|sports day|gala)\b/i;

/** Words that make a text about a book, a film or a show: the names in it may be its
 * characters ("Sephy and Callum broke me", "book club pick"). */
export const STORY_WORDS =
  /\b(?:book|books|novel|story|stories|character|characters|chapter|film|movie|series|episode|author|read|reading|reread|book club|audiobook|play|musical|panto|pantomime|tale|tales|legends?|myths?|sagas?|folk ?tales?|fairy ?tales?|Mabinogi(?:on)?)\b/i;

/** Adults named by their role just before the name: "visiting author Ruby", "our
 * librarian, Noah,". */
export const ADULT_ROLES: ReadonlySet<string> = new Set(
  `author illustrator poet scientist librarian speaker visitor storyteller magician chef nurse
  doctor dentist paramedic firefighter vicar imam rabbi priest reverend governor inspector
  photographer artist musician singer actor actress coach referee ref umpire mp councillor
  mayor journalist presenter engineer vet zookeeper ranger farmer baker officer pcso
  lollipop caretaker cleaner cook volunteer student-teacher trainee colleague colleagues`
    .split(/\s+/)
    .filter(Boolean),
);

/** A class toy, puppet, mascot or animal named after the name: "Ruby, our class bear,",
 * "Max the class puppet", "Ruby, our new reading dog", "Kevin (our other pony)". */
export const MASCOT_AFTER =
  /^(?:['’]s)?,?[ \t]+\(?(?:our|the|my)[ \t]+(?:(?:class|school|nursery|reading|travelling|new|other|therapy|resident|farm)[ \t]+){0,2}(?:mascot|bear|teddy|puppet|toy|doll|monkey|dragon|owl|elf|pet|hamster|rabbit|guinea pig|fish|tortoise|snail|dog|puppy|cat|kitten|pony|horse|donkey|goat|lamb|hen|chicken|duck)s?\b/;

/** Listed surnames that are also the name of a faith ("Islam"), and the words that make
 * a post about the faith: "learning about Islam in RE", "Islam and Ramadan". */
export const FAITH_NAMES: ReadonlySet<string> = new Set(['islam', 'christian', 'sikh']);
export const FAITH_CONTEXT =
  /\b(?:RE|R\.E\.|RS|religions?|religious|faiths?|beliefs?|Ramadan|Eid|mosque|Muslims?|Qur['’]?an|Koran|imam|prophet|Allah|Christianity|Judaism|Sikhism|Hinduism|Buddhism|church|gurdwara|synagogue|temple|worship)\b/;

/** Common nouns that are also given names or surnames, which the English word list lacks
 * (dialect and Scots words, toys): "the old kirk", "her teddy", "up the glen". */
export const NAME_NOUNS: ReadonlySet<string> = new Set(
  'kirk glen brae burn ben loch firth cob bap teddy dolly kitty bunny'.split(' '),
);

/** Given names that are also countries, states, regions and cities: "Amman, Jordan",
 * "Atlanta, Georgia", "Perth, Victoria". */
export const PLACE_NAMED_WORDS: ReadonlySet<string> = new Set(
  `georgia jordan chad india kenya israel china paris florence sydney victoria adelaide
  preston lincoln devon kent austin dallas brooklyn orlando phoenix milan madison savannah
  dakota carolina virginia jersey skye chelsea lima sierra asia africa america holland`
    .split(/\s+/)
    .filter(Boolean),
);
/** Words of a journey or a holiday, anywhere in the post. */
export const TRAVEL_CONTEXT =
  /\b(?:booked|holiday|hols|flights?|flew|flying|trip|travel(?:led|ling)?|visit(?:ed|ing)?|tips|city break|hotel|airport|passport|half[- ]term|honeymoon|backpacking|road trip)\b/i;
