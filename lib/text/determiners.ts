// Determiners: the words that open a noun phrase ("the", "my", "those", "another"). One
// list, as data with ids, for every check that asks whether a word opens a phrase: the
// names rules ("the Rose" is a thing, "Rose" may be a pupil) and the disparaging check's
// subject finder ("the printer is useless" names its own subject).

/** A word list a rule can name: `id` is how traces, tests and notes refer to it. */
export interface WordList {
  id: string;
  words: ReadonlySet<string>;
}

/** Every determiner: articles, possessives, demonstratives and quantifiers. */
export const DETERMINERS: WordList = {
  id: 'determiners',
  words: new Set(
    'a an the this that these those my your our their his her its some any every no each what which another one'.split(
      ' ',
    ),
  ),
};

/** Articles and possessives, a part of DETERMINERS: the ones a noun count skips
 * (lib/disparaging/subject.ts). The rest are left to the part-of-speech lookup there, as
 * they can head a phrase themselves: in "a man jailed for … one of them", "one" is the
 * subject. */
export const ARTICLES_AND_POSSESSIVES: WordList = {
  id: 'determiners/articles-and-possessives',
  words: new Set('a an the my your our their his her its'.split(' ')),
};
