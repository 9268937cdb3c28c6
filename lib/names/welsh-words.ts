// Welsh words that are also given names (data): in a Welsh phrase "eira" is snow and
// "alaw" a tune, not Eira or Alaw from the class list. Read by rules/welsh-word.ts.
import { nonPupilSet } from './non-pupil-lists';

/** Given names that are everyday Welsh words (the words and what each means ship in the data
 * file: named-others-words.ts). */
export const WELSH_NAME_WORDS = () => nonPupilSet('welsh-name-words');

/** Words before such a word that make it a noun in a Welsh phrase: the article ("yr
 * eira"), a noun it belongs to ("toriad gwawr", daybreak; "dyn eira", snowman;
 * "gwyliau haf", summer holidays) or a verb it is the object of ("dysgu alaw", learn a
 * tune). */
export const WELSH_BEFORE = () => nonPupilSet('welsh-before');

/** Words after it that make it the word: an article opening "of the …" ("Seren yr
 * wythnos", star of the week) or an adjective of weather or kind ("Heulwen braf", fine
 * sunshine; "alaw werin", folk tune). Words of endearment ("Seren fach") are left out:
 * they follow children's names. */
export const WELSH_AFTER = () => nonPupilSet('welsh-after');

/** The weather such a word names, as people draw it: "EIRA ❄️❄️" opening a post is the
 * snow. (Not the star for Seren: "Seren ⭐" is how a class cheers the pupil.) */
export const WELSH_WORD_EMOJI: Readonly<Record<string, string>> = {
  eira: '❄',
  heulwen: '☀',
  enfys: '🌈',
};

/** Welsh words after which the next word's first consonant changes (mutates): "i Gerys"
 * (to Cerys), "a Chari" (and Cari), "fy Nhad", "o Fangor". After one of these a name may
 * be written mutated. */
export const WELSH_MUTATION_TRIGGERS: ReadonlySet<string> = new Set(
  `i a ac o am ar at gan heb dan dros drwy trwy wrth hyd â gyda efo ei dy fy yn ein eich eu
  annwyl dau dwy ail llongyfarchiadau diolch`
    .split(/\s+/)
    .filter(Boolean),
);

/** Mutated first letters and the radical letters they may come from (soft, nasal and
 * aspirate mutation): a mutated "G…" may be a radical "C…". Longest first. */
export const WELSH_MUTATIONS: readonly (readonly [string, readonly string[]])[] = [
  ['ngh', ['c']],
  ['mh', ['p']],
  ['nh', ['t']],
  ['ng', ['g']],
  ['ch', ['c']],
  ['ph', ['p']],
  ['th', ['t']],
  ['dd', ['d']],
  ['g', ['c']],
  ['b', ['p']],
  ['d', ['t']],
  ['f', ['b', 'm']],
  ['l', ['ll']],
  ['r', ['rh']],
  ['m', ['b']],
  ['n', ['d']],
];
