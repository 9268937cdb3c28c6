// `npm run gen:lexicon`: writes lib/text/word-tags-data.ts, the part of compromise's
// lexicon the checker reads (word → tags, and each tag's parents), so that the
// extension never loads compromise itself: importing it unpacks and conjugates
// its whole lexicon, about 440 ms before the first check could run.
//
// Only words without white space are kept: every caller looks up one token, and a
// phrase ("a lot") can never be one. A word whose regular inflections the lexicon
// also lists ("walk": "walks", "walked", "walking") is stored once with the ids of
// those forms (lib/text/word-forms.ts), which halves the module. Words are sorted
// and written sixteen to a line, so a look-up reads one line (lib/text/word-tags.ts).
// Every word is looked up with the checker's own code and compared with compromise
// before the module is written; lib/text/word-tags.test.ts compares them again, so a
// new compromise cannot drift from the module unseen.
import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { compromiseLexicon, compromiseParents, compromiseVersion } from './compromise-lexicon';
import { createLexicon, groupCode, MAX_GROUPS, type LexiconData } from '../lib/text/word-tags';
import { INFLECTIONS } from '../lib/text/word-forms';

const OUT = new URL('../lib/text/word-tags-data.ts', import.meta.url);
/** A rule is used for a kind of word only if it predicts at least this many of its forms. */
const MIN_RULE_USES = 10;
/** Front-coding counts are the letters A-Z, so a shared prefix is cut at 25. */
const MAX_SHARED = 25;
/** Words a line. */
const LINE = 16;
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
  for (const [base, tags] of words) {
    let rules = '';
    for (const [rule, inflect] of Object.entries(INFLECTIONS)) {
      const predicted = inflected[`${idOf(tags)}${rule}`];
      const form = inflect(base);
      if (predicted === undefined || form === base || !words.has(form)) continue;
      if (idOf(words.get(form)!) === predicted && PLAIN.test(base)) rules += rule;
    }
    rulesOf.set(base, rules);
  }
  // A group is a tag list and a set of rules, and each has a one-character code: every
  // list keeps a group of its own, and the commonest sets of rules share the codes left.
  const sizes = new Map<string, number>();
  for (const [word, tags] of words) {
    const key = `${idOf(tags)}${rulesOf.get(word)}`;
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  const plain = lists.map((_, list) => `${list}`);
  const ruled = [...sizes.keys()]
    .filter((key) => !plain.includes(key))
    .sort((a, b) => sizes.get(b)! - sizes.get(a)! || a.localeCompare(b))
    .slice(0, MAX_GROUPS - plain.length);
  const groups = [...plain, ...ruled];
  const groupOf = new Map(groups.map((key, group) => [key, group]));
  const derived = new Set<string>();
  for (const [word, tags] of words) {
    if (!groupOf.has(`${idOf(tags)}${rulesOf.get(word)}`)) rulesOf.set(word, '');
    for (const rule of rulesOf.get(word)!) derived.add(INFLECTIONS[rule]!(word));
  }

  const stored: [string, number][] = [];
  const odd: [string, number][] = [];
  for (const [word, tags] of words) {
    const rules = rulesOf.get(word)!;
    if (derived.has(word) && !rules) continue; // its base brings it
    if (!PLAIN.test(word)) odd.push([word, idOf(tags)]);
    else stored.push([word, groupOf.get(`${idOf(tags)}${rules}`)!]);
  }
  stored.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const lines: string[] = [];
  const codes: string[] = [];
  for (let i = 0; i < stored.length; i += LINE) {
    const line = stored.slice(i, i + LINE);
    lines.push(frontCode(line.map(([word]) => word)));
    codes.push(line.map(([, group]) => groupCode(group)).join(''));
  }

  const parents = compromiseParents();
  const usedTags = [...new Set(lists.flatMap((l) => l.split(',')))].sort();
  const tagParents = Object.fromEntries(
    usedTags.filter((t) => parents[t]?.length).map((t) => [t, parents[t]!.join(',')]),
  );
  return {
    lists,
    tagParents,
    inflected,
    groups,
    words: lines.join('\n'),
    groupCodes: codes.join('\n'),
    odd,
  };
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

function source(data: LexiconData, version: string): string {
  return `// GENERATED by scripts/gen-lexicon.ts (npm run gen:lexicon) from compromise ${version}; do not edit.
// compromise's lexicon as the checker reads it (lib/text/word-tags.ts): each word's tags,
// and the parents of those tags in compromise's tag set. compromise is MIT licensed,
// Copyright (c) 2016 Spencer Kelly.

export const COMPROMISE_VERSION = ${JSON.stringify(version)};

/** Tag lists, comma-separated, numbered by position. */
export const TAG_LISTS: readonly string[] = ${JSON.stringify(data.lists)};

/** Each tag's parents in compromise's tag set ("FirstName" is a Noun, Singular, Person…). */
export const TAG_PARENTS: Readonly<Record<string, string>> = ${JSON.stringify(data.tagParents, null, 2)};

/** Tag list number + rule (lib/text/word-forms.ts) → the tag list number of that inflected form. */
export const INFLECTED: Readonly<Record<string, number>> = ${JSON.stringify(data.inflected, null, 2)};

/** Groups, numbered by position: a tag list number and the rules whose forms the lexicon also lists. */
export const WORD_GROUPS: readonly string[] = ${JSON.stringify(data.groups)};

/**
 * The words, sorted, sixteen to a line. Each is front-coded: a capital gives how many
 * letters it shares with the word before on its line ("Aherb" "Eal" = herb, herbal).
 */
export const WORDS = \`
${data.words}
\`;

/** Each word's group, one character a word (lib/text/word-tags.ts, groupCode), lines as WORDS. */
export const WORD_GROUP_CODES = \`
${data.groupCodes}
\`;

/** Words front-coding cannot hold (capitals, symbols), with their tag list number. */
export const ODD_WORDS: readonly (readonly [string, number])[] = ${JSON.stringify(data.odd)};
`;
}

const data = generate();
const decoded = new Map(createLexicon(data).entries());
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
const lookUp = createLexicon(data);
const missed = [...expected].filter(([w, tags]) => !isDeepStrictEqual(lookUp.tagsOf(w), tags));
if (missed.length) throw new Error(`look-ups differ: ${missed.slice(0, 5).map(([w]) => w)}`);
console.log(
  `${expected.size} words (${data.words.split('\n').length} lines, ${data.words.length} characters), ` +
    `${data.groups.length} groups, ${Object.keys(data.inflected).length} inflection rules`,
);
