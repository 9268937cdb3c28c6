// compromise's lexicon and tag set, read the way the checker reads them: the source
// of scripts/gen-lexicon.ts and the reference lib/text/word-tags.test.ts compares with.
import nlp from 'compromise';

type Raw = string | string[];
const model = nlp.model() as { one: { lexicon: Record<string, Raw> } };
const world = nlp.world() as unknown as {
  model: { one: { tagSet: Record<string, { parents?: string[] }> } };
};
const lexicon = model.one.lexicon;
const { tagSet } = world.model.one;

/** What the checker sees: the word's tags as a list. */
export function compromiseTags(word: string): string[] | undefined {
  if (!Object.hasOwn(lexicon, word)) return undefined;
  const raw = lexicon[word]!;
  return Array.isArray(raw) ? raw : [raw];
}

export function compromiseLexicon(): Map<string, string[]> {
  const words = new Map<string, string[]>();
  for (const word of Object.keys(lexicon).sort()) {
    if (!/\s/.test(word)) words.set(word, compromiseTags(word)!);
  }
  return words;
}

export function compromiseParents(): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(tagSet).map(([tag, info]) => [tag, [...(info.parents ?? [])]]),
  );
}

export const compromiseVersion = (nlp as unknown as { version: string }).version;
