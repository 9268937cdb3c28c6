// Part-of-speech evidence from compromise's own, unmodified lexicon. Looking a
// word up is O(1); running the full tagger costs ~0.7 ms a sentence and still
// reads "Will was sick" as a modal verb, so the keystroke path never runs it.
import nlp from 'compromise';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one
  .lexicon;

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

function tagsOf(word: string): string[] | undefined {
  // Own keys only: "constructor" or "toString" must not reach Object.prototype.
  if (!Object.hasOwn(lexicon, word)) return undefined;
  const t = lexicon[word];
  if (t === undefined) return undefined;
  return typeof t === 'string' ? t.split(/[,|]/) : t;
}

function classify(tags: string[]): Pos {
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
  return Object.hasOwn(lexicon, word);
}

/** A bare verb ("do", "be", "let"): after a modal name it makes the name a modal ("Will do"). */
export function isInfinitive(word: string): boolean {
  const tags = tagsOf(word);
  return tags !== undefined && (tags.includes('Infinitive') || word === 'be' || word === 'have');
}
