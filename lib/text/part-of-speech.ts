// Part-of-speech evidence from compromise's own, unmodified lexicon, compiled at
// build time (lib/text/word-tags.ts). Looking a word up is O(1); running the full
// tagger costs ~0.7 ms a sentence and still reads "Will was sick" as a modal
// verb, so the keystroke path never runs it, and the extension never loads it.
import { onWordDataInstalled } from './word-data';
import { parentsOf, tagsOf, type Tags } from './word-tags';

const NAME_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'ProperNoun',
  'Honorific',
]);

export type Pos =
  | 'name'
  | 'noun'
  | 'verb'
  | 'modal'
  | 'adjective'
  | 'adverb'
  | 'pronoun'
  | 'determiner'
  | 'preposition'
  | 'conjunction'
  | 'time'
  | 'gerund'
  | 'other'
  | 'unknown';

function classify(tags: Tags): Pos {
  const has = (t: string) => tags.includes(t);
  if (tags.every((t) => NAME_TAGS.has(t))) return 'name';
  if (has('Date') || has('Duration') || has('WeekDay') || has('Month')) return 'time';
  if (has('Modal')) return 'modal';
  if (has('Gerund')) return 'gerund';
  if (has('Copula') || has('PastTense') || has('Verb') || has('Auxiliary')) return 'verb';
  if (has('PresentTense') || has('Infinitive') || has('Gerund') || has('Participle')) return 'verb';
  if (has('Pronoun') || has('Possessive')) return 'pronoun';
  if (has('Determiner')) return 'determiner';
  if (has('Preposition')) return 'preposition';
  if (has('Conjunction')) return 'conjunction';
  if (has('Adjective') || has('Comparative') || has('Superlative')) return 'adjective';
  if (has('Adverb') || has('Negative')) return 'adverb';
  if (tags.some((t) => /Noun|Singular|Plural|Uncountable|Actor|Month|Date|Duration/.test(t)))
    return 'noun';
  return 'other';
}

const cache = new Map<string, Pos>();
onWordDataInstalled(() => cache.clear());

/** The part of speech the lexicon gives a lower-case word, with simple inflection rules. */
export function posOf(word: string): Pos {
  const hit = cache.get(word);
  if (hit) return hit;
  let pos: Pos = 'unknown';
  const tags = tagsOf(word);
  if (tags) pos = classify(tags);
  else if (word.length > 4 && word.endsWith('ed') && isVerbStem(word.slice(0, -2), word))
    pos = 'verb';
  else if (word.length > 3 && word.endsWith('s') && isVerbStem(word.slice(0, -1), word))
    pos = 'verb';
  else if (word.length > 4 && word.endsWith('ly')) pos = 'adverb';
  else if (word.length > 5 && word.endsWith('ing')) pos = 'gerund';
  if (cache.size < 5000) cache.set(word, pos);
  return pos;
}

function isVerbStem(stem: string, word: string): boolean {
  const candidates = [stem, stem + 'e', stem.slice(0, -1)];
  if (word.endsWith('ies')) candidates.push(word.slice(0, -3) + 'y');
  return candidates.some((c) => {
    const t = tagsOf(c);
    return t !== undefined && (t.includes('Infinitive') || t.includes('Verb'));
  });
}

/** True when the lexicon knows the word as something other than a name. */
export function isOrdinaryWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags !== undefined && !tags.every((t) => NAME_TAGS.has(t));
}

/** True when the lexicon knows the word at all (so it is no typo of a name). */
export function isKnownWord(word: string): boolean {
  return tagsOf(word) !== undefined;
}

/** A bare verb ("do", "be", "let"): after a modal name it makes the name a modal ("Will do"). */
export function isInfinitive(word: string): boolean {
  const tags = tagsOf(word);
  return tags !== undefined && (tags.includes('Infinitive') || word === 'be' || word === 'have');
}

const NOT_SUBJECTS = new Set(['Pronoun', 'Date', 'Duration', 'Value']);

function isNounTag(tag: string): boolean {
  if (NOT_SUBJECTS.has(tag)) return false;
  const parents = parentsOf(tag);
  if (parents.some((p) => NOT_SUBJECTS.has(p))) return false;
  return tag === 'Noun' || parents.includes('Noun');
}

/** A word compromise knows as a noun, or an unknown word that does not look like an adverb or verb form. */
export function isNounLike(word: string): boolean {
  const known = tagsOf(word);
  if (known !== undefined) return known.some(isNounTag);
  return !/(?:ly|ing|ed)$/.test(word);
}

/** Tagged as a person ("teacher" is an Actor, "grace" a FirstName): see disparaging/subject.ts. */
export function isPersonWord(word: string): boolean {
  return (tagsOf(word) ?? []).some(
    (t) => t === 'Actor' || t === 'Person' || parentsOf(t).includes('Person'),
  );
}
