// World knowledge as data: people and characters famous enough that a post names them by
// one word ("Foden's done it again", "the choir sang Elgar's Nimrod", "a bit of Stormzy on the
// drive home"). Each entry has an id, the one word a post uses for them and the field they are
// famous in; a listed word matching an entry is left quiet only when the piece's own words are
// about that field (rules/famous-people.ts says exactly when). Curated by hand for UK school writing:
// footballers of the men's and women's national teams and the Premier League of recent
// years, with managers people quote; musicians teachers and pupils listen to, and the
// composers of school hymns and concerts; artists of the primary art curriculum; poets and
// authors of the English curriculum and of children's books; figures of the history and
// science curriculum; film and TV names. Full famous names made of list words ("Harry
// Kane", "Peppa Pig") are in famous-data.ts (FAMOUS_PHRASES) and quiet in any context.
// The lists themselves are famous-data.ts: they ship in data/checker-data.json with the
// word data, so background.js does not carry them.
// Add a person when a post names them by one word and a pupil may share it; keep the field
// narrow, because the field's words are the only evidence.

import { onWordDataInstalled, wordData } from '../text/word-data';
import { nonPupilPattern } from './non-pupil-lists';

export type FamousField = 'football' | 'music' | 'art' | 'writing' | 'history' | 'screen' | 'books';

export interface FamousPerson {
  /** `field/word`. */
  id: string;
  /** The folded word a post names them by. */
  word: string;
  field: FamousField;
  /** Also a given name (Byron, Luca, Nelson): quiet only with a sign of the work itself
   * (rules/famous-people.ts), never on the field alone. */
  given?: boolean;
}

/** Famous words that are also given names in UK classes (Byron, Luca, Nelson). */
const GIVEN_TOO: ReadonlySet<string> = new Set(
  'byron luca dylan elvis kirby marlowe nelson rodri moana matilda heidi coraline'.split(' '),
);

let byWord: Map<string, FamousPerson> | undefined;
onWordDataInstalled(() => (byWord = undefined));

/** The famous people by the word a post names them by, from the installed word data (the
 * lists ship in data/checker-data.json, not in background.js: lib/text/word-data.ts). */
export function famousByWord(): ReadonlyMap<string, FamousPerson> {
  if (byWord) return byWord;
  byWord = new Map();
  for (const [field, words] of Object.entries(wordData().famous?.people ?? {}))
    for (const word of words.split(/\s+/).filter(Boolean))
      byWord.set(word, {
        id: `${field}/${word}`,
        word,
        field: field as FamousField,
        ...(GIVEN_TOO.has(word) ? { given: true } : {}),
      });
  return byWord;
}

/** The words that make a piece about each field (data: named-others-words.ts, shipped in
 * data/checker-data.json). Football needs the professional game
 * (a club, a national side, the telly): a school match report names its own players by
 * surname, and "scored" alone says nothing about which game. */
export const FIELD_WORDS = (field: FamousField): RegExp =>
  nonPupilPattern(`famous-field/${field}`, 'never');
