// Ranked search over the policy's clauses, in the words staff actually use: a clause number
// ("6.13", "A.5.2") or words ("friend request", "photos", "parents"). Words are lightly stemmed
// and widened with everyday synonyms (lib/policy/search-words.ts); rarer words weigh more (idf).
import type { PolicyClause, PolicyPack } from './types';
import { STOP_WORDS, SYNONYMS } from './search-words';
import type { Span } from '../text/span';
import { stem, tokenize, type Token } from './tokenize';

export { stem, tokenize };

export type TextRange = Span;

export interface SearchResult {
  clause: PolicyClause;
  score: number;
  /** Ranges of clause.text that matched a word of the query, in order. */
  highlights: TextRange[];
}

interface IndexedClause {
  clause: PolicyClause;
  tokens: Token[];
  sectionStems: Set<string>;
  /** Says what staff must or must not do, rather than describing or explaining. */
  isRule: boolean;
}

interface PackIndex {
  clauses: IndexedClause[];
  /** Inverse document frequency of each stem. */
  idf: Map<string, number>;
  /** Mean clause length in words, for length normalisation. */
  averageLength: number;
}

/** "6.13", "A.5.2", "A1.2", "App1.1.2" (a restarted appendix, lib/policy/clause-ids.ts). */
const CLAUSE_ID =
  /(?:^|[^\w.])((?:[a-z]{1,3}\d{0,3}\.)?\d+(?:\.\d+)+|[a-z]\.\d+|[a-z]\d{1,3}\.\d+(?:\.\d+)*)(?![\w])/gi;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const SYNONYM_WEIGHT = 0.5;
const SECTION_WEIGHT = 0.3;
const RULE_BONUS = 2;
const RULE_WORDS = /\b(?:must|should|not (?:permit|allowed)|never)\b/i;

const SYNONYM_STEMS = new Map(
  Object.entries(SYNONYMS).map(([word, alts]) => [stem(word), alts.map(stem)]),
);

const indexes = new WeakMap<PolicyPack, PackIndex>();

