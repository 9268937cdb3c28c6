// `npm run gen:lexicon`: writes lib/text/lexicon-data.ts, the part of compromise's
// lexicon the checker reads (word → tags, and each tag's parents), so that the
// extension never loads compromise itself: importing it unpacks and conjugates
// its whole lexicon, about 440 ms before the first check could run.
//
// Only words without white space are kept: every caller looks up one token, and a
// phrase ("a lot") can never be one. A word whose regular inflections the lexicon
// also lists ("walk": "walks", "walked", "walking") is stored once with the ids of
// those forms (lib/text/word-forms.ts), which halves the module. The module is
// decoded with the same code the checker uses and compared with compromise before
// it is written; lib/text/lexicon.test.ts compares them again, so a new compromise
// cannot drift from the module unseen.
import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { compromiseLexicon, compromiseParents, compromiseVersion } from './compromise-lexicon';
import { decodeLexicon, type LexiconData } from '../lib/text/lexicon';
import { INFLECTIONS } from '../lib/text/word-forms';

const OUT = new URL('../lib/text/lexicon-data.ts', import.meta.url);
/** A rule is used for a kind of word only if it predicts at least this many of its forms. */
const MIN_RULE_USES = 10;
/** Front-coding counts are the letters A-Z, so a shared prefix is cut at 25. */
const MAX_SHARED = 25;
/** Words the front-coded strings can hold: no capitals (the counts), nothing a template literal reads. */
const PLAIN = /^[^\sA-Z\\`$]+$/;

function generate(): LexiconData {
  const words = compromiseLexicon();
  const lists: string[] = [];
  const listOf = new Map<string, number>();
  const idOf = (tags: string[]) => {
    const key = tags.join(',');
    if (!listOf.has(key)) listOf.set(key, lists.push(key) - 1);
    return listOf.get(key)!;
  };
  for (const tags of words.values()) idOf(tags);

  // Which list each rule's forms carry, per list of the base word: the most common.
  const seen = new Map<string, Map<number, number>>();
  for (const [base, tags] of words) {
    for (const [rule, inflect] of Object.entries(INFLECTIONS)) {
      const form = inflect(base);
      if (form === base || !words.has(form)) continue;
      const key = `${idOf(tags)}${rule}`;
      const counts = seen.get(key) ?? new Map<number, number>();
      const formList = idOf(words.get(form)!);
      counts.set(formList, (counts.get(formList) ?? 0) + 1);
      seen.set(key, counts);
    }
  }
  const inflected: Record<string, number> = {};
  for (const [key, counts] of [...seen].sort()) {
    const [list, uses] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    if (uses >= MIN_RULE_USES) inflected[key] = list;
  }

  // Each word's rules whose form the lexicon lists with the predicted tags.
  const rulesOf = new Map<string, string>();
  const derived = new Set<string>();
  for (const [base, tags] of words) {
    let rules = '';
    for (const [rule, inflect] of Object.entries(INFLECTIONS)) {
      const predicted = inflected[`${idOf(tags)}${rule}`];
      const form = inflect(base);
      if (predicted === undefined || form === base || !words.has(form)) continue;
      if (idOf(words.get(form)!) !== predicted) continue;
      rules += rule;
      derived.add(form);
    }
    rulesOf.set(base, rules);
  }

  const groups = new Map<string, string[]>();
  const odd: [string, number][] = [];
  for (const [word, tags] of words) {
    const rules = rulesOf.get(word)!;
    if (derived.has(word) && !rules) continue; // its base brings it
    if (!PLAIN.test(word)) {
      if (rules) throw new Error(`"${word}" has inflections but cannot be front-coded`);
      odd.push([word, idOf(tags)]);
      continue;
    }
    const key = `${idOf(tags)}${rules}`;
    groups.set(key, [...(groups.get(key) ?? []), word]);
  }
  const coded: Record<string, string> = {};
  for (const [key, list] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
    coded[key] = frontCode(list.sort());
  }

  const parents = compromiseParents();
  const usedTags = [...new Set(lists.flatMap((l) => l.split(',')))].sort();
  const tagParents = Object.fromEntries(
    usedTags.filter((t) => parents[t]?.length).map((t) => [t, parents[t]!.join(',')]),
  );
  return { lists, tagParents, inflected, groups: coded, odd };
}

/** "herb", "herbal" → "AherbEal": a capital gives the letters shared with the word before. */
function frontCode(sorted: string[]): string {
  let out = '';
  let prev = '';
  for (const word of sorted) {
    let k = 0;
    while (k < MAX_SHARED && k < word.length && k < prev.length && word[k] === prev[k]) k++;
    out += String.fromCharCode(65 + k) + word.slice(k);
    prev = word;
  }
  return out;
}

/** Cuts long strings into lines for the source file; the decoder drops the line breaks. */
function wrap(text: string): string {
  const lines = text.match(/[^]{1,96}/g) ?? [''];
  return `\`\n${lines.join('\n')}\n\``;
}

function source(data: LexiconData, version: string): string {
  const groups = Object.entries(data.groups)
    .map(([key, words]) => `  ${JSON.stringify(key)}: ${wrap(words)},`)
    .join('\n');
  return `// GENERATED by scripts/gen-lexicon.ts (npm run gen:lexicon) from compromise ${version}; do not edit.
// compromise's lexicon as the checker reads it (lib/text/lexicon.ts): each word's tags,
// and the parents of those tags in compromise's tag set. Words are grouped by their tag
// list and inflection rules, and front-coded: a capital gives how many letters a word
// shares with the one before it ("Aherb" "Eal" = herb, herbal). compromise is MIT licensed,
// Copyright (c) 2016 Spencer Kelly.

export const COMPROMISE_VERSION = ${JSON.stringify(version)};

/** Tag lists, comma-separated, numbered by position. */
export const TAG_LISTS: readonly string[] = ${JSON.stringify(data.lists)};

/** Each tag's parents in compromise's tag set ("FirstName" is a Noun, Singular, Person…). */
export const TAG_PARENTS: Readonly<Record<string, string>> = ${JSON.stringify(data.tagParents, null, 2)};

/** List number + rule (lib/text/word-forms.ts) → the list number of that inflected form. */
export const INFLECTED: Readonly<Record<string, number>> = ${JSON.stringify(data.inflected, null, 2)};

/** List number + the rules whose forms the lexicon also lists → front-coded words. */
export const WORD_GROUPS: Readonly<Record<string, string>> = {
${groups}
};

/** Words front-coding cannot hold (capitals, symbols), with their list number. */
export const ODD_WORDS: readonly (readonly [string, number])[] = ${JSON.stringify(data.odd)};
`;
}

const data = generate();
const decoded = decodeLexicon(data);
const expected = compromiseLexicon();
const mismatches = [...expected].filter(([w, tags]) => !isDeepStrictEqual(decoded.get(w), tags));
const extra = [...decoded.keys()].filter((w) => !expected.has(w));
if (mismatches.length || extra.length) {
  throw new Error(
    `the encoded lexicon differs from compromise: ${mismatches.length} words differ ` +
      `(${mismatches.slice(0, 5).map(([w]) => w)}), ${extra.length} extra (${extra.slice(0, 5)})`,
  );
}
writeFileSync(OUT, source(data, compromiseVersion));
console.log(
  `${expected.size} words (${Object.values(data.groups).reduce((n, g) => n + g.length, 0)} characters coded), ` +
    `${data.lists.length} tag lists, ${Object.keys(data.inflected).length} inflection rules`,
);
