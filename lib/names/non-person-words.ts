// Word lists for names used as a place, a thing, an animal, a business or a story
// character rather than a person (data, read by non-person.ts).
import { nonPupilPattern, nonPupilSet } from './non-pupil-lists';

/** Verbs and nouns of travel before "to <Name>": "sailed to Iona", "a ferry to Barra". */
export const TRAVEL_TO = () => nonPupilSet('travel-to');

/** Ideas named after their discoverer: "Newton's third law", "Hooke's law", "Darwin's theory". */
export const EPONYM_NOUNS = () => nonPupilSet('eponym-nouns');

/** Vehicles and ways whose "to" goes to a place: "the minibus to Wisbech", "a bridge to Hull". */
export const VEHICLES_TO = () => nonPupilSet('vehicles-to');

/** Verbs that take a hill or a place straight after them: "hiked Morven", "climbed Skye". */
export const LANDSCAPE_VERBS = () => nonPupilSet('landscape-verbs');

/** Verbs of moving over ground before "up", "round", "over": "a walk up Bennachie". */
export const GROUND_VERBS = () => nonPupilSet('ground-verbs');
export const GROUND_PREPOSITIONS = () => nonPupilSet('ground-prepositions');

/** Words after "<Name> of" that keep it a person: "Amy of Year 4", "Ali of P5". */
export const GROUP_AFTER_OF = /^(?:year|class|room|reception|nursery|team|house|group|p\d.*)$/;

/** Schools and clubs after "<Name> of …": "Mia of St Ninian's Primary" is still a child. */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set(
  'school primary academy high college nursery club academicals rovers united'.split(' '),
);

/** Animals, food and objects that carry a name as characters: "Kevin the carrot". */
export const CHARACTER_NOUNS = () => nonPupilSet('character-nouns');

/** Legal and trade forms after a family name: "Paterson & Sons", "Kerr Ltd". */
export const BUSINESS_AFTER = () => nonPupilPattern('business-after', 'never', '');

/** Title case after "<Name> and the": "Charlie and the Great Glass Lift" reads as a title. */
export const TITLE_AFTER = () => nonPupilPattern('title-after', 'never', 'u');

/** Well-known figures of Bible and nativity stories who share pupils' first names, in
 * English and in Welsh (Adda, Efa, Noa, Dafydd, Mair, Iesu: Welsh-medium RE), and the
 * prophets of Qur'an stories told in RE and assemblies (Ibrahim, Ismail, Yusuf, Musa). */
export const STORY_FIGURES = () => nonPupilSet('story-figures');

/** Context that makes such a figure the story's: "the nativity", "Bible story", "RE". */
export const STORY_CONTEXT = () => nonPupilPattern('story-context', 'never', 'g');

/** Buildings and landmarks named after someone or a place: "the Mackintosh building", "the
 * Carnegie library", "the Wisbech site", "the Nene bank". */
export const BUILDING_NOUNS = () => nonPupilSet('building-nouns');

/** Words in a post about houses, teams and their scores: "house points", "final standings". */
export const HOUSE_CONTEXT = () => nonPupilPattern('house-context', 'never', 'i');

/** Words that make a text about a book, a film or a show: the names in it may be its
 * characters ("Sephy and Callum broke me", "book club pick"). */
export const STORY_WORDS = () => nonPupilPattern('story-words', 'never', 'i');

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
export const MASCOT_AFTER = () => nonPupilPattern('mascot-after', 'never', '');

/** Listed surnames that are also the name of a faith ("Islam"), and the words that make
 * a post about the faith: "learning about Islam in RE", "Islam and Ramadan". */
export const FAITH_NAMES: ReadonlySet<string> = new Set(['islam', 'christian', 'sikh']);
export const FAITH_CONTEXT = () => nonPupilPattern('faith-context', 'never', '');