function indexOf(pack: PolicyPack): PackIndex {
  let index = indexes.get(pack);
  if (index) return index;
  const clauses = pack.clauses.map((clause) => ({
    clause,
    tokens: tokenize(clause.text),
    sectionStems: new Set(tokenize(clause.section).map((t) => t.stem)),
    isRule: RULE_WORDS.test(clause.text),
  }));
  const df = new Map<string, number>();
  for (const c of clauses) {
    for (const s of new Set(c.tokens.map((t) => t.stem))) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const idf = new Map([...df].map(([s, n]) => [s, Math.log(1 + clauses.length / n)]));
  const words = clauses.reduce((sum, c) => sum + c.tokens.length, 0);
  index = { clauses, idf, averageLength: Math.max(1, words / Math.max(1, clauses.length)) };
  indexes.set(pack, index);
  return index;
}

/** Each query word with the stems that count for it and how much. */
function queryTerms(words: string): Map<string, number>[] {
  const stems = [...words.matchAll(WORD)]
    .map((m) => m[0].toLowerCase())
    // Bare numbers ("year 6") say nothing about a clause's subject; clause ids are handled apart.
    .filter((w) => !STOP_WORDS.has(w) && !/^\d+$/.test(w))
    .map(stem);
  return [...new Set(stems)].map((s) => {
    const alternatives = new Map<string, number>([[s, 1]]);
    for (const alt of SYNONYM_STEMS.get(s) ?? []) {
      if (!alternatives.has(alt)) alternatives.set(alt, SYNONYM_WEIGHT);
    }
    return alternatives;
  });
}

/** BM25's term-frequency curve: repeats help less and less, and long clauses count each less. */
function saturate(count: number, lengthRatio: number): number {
  const k1 = 1.2;
  const b = 0.5;
  return (count * (k1 + 1)) / (count + k1 * (1 - b + b * lengthRatio));
}

function scoreClause(c: IndexedClause, terms: Map<string, number>[], index: PackIndex) {
  const { idf } = index;
  const lengthRatio = c.tokens.length / index.averageLength;
  let score = 0;
  let matched = 0;
  const hitStems = new Set<string>();
  for (const alternatives of terms) {
    // The best way the word matched, plus a little for each other way (logos *and* brands).
    const ways: number[] = [];
    for (const [s, weight] of alternatives) {
      const count = c.tokens.filter((t) => t.stem === s).length;
      const inText = count > 0 ? weight * (idf.get(s) ?? 0) * saturate(count, lengthRatio) : 0;
      const inSection = c.sectionStems.has(s) ? weight * SECTION_WEIGHT : 0;
      if (count > 0) hitStems.add(s);
      if (inText + inSection > 0) ways.push(Math.max(inText, inSection));
    }
    if (ways.length === 0) continue;
    const best = Math.max(...ways);
    matched++;
    score += best + 0.25 * (ways.reduce((a, b) => a + b, 0) - best);
  }
  // Coverage first: a clause with every word typed beats one that repeats a single word.
  // Rules before background: "must not edit Wikipedia" outranks an introduction naming Wikipedia.
  const rule = matched > 0 && c.isRule ? RULE_BONUS : 0;
  return { score: score + matched * 10 + phraseBonus(c.tokens, terms) + rule, hitStems };
}

/** The words typed, next to each other and in order ("friend requests"). */
function phraseBonus(tokens: Token[], terms: Map<string, number>[]): number {
  if (terms.length < 2) return 0;
  for (let i = 0; i + terms.length <= tokens.length; i++) {
    if (terms.every((alts, k) => alts.get(tokens[i + k]!.stem) === 1)) return 15;
  }
  return 0;
}

function idResults(pack: PolicyPack, query: string): SearchResult[] {
  const ids = [...query.matchAll(CLAUSE_ID)].map((m) => m[1]!.toUpperCase());
  const whole = query.trim().replace(/\.$/, '');
  if (/^\d+$/.test(whole)) ids.push(whole);
  const results: SearchResult[] = [];
  for (const clause of pack.clauses) {
    const id = clause.id.toUpperCase();
    if (ids.includes(id)) results.push({ clause, score: 1000, highlights: [] });
    else if (ids.some((q) => id.startsWith(`${q}.`))) {
      results.push({ clause, score: 500, highlights: [] });
    }
  }
  return results;
}

/** Clauses matching the query, best first (ties in document order). */
export function searchPolicy(pack: PolicyPack, query: string, limit = Infinity): SearchResult[] {
  const index = indexOf(pack);
  const byId = idResults(pack, query);
  const terms = queryTerms(query.replace(CLAUSE_ID, ' '));
  const results = new Map(byId.map((r) => [r.clause.id, r]));
  if (terms.length > 0) {
    for (const c of index.clauses) {
      const { score, hitStems } = scoreClause(c, terms, index);
      if (score < 10) continue;
      const highlights = c.tokens
        .filter((t) => hitStems.has(t.stem))
        .map(({ start, end }) => ({ start, end }));
      const earlier = results.get(c.clause.id);
      results.set(c.clause.id, {
        clause: c.clause,
        score: score + (earlier?.score ?? 0),
        highlights,
      });
    }
  }
  const order = new Map(pack.clauses.map((c, i) => [c.id, i]));
  return [...results.values()]
    .sort((a, b) => b.score - a.score || order.get(a.clause.id)! - order.get(b.clause.id)!)
    .slice(0, limit);
}

/** Splits text into plain and highlighted runs, for drawing <mark>s. */
export function highlightRuns(text: string, ranges: TextRange[]) {
  const runs: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) runs.push({ text: text.slice(at, r.start), marked: false });
    runs.push({ text: text.slice(r.start, r.end), marked: true });
    at = r.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), marked: false });
  return runs;
}
