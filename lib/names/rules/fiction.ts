// A listed name that belongs to a well-known world of fiction or to a senior sports star,
// told by the words of that world in the same sentence ("Quidditch", "the dwarves") or by
// a senior international cap ("his 50th Scotland cap"). These stand before the full-name
// rule: "Oliver Wood is the best Quidditch captain" is the character, not a pupil Oliver
// Wood, unless the sentence puts a child in the scene (dressing up, a show, a class).
import { nonPupilList, nonPupilPattern } from '../non-pupil-lists';
import { onWordDataInstalled } from '../../text/word-data';
import { defineNameRule, textHas } from '../rule';
import type { Token } from '../tokens';

const IN_SCENE = () => nonPupilPattern('in-scene', 'always');
const DRESSING_UP = () => nonPupilPattern('dressing-up', 'always');
const SENIOR_CAP = () => nonPupilPattern('senior-cap', 'never');
const SCHOOL_TALK = () => nonPupilPattern('school-talk', 'always');

/** The sentence around tokens [from, to], at most 40 tokens either side. */
function sentenceOf(tokens: Token[], from: number, to: number): [number, number] {
  let a = from;
  while (a > 0 && a > from - 40 && !tokens[a]!.sentenceStart) a--;
  let b = to;
  while (b + 1 < tokens.length && b < to + 40 && !tokens[b + 1]!.sentenceStart) b++;
  return [a, b];
}

let worldWord: RegExp | undefined;
let worldWords: Set<string> | undefined;
onWordDataInstalled(() => {
  worldWord = undefined;
  worldWords = undefined;
});
/** The words of worlds of fiction (shipped with the word data). */
const fictionWords = () => (worldWords ??= new Set(nonPupilList('fiction-world')));
/** Any word of a world of fiction in the text: most texts have none, and then no sentence
 * is read. */
const anyWorldWord = () =>
  (worldWord ??= new RegExp(
    `(?:^|[^\\p{L}])(?:${[...fictionWords()].join('|') || '(?!)'})(?![\\p{L}])`,
    'iu',
  ));

export const fictionWorld = defineNameRule({
  id: 'names/other-person/fiction-world',
  why: 'A name in a sentence with a word that belongs to one world of fiction ("Quidditch", "the dwarves", "the TARDIS") is its character, unless the sentence puts a child in the scene.',
  says: 'quiet',
  quiet: [
    'Kevin Doyle is the best Quidditch captain Hogwarts ever had, fight me.',
    'We have got to the part where Ellis and the dwarves are captured by the elves.',
  ],
  flagged: [
    'Kevin came dressed as a Hufflepuff for World Book Day!',
    'Well done Kevin, our Quidditch champion at Harry Potter club.',
    'Kevin Doyle played Aslan in our Narnia play.',
    'Kevin Doyle (the real one, P5, not the Quidditch captain) scored a hat-trick.',
    'Book Day: Kevin as Gandalf, Ruby as a hobbit.',
  ],
  fires: (look) => {
    const { tokens, m, text, prev } = look;
    // "C.S. Lewis wrote the Narnia books": an author by initials (other-person/initial-before).
    if (prev && prev.raw.length === 1 && prev.shape !== 'lower') return false;
    if (!textHas(look, anyWorldWord())) return false;
    const [a, b] = sentenceOf(tokens, m.from, m.to);
    let world = false;
    // Not the name itself: a pupil called Marvel is no Marvel film.
    for (let k = a; k <= b && !world; k++)
      world = (k < m.from || k > m.to) && fictionWords().has(tokens[k]!.key);
    if (!world || textHas(look, DRESSING_UP())) return false;
    const sentence = text.slice(tokens[a]!.start, tokens[b]!.end);
    return !IN_SCENE().test(sentence) && !SCHOOL_TALK().test(sentence);
  },
});

export const seniorCap = defineNameRule({
  id: 'names/other-person/senior-cap',
  why: 'A name followed by a senior international cap ("on his 50th Scotland cap") is a sports star: a pupil\'s cap carries an age group.',
  says: 'quiet',
  quiet: ['Congratulations to Kevin Doyle on his 50th Scotland cap! What a player.'],
  flagged: [
    'Congratulations to Kevin Doyle on his first Scotland U16 cap!',
    'Kevin won his 2nd county cap this weekend.',
  ],
  fires: ({ after }) => SENIOR_CAP().test(after),
});
