// Word lists for names used as a place, a thing, an animal, a business or a story
// character rather than a person (data, read by non-person.ts).

/** Verbs and nouns of travel before "to <Name>": "sailed to Iona", "a ferry to Barra". */
export const TRAVEL_TO: ReadonlySet<string> = new Set(
  'sail sailed sailing ferry ferries boat cruise cruised hike hiked hiking cycle cycled cycling drive drove driving trip trips holiday holidays flight flights flew journey voyage excursion expedition pilgrimage outing'.split(
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
  'carrot sprout potato pea banana apple egg dog cat hamster rabbit bunny mouse guinea pig frog toad snail worm caterpillar butterfly ladybird spider tortoise turtle fish goldfish bear teddy elf reindeer snowman dragon dinosaur unicorn robot tank engine train tractor bus car monkey lion tiger penguin owl fox duck goose hen chicken cow sheep lamb goat horse pony donkey gnome troll giant'.split(
    ' ',
  ),
);

/** Legal and trade forms after a family name: "Paterson & Sons", "Kerr Ltd". */
export const BUSINESS_AFTER =
  /^(?:['’]s)?[ \t]*(?:&|and)[ \t]+(?:Sons?|Daughters?|Co\b|Partners)|^[ \t]+(?:Ltd|Limited|plc|PLC|LLP|Bros|Inc)\b/;

/** Title case after "<Name> and the": "Charlie and the Great Glass Lift" reads as a title. */
export const TITLE_AFTER =
  /^[ \t]+and the (?!(?:Year|Class|Reception|Nursery|P\d)\b)\p{Lu}\p{Ll}+ (?!(?:Year|Class|Team|Group)\b)\p{Lu}\p{Ll}+/u;

/** Well-known figures of Bible and nativity stories who share pupils' first names. */
export const STORY_FIGURES: ReadonlySet<string> = new Set(
  'adam eve cain abel noah abraham isaac jacob esau joseph moses aaron samson delilah samuel david goliath solomon daniel jonah mary gabriel jesus'.split(
    ' ',
  ),
);

/** Context that makes such a figure the story's: "the nativity", "Bible story", "RE". */
export const STORY_CONTEXT =
  /\b(?:[Nn]ativity|[Bb]ible|[Bb]iblical|RE|[Oo]ld [Tt]estament|[Nn]ew [Tt]estament|[Mm]anger|Bethlehem|[Aa]rk|lions['’]? den|[Ww]hale|Eden|Red Sea|[Pp]arable|[Ss]hepherds|[Ww]ise [Mm]en)\b/g;

/** Buildings and landmarks named after someone: "the Mackintosh building", "the Carnegie library". */
export const BUILDING_NOUNS: ReadonlySet<string> = new Set(
  'building buildings centre center hall museum gallery library monument statue bridge tower street road park institute theatre trail memorial church chapel'.split(
    ' ',
  ),
);
