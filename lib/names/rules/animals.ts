// A listed name given to an animal: a pet, a farm animal, a class animal. The cue is an
// animal word tied to the name by how people name animals: "the dog is called Bell",
// "answers to Fraser", "Got a new puppy! Meet Brodie", "my little Daisy 🐶",
// "Skye & Iona (our nursery's two rabbits)".
import { nonPupilList } from '../non-pupil-lists';
import { onWordDataInstalled } from '../../text/word-data';
import { defineNameRule, textHas, type Look } from '../rule';

/** Emoji of animals: "my little Daisy 🐶", "Bill 🐏". */
const ANIMAL_EMOJI =
  /^[ \t]*(?:🐶|🐕|🦮|🐩|🐱|🐈|🐰|🐇|🐹|🐭|🐁|🐴|🐎|🐑|🐏|🐐|🐖|🐷|🐄|🐮|🐓|🐔|🐥|🐤|🦆|🐢|🐍|🦎|🐟|🐠|🦙)/u;

let made: { called: RegExp; any: RegExp; after: RegExp } | undefined;
onWordDataInstalled(() => (made = undefined));

/** Built on first use from the animal data ("guinea-pig" also reads "guinea pig"). */
function patterns() {
  if (made) return made;
  const alt =
    [...nonPupilList('animals')]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/-/g, '[- ]?'))
      .join('|') || '(?!)';
  made = {
    // "her cat is called Church", "the dog's called Bell", "our tup was named Bill".
    called: new RegExp(
      `(?:^|[^\\p{L}])(?:${alt})s?(?:['’]s|[ \\t]+(?:is|was))[ \\t]+(?:called|named)[ \\t]+$`,
      'iu',
    ),
    // An animal anywhere in the text, for "answers to" and "meet".
    any: new RegExp(`(?:^|[^\\p{L}])(?:${alt})s?(?![\\p{L}])`, 'iu'),
    // "(our nursery's two rabbits)", ", our new tup", "(the spaniel 🐶)": up to three
    // words between the owner and the animal.
    after: new RegExp(
      `^(?:['’]s)?,?[ \\t]+(?:[-–—][ \\t]+)?\\(?(?:our|the|my|their|his|her)[ \\t]+(?:[\\p{L}'’-]+[ \\t]+){0,3}?(?:${alt})s?(?![\\p{L}'’-])`,
      'iu',
    ),
  };
  return made;
}

/** "answers to Fraser", "Meet Brodie", "say hello to Daisy", "introducing Bill". */
const ANSWERS_TO = /\banswers to[ \t]+$/i;
const MEET = /(?:^|[^\p{L}])(?:meet|say hello to|introducing|welcome)[ \t]+$/iu;
/** After a name met: a person is introduced with who they are. */
const PERSON_AFTER =
  /^(?:,?[ \t]+(?:who|our new (?:pupil|class|teacher|ta|head|friend))\b|[ \t]+(?:in|from)[ \t]+(?:year|class|p\d|reception|nursery)\b)/i;
/** "my little Daisy", "our Daisy": an owner straight before. */
const OWNER_BEFORE =
  /\b(?:my|our)[ \t]+(?:(?:little|wee|old|new|gorgeous|beautiful|lovely)[ \t]+)?$/i;
/** A name and another joined by "&", "and" or a comma, then what they are after that. */
const PARTNER_AFTER = /^[ \t]*(?:&|and|,)[ \t]*\p{Lu}[\p{L}'’-]*/u;

/** An animal drawn anywhere in the text. */
const ANY_ANIMAL_EMOJI =
  /🐶|🐕|🦮|🐩|🐱|🐈|🐰|🐇|🐹|🐭|🐁|🐴|🐎|🐑|🐏|🐐|🐖|🐷|🐄|🐮|🐓|🐔|🐥|🐤|🦆|🐢|🐍|🦎|🐟|🐠|🦙/u;

function animalAt(look: Look): boolean {
  const { m, text, after, t } = look;
  const p = patterns();
  // Every cue below needs an animal word or an animal drawn: most texts have neither.
  if (!textHas(look, p.any) && !textHas(look, ANY_ANIMAL_EMOJI)) return false;
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  if (p.called.test(before)) return true;
  if (p.after.test(after)) return true;
  // "Skye & Iona (our nursery's two rabbits)": what is said of the pair.
  const partner = PARTNER_AFTER.exec(after);
  if (partner && p.after.test(after.slice(partner[0].length))) return true;
  if (ANIMAL_EMOJI.test(after) && OWNER_BEFORE.test(before)) return true;
  if (t.possessive || PERSON_AFTER.test(after)) return false;
  // "Lost dog! Black lab, answers to Fraser."; "Got a new puppy! Meet Brodie 🐶".
  if (ANSWERS_TO.test(before) || MEET.test(before)) {
    const near = text.slice(Math.max(0, m.start - 80), Math.min(text.length, m.end + 40));
    return p.any.test(near) || ANIMAL_EMOJI.test(after);
  }
  return false;
}

export const animalNamed = defineNameRule({
  id: 'names/non-person/animal',
  why: 'A name tied to an animal word the way people name animals ("the dog is called X", "answers to X", "new puppy! Meet X", "X (our two rabbits)") is the animal.',
  says: 'quiet',
  quiet: [
    'His gran has a cat and the cat is called Kevin, which he finds hilarious.',
    'Missing cat! Ginger tom, answers to Ellis. Last seen on Mill Lane.',
    'We have a new kitten! Meet Kevin 🐱 He has already climbed the curtains.',
    'Say hello to Jacob, our new ram. He cost more than the car.',
    'Oscar & Finn (our school’s two guinea pigs) are on holiday with the caretaker.',
    'Beach walk with my little Kevin 🐶 this morning.',
    'Our Oscar (the collie) came too and rolled in something awful.',
  ],
  flagged: [
    'Meet Kevin, who brought his new puppy in for show and tell!',
    'Kevin is called Kev by his friends and loves his dog.',
    'Orla passed the answers to Kevin during the quiz.',
    'Meet Kevin from Hazel class, our new dog monitor.',
    'Oscar and his dog came to the fun run.',
  ],
  fires: (look) => {
    const { m } = look;
    if (m.full || m.from !== m.to || look.t.where !== 'text') return false;
    return animalAt(look);
  },
});
