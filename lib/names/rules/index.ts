// Every name rule, in the order they are asked. The first that fires decides; a
// candidate no rule decides is an ordinary-word name, and its context score decides
// (score.ts). Quiet rules stand before the flagging rule they make exceptions to.
import { defineNameRule, type NameRule } from '../rule';
import * as animals from './animals';
import * as classes from './class-name';
import * as family from './family';
import * as fiction from './fiction';
import * as faithWords from './faith-words';
import * as famous from './famous-people';
import * as houses from './houses';
import * as lists from './lists';
import * as places from './places';
import * as nonPerson from './non-person';
import * as ordinary from './ordinary-word';
import * as other from './other-person';
import * as recall from './flag';

export const NAME_RULES: readonly NameRule[] = [
  other.famousPhrase,
  famous.famousPerson,
  fiction.fictionWorld,
  fiction.seniorCap,
  recall.fullName,
  recall.inSchoolClass,
  other.hyphenated,
  other.nameParticle,
  // Something that is not a person, told by specific words around the name.
  nonPerson.quotedTitle,
  nonPerson.business,
  nonPerson.firmPossessive,
  nonPerson.epithet,
  nonPerson.titleAndThe,
  nonPerson.placeOf,
  nonPerson.namedEvent,
  nonPerson.showOnChannel,
  nonPerson.placeAfterTravel,
  nonPerson.placeAfterCity,
  places.placeName,
  places.otherSchool,
  places.countedThing,
  classes.className,
  nonPerson.namedThing,
  nonPerson.mascot,
  animals.animalNamed,
  nonPerson.storyFigure,
  nonPerson.storyCharacter,
  nonPerson.houseList,
  houses.houseNamed,
  houses.houseInBrackets,
  nonPerson.otherLanguage,
  nonPerson.wordInQuotes,
  nonPerson.quotedSaying,
  nonPerson.welshWord,
  nonPerson.faith,
  faithWords.scripture,
  faithWords.virtue,
  faithWords.nameAdjective,
  family.ownFamily,
  family.ownFamilyGreeted,
  family.kinWord,
  family.ownFamilyHome,
  family.friendNamed,
  family.petNamedLater,
  // A list of listed names, or children quoted in turn: pupils, whatever a rule below says.
  lists.namesAsWords,
  lists.nameList,
  lists.speakerLabel,
  // After the lists: "Abdi, Poppy, Teddy, Hodan" is a party list, not a teddy bear.
  nonPerson.petOrToy,
  nonPerson.surnameAsThing,
  // Someone else who shares the name.
  other.listedSurnameAfter,
  other.listedGivenNameBefore,
  other.twoGivenNames,
  other.titleBefore,
  other.adultTitle,
  faithWords.regnalNumber,
  other.roleBefore,
  other.otherInitialBefore,
  other.capitalAfter,
  other.capitalBefore,
  other.knownSurnameAfter,
  other.versusUnlisted,
  other.sameFigureAgain,
  other.sameFigureInFull,
  other.weddingCouple,
  other.typoOfSurnameAsGivenName,
  other.siblingSpelledApart,
  // A name-word among listed names taken as pupils: one of them, whatever the weak rules
  // below read in the word after it.
  lists.withListedNames,
  // In a hashtag or a link, a name counts unless it is also an ordinary word.
  recall.inTag,
  recall.ordinaryWordInTag,
  recall.inUrl,
  recall.ordinaryWordInUrl,
  other.indefiniteArticle,
  nonPerson.surnamePlace,
  ordinary.determinerBefore,
  ordinary.valueList,
  ordinary.valueNamed,
  ordinary.typoWord,
  ordinary.wordBeforeNoun,
  nonPerson.compoundNoun,
  nonPerson.commonNoun,
  recall.listedName,
  nonPerson.ordinaryWordOpening,
  ordinary.numberAfter,
];

/** Decided by the context score (score.ts) when no rule above fires. */
export const CONTEXT_RULE = defineNameRule({
  id: 'names/context',
  why: 'A name that is also an ordinary word is a name when the words around it score enough (score.ts).',
  says: 'flag',
  quiet: ['Summer holidays cannot come soon enough.'],
  flagged: [
    'Well done Summer for a super effort.',
    'Will was sick on the coach, bless him.',
    'Star of the week: Grace A for her kind words.',
    'Top reader this week is Amber I.',
    'Sports day: Grace 1st in the 200m, Kevin 2nd.',
    'Netball: Summer at GS, Orla at GD.',
    "Amber's poem is on the wall.",
    'So proud of you Grace 💚',
    'Summer🕺 won the dance-off.',
    'Grace read her poem to the class.',
    'Netball team: F Bird GS, O Mackintosh GA.',
    'Parts! Star: Grace Narrators: Kevin and Orla',
  ],
  fires: () => false,
});
export const ORDINARY_WORD_RULE = defineNameRule({
  id: 'names/ordinary-word',
  why: 'A name that is also an ordinary word, with too little evidence around it, is the word.',
  says: 'quiet',
  quiet: [
    'Grace period for library books ends on Friday.',
    'I will drop the forms in tomorrow.',
    'May I ask the class to tidy up?',
    "May's newsletter is out today.",
    'Thank you Summer term, you were kind to us.',
  ],
  flagged: ['Thanks to Grace for tidying up.'],
  fires: () => false,
});

/** After the rules, the names model (lib/names/model/apply.ts) may quiet a single ordinary
 * word they flagged, and flag a candidate a weak quiet rule left quiet (apply.ts RAISABLE):
 * both thresholds chosen by leave-one-school-out cross-validation (train.ts). */
export const MODEL_NOT_PUPIL_RULE = defineNameRule({
  id: 'names/model-not-pupil',
  why: 'A single ordinary word the rules flagged, to which the names model learned on other schools gives a low probability, is the word.',
  says: 'quiet',
  quiet: ['Reading Ruby and the Giant in guided reading this week.'],
  flagged: [
    'Well done Ruby for a super effort in maths.',
    'Reading Ruby Sandhu and the other Year 2s in guided reading this week.',
  ],
  fires: () => false,
});
export const MODEL_PUPIL_RULE = defineNameRule({
  id: 'names/model-pupil',
  why: 'A name a weak quiet rule left quiet (the context score, a capital or a determiner beside it), to which the names model gives a very high probability, is a pupil after all.',
  says: 'flag',
  quiet: ['I will ring you in May about the summer fair.'],
  flagged: ['Allergy list for the trip: Kevin gluten, Amber nuts, Tahir dairy, Orla eggs.'],
  fires: () => false,
});

/** Every rule, the score's two outcomes and the model included, for tests and the README. */
export const ALL_NAME_RULES: readonly NameRule[] = [
  ...NAME_RULES,
  CONTEXT_RULE,
  ORDINARY_WORD_RULE,
  MODEL_NOT_PUPIL_RULE,
  MODEL_PUPIL_RULE,
];
