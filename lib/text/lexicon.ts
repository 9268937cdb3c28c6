// compromise's lexicon, as the checker reads it: a word's tags ("heron" → none,
// "grace" → FirstName, "walked" → PastTense) and each tag's parents. The table is
// compiled from compromise at build time (scripts/gen-lexicon.ts) into
// lexicon-data.ts, so nothing unpacks or conjugates the library's lexicon at run
// time; it is decoded on the first look-up, in a few milliseconds.
import { INFLECTED, ODD_WORDS, TAG_LISTS, TAG_PARENTS, WORD_GROUPS } from './lexicon-data';
import { INFLECTIONS } from './word-forms';

/** The generated module's shape (see scripts/gen-lexicon.ts). */
export interface LexiconData {
  lists: readonly string[];
  tagParents: Readonly<Record<string, string>>;
  inflected: Readonly<Record<string, number>>;
  groups: Readonly<Record<string, string>>;
  odd: readonly (readonly [string, number])[];
}

export type Tags = readonly string[];

/** Every word with its tags: each group's words, and the inflected forms their rules name. */
export function decodeLexicon(data: LexiconData): Map<string, Tags> {
  const lists = data.lists.map((l) => l.split(','));
  const words = new Map<string, Tags>();
  for (const [key, coded] of Object.entries(data.groups)) {
    const list = Number.parseInt(key, 10);
    const rules = key.slice(String(list).length);
    const forms = [...rules].map(
      (rule) => [INFLECTIONS[rule]!, lists[data.inflected[`${list}${rule}`]!]!] as const,
    );
    const tags = lists[list]!;
    let prev = '';
    for (const m of coded.replace(/\n/g, '').matchAll(/([A-Z])([^A-Z]*)/g)) {
      const word = prev.slice(0, m[1]!.charCodeAt(0) - 65) + m[2]!;
      words.set(word, tags);
      for (const [inflect, formTags] of forms) words.set(inflect(word), formTags);
      prev = word;
    }
  }
  for (const [word, list] of data.odd) words.set(word, lists[list]!);
  return words;
}

let words: Map<string, Tags> | undefined;
const parents = new Map<string, Tags>(
  Object.entries(TAG_PARENTS).map(([tag, list]) => [tag, list.split(',')]),
);

/** The word's tags in compromise's lexicon, or undefined when it is not there. */
export function tagsOf(word: string): Tags | undefined {
  words ??= decodeLexicon({
    lists: TAG_LISTS,
    tagParents: TAG_PARENTS,
    inflected: INFLECTED,
    groups: WORD_GROUPS,
    odd: ODD_WORDS,
  });
  return words.get(word);
}

/** A tag's parents in compromise's tag set: "Actor" → Noun. */
export function parentsOf(tag: string): Tags {
  return parents.get(tag) ?? [];
}
