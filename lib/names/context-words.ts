// Word lists for the contexts that make a listed word someone or something else,
// or make an ordinary word a name (data, read by context.ts and name-like.ts).
import { nonPupilSet } from './non-pupil-lists';

/** Words after a plant or thing name that make it the thing: "Rose garden", "Iris bulbs". */
export const THING_NOUNS_AFTER = () => nonPupilSet('thing-nouns-after');

/** Verbs of plants and things, not of children: "Ivy is growing up the wall". */
export const THING_VERBS = () => nonPupilSet('thing-verbs');

/** The writer's own (or a friend's) family: "my son Oscar", "our niece Summer". */
export const OWN_FAMILY_NOUNS: ReadonlySet<string> = new Set(
  'son sons daughter daughters niece nieces nephew nephews godson goddaughter godchild grandson granddaughter grandchild grandkid stepson stepdaughter husband wife partner boyfriend girlfriend fiance fiancee'.split(
    ' ',
  ),
);
/** Words that may stand between a possessive and a family noun: "my own son", "her little brother",
 * "my wee sister" (Scots and Ulster "little"). */
export const FAMILY_ADJECTIVES: ReadonlySet<string> = new Set(
  'own eldest oldest youngest little wee baby big older younger new twin'.split(' '),
);

/** Pets, toys and mascots often carry children's names: "my dog Max", "the class teddy, Ruby". */
export const PET_TOY_NOUNS: ReadonlySet<string> = new Set(
  'doll dolly teddy bear puppet dog puppy cat kitten hamster rabbit bunny gerbil guinea tortoise pony horse toy mascot goldfish fish budgie parrot snake lizard chicken chickens hen pig frog toad tadpole newt snail worm caterpillar ladybird spider duck duckling lamb goat ferret mouse rat axolotl'.split(
    ' ',
  ),
);

/** Cues strong enough to make even a lower-case ordinary word a name: "well done baker". */
export const PRAISE_CUES: readonly string[] = [
  'well done',
  'well done to',
  'shout out to',
  'shoutout to',
  'shout-out to',
  'congrats to',
  'congratulations to',
  'happy birthday',
  'happy birthday to',
  'so proud of',
  'bravo',
];

/** Words before a single name that read as a place: "holiday in Holland", "back from Jordan". */
export const PLACE_WORDS_BEFORE = () => nonPupilSet('place-words-before');

/** Words that make "Name you are …" praise spoken to someone: "Dawn you are a legend". */
export const COMPLIMENT_WORDS: ReadonlySet<string> = new Set(
  'legend legends star superstar hero heroine angel gem diamond rock lifesaver saint queen king genius treasure godsend marvel absolute amazing brilliant wonderful fabulous fab incredible awesome best'.split(
    ' ',
  ),
);

/** Peoples and languages that are one edit from a surname ("Scots" ~ Scott): never a typo. */
export const DEMONYMS: ReadonlySet<string> = new Set(
  'scots scot scotch brits brit welsh irish gaels gael celts celt picts danes dane swedes finns poles czechs slovaks serbs croats greeks turks thais kurds arabs jews sikhs hindus'.split(
    ' ',
  ),
);
