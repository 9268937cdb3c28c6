// compromise's lexicon, as the checker reads it: a word's tags ("heron" → none,
// "grace" → FirstName, "walked" → PastTense) and each tag's parents. The table is
// compiled from compromise at build time (scripts/gen-lexicon.ts) into
// word-tags-data.ts, so nothing unpacks or conjugates the library's lexicon at run
// time, and nothing is decoded up front either: the words are sorted, sixteen to a
// line, and a look-up reads one line found by binary search over the lines' first
// words. A word the table stores only through its base ("walked" through "walk",
// rule d) is found by taking the inflection off and checking the base's rules.
import { onWordDataInstalled, wordData, type LexiconData } from './word-data';
import { INFLECTIONS } from './word-forms';

export type { LexiconData } from './word-data';

export type Tags = readonly string[];

/** A group's code: printable ASCII, less what a template literal reads as more than itself. */
const GROUP_CODES = Array.from({ length: 94 }, (_, i) => 33 + i).filter(
  (code) => code !== 36 && code !== 92 && code !== 96, // $ \ `
);
/** As many groups as there are one-character codes. */
export const MAX_GROUPS = GROUP_CODES.length;
export const groupCode = (group: number): string => String.fromCharCode(GROUP_CODES[group]!);

/** Where a word may have come from by a rule: "walked" ← walk (d), "stopping" ← stop (G). */
function bases(word: string): [string, string][] {
  const out: [string, string][] = [];
  const cut = (n: number, add = '') => word.slice(0, -n) + add;
  const ends = (s: string) => word.endsWith(s) && word.length > s.length;
  if (ends('s')) out.push([cut(1), 's']);
  if (ends('es')) out.push([cut(2), 's']);
  if (ends('ies')) out.push([cut(3, 'y'), 's']);
  if (ends('d')) out.push([cut(1), 'd']);
  if (ends('ed')) out.push([cut(2), 'd'], [cut(3), 'D']);
  if (ends('ied')) out.push([cut(3, 'y'), 'd']);
  if (ends('ing')) out.push([cut(3), 'g'], [cut(3, 'e'), 'g'], [cut(4), 'G']);
  if (ends('ying')) out.push([cut(4, 'ie'), 'g']);
  if (ends('r')) out.push([cut(1), 'r']);
  if (ends('er')) out.push([cut(2), 'r'], [cut(3), 'R']);
  if (ends('ier')) out.push([cut(3, 'y'), 'r']);
  if (ends('st')) out.push([cut(2), 't']);
  if (ends('est')) out.push([cut(3), 't'], [cut(4), 'T']);
  if (ends('iest')) out.push([cut(4, 'y'), 't']);
  return out;
}

const isCount = (code: number) => code >= 65 && code <= 90;

/** A look-up over one generated table: `tagsOf` for the checker, the generator's own check. */
export function createLexicon(data: LexiconData) {
  const lists = data.lists.map((l) => l.split(','));
  const groups = data.groups.map((g) => {
    const list = Number.parseInt(g, 10);
    return { list, rules: g.slice(String(list).length) };
  });
  const odd = new Map(data.odd.map(([word, list]) => [word, lists[list]!]));
  let lines: string[] | undefined;
  let codeLines: string[] | undefined;
  let heads: string[] | undefined;
  const groupOf = new Map(GROUP_CODES.map((code, group) => [code, group]));

  function index(): string[] {
    lines = data.words.split('\n').filter((l) => l.length > 0);
    codeLines = data.groupCodes.split('\n').filter((l) => l.length > 0);
    heads = lines.map((line) => {
      let end = 1;
      while (end < line.length && !isCount(line.charCodeAt(end))) end++;
      return line.slice(1, end);
    });
    return heads;
  }

  /** The stored word's group number, or -1. */
  function stored(word: string): number {
    const h = heads ?? index();
    let lo = 0;
    let hi = h.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (h[mid]! <= word) lo = mid;
      else hi = mid - 1;
    }
    if (!(h[lo]! <= word)) return -1;
    const line = lines![lo]!;
    let prev = '';
    let at = 0;
    for (let n = 0; at < line.length; n++) {
      const shared = line.charCodeAt(at) - 65;
      let end = at + 1;
      while (end < line.length && !isCount(line.charCodeAt(end))) end++;
      const entry = prev.slice(0, shared) + line.slice(at + 1, end);
      if (entry === word) return groupOf.get(codeLines![lo]!.charCodeAt(n))!;
      if (entry > word) return -1;
      prev = entry;
      at = end;
    }
    return -1;
  }

  function lookUp(word: string): Tags | undefined {
    const own = stored(word);
    if (own >= 0) return lists[groups[own]!.list];
    for (const [base, rule] of bases(word)) {
      const g = stored(base);
      if (g < 0 || !groups[g]!.rules.includes(rule)) continue;
      if (INFLECTIONS[rule]!(base) !== word) continue;
      return lists[data.inflected[`${groups[g]!.list}${rule}`]!];
    }
    return odd.get(word);
  }

  /** Every line's words with their group numbers, in order. */
  function* storedWords(): Generator<[string, number]> {
    if (!heads) index();
    for (let i = 0; i < lines!.length; i++) {
      const line = lines![i]!;
      let prev = '';
      let at = 0;
      for (let n = 0; at < line.length; n++) {
        const shared = line.charCodeAt(at) - 65;
        let end = at + 1;
        while (end < line.length && !isCount(line.charCodeAt(end))) end++;
        prev = prev.slice(0, shared) + line.slice(at + 1, end);
        yield [prev, groupOf.get(codeLines![i]!.charCodeAt(n))!];
        at = end;
      }
    }
  }

  const seen = new Map<string, Tags | null>();
  return {
    /** Every word the table holds, with its tags (for the generator and the tests). */
    *entries(): Generator<[string, Tags]> {
      for (const [word, g] of storedWords()) {
        const { list, rules } = groups[g]!;
        yield [word, lists[list]!];
        for (const rule of rules) {
          yield [INFLECTIONS[rule]!(word), lists[data.inflected[`${list}${rule}`]!]!];
        }
      }
      yield* odd;
    },
    tagsOf(word: string): Tags | undefined {
      const hit = seen.get(word);
      if (hit !== undefined) return hit ?? undefined;
      const tags = lookUp(word);
      if (seen.size >= 20_000) seen.clear();
      seen.set(word, tags ?? null);
      return tags;
    },
  };
}

// Built from the installed words (word-data.ts) on first look-up, again when others are installed.
let lexicon: ReturnType<typeof createLexicon> | undefined;
let parents: Map<string, Tags> | undefined;
onWordDataInstalled(() => {
  lexicon = undefined;
  parents = undefined;
});

/** The word's tags in compromise's lexicon, or undefined when it is not there. */
export function tagsOf(word: string): Tags | undefined {
  lexicon ??= createLexicon(wordData().lexicon);
  return lexicon.tagsOf(word);
}

/** A tag's parents in compromise's tag set: "Actor" → Noun. */
export function parentsOf(tag: string): Tags {
  parents ??= new Map(
    Object.entries(wordData().lexicon.tagParents).map(([t, list]) => [t, list.split(',')]),
  );
  return parents.get(tag) ?? [];
}
