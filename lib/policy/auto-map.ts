// Works out, from a policy's own words, which of its clauses each warning and reminder should
// cite (CONTRACTS.md §1: where a settings file's policy gives no mapping for a topic). For each
// facet of a topic (lib/policy/topics.ts) the clauses that meet all its word groups, say what
// to do, and mention nothing that puts them about something else, are ranked by how many of
// the facet's words they use (rarer words in this policy weigh more, as in the policy search,
// but without its everyday synonyms, which blur "phone" into "contact"), and the best is cited. A policy with no such clause gets
// none: a warning then says so, and never borrows another school's number.
import { lazyRecord } from './lazy-record';
import { tokenize } from './tokenize';
import { FACETS, TOPIC_IDS, TOPICS, type Facet, type Group, type TopicId } from './topics';
import type { PolicyClause, PolicyPack } from './types';

/** Says what to do or not to do, rather than describing or explaining. */
const RULE =
  /\b(?:must|should|shall|never|not|cannot|avoid|prohibited|forbidden|expected|required|advised|refrain)\b/i;
/** Or tells the reader, as a sentence that starts with a verb: "Keep your number off…". */
const IMPERATIVE =
  /(?:^|[.!?;:]\s+)(?:keep|do not|don't|avoid|use|think|check|make sure|ensure|remember|ask|report|decline|refuse|delete|remove|block|only)\b/i;
/** About the school's official accounts rather than staff's own: ranked below others. */
const OFFICIAL = /\b(?:official|on behalf of)\b/i;
/**
 * The words after which "staff" means other people, not the reader: "about staff", "pupils and
 * staff", "council staff". Elsewhere ("Staff must not…", "expect staff to…") it is the reader.
 */
const OBJECT_BEFORE_WORDS = [
  'about',
  'of',
  'other',
  'fellow',
  'and',
  'or',
  'council',
  'school',
  'trust',
  'academy',
  'concerning',
  'regarding',
];
/** Stemmed on first use, so importing this module runs nothing (pages that never map stay small). */
let objectBefore: Set<string> | undefined;
const isObjectBefore = (stem: string) =>
  (objectBefore ??= new Set(OBJECT_BEFORE_WORDS.map((w) => tokenize(w)[0]!.stem))).has(stem);

interface Words {
  stems: string[];
}

const phraseCache = new Map<string, { stems: string[]; subjectOk: boolean }>();
function phrase(word: string) {
  let p = phraseCache.get(word);
  if (!p) {
    const subjectOk = !word.startsWith('~');
    p = { stems: tokenize(word.replace(/^~/, '')).map((t) => t.stem), subjectOk };
    phraseCache.set(word, p);
  }
  return p;
}

function words(text: string): Words {
  return { stems: tokenize(text).map((t) => t.stem) };
}

function has(w: Words, word: string): boolean {
  const { stems, subjectOk } = phrase(word);
  if (stems.length === 0) return false;
  for (let i = 0; i + stems.length <= w.stems.length; i++) {
    if (!subjectOk && !isObjectBefore(w.stems[i - 1] ?? '')) continue;
    if (stems.every((s, k) => w.stems[i + k] === s)) return true;
  }
  return false;
}

const meets = (w: Words, section: Words, g: Group) =>
  g.words.some((word) => has(w, word) || (g.orSection === true && has(section, word)));

/** Whether the clause says what the facet is about. */
export function clauseMeets(clause: PolicyClause, facet: Facet): boolean {
  const w = words(clause.text);
  const section = words(clause.section);
  if (facet.rule !== false && !RULE.test(clause.text) && !IMPERATIVE.test(clause.text))
    return false;
  const elsewhere = facet.none?.some((word) => has(w, word));
  if (elsewhere && !facet.noneUnless?.some((word) => has(w, word))) return false;
  return facet.all.every((g) => meets(w, section, g));
}

const idfs = new WeakMap<PolicyPack, Map<string, number>>();
/** Inverse document frequency of each stem in this policy: "disrepute" weighs more than "staff". */
function idfOf(pack: PolicyPack): Map<string, number> {
  let idf = idfs.get(pack);
  if (idf) return idf;
  const df = new Map<string, number>();
  for (const c of pack.clauses) {
    for (const s of new Set(tokenize(c.text).map((t) => t.stem))) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const n = pack.clauses.length;
  idf = new Map([...df].map(([s, k]) => [s, Math.log(1 + n / k)]));
  idfs.set(pack, idf);
  return idf;
}

/** The clauses that meet the facet, best first. */
export function facetClauses(pack: PolicyPack, facet: Facet): string[] {
  const candidates = pack.clauses.filter((c) => clauseMeets(c, facet));
  if (candidates.length === 0) return [];
  const idf = idfOf(pack);
  const query = [...new Set(tokenize(facet.query).map((t) => t.stem))];
  const order = new Map(pack.clauses.map((c, i) => [c.id, i]));
  const score = (c: PolicyClause) => {
    const stems = new Set(tokenize(c.text).map((t) => t.stem));
    const used = query.reduce((sum, s) => sum + (stems.has(s) ? (idf.get(s) ?? 0) : 0), 0);
    return used * (OFFICIAL.test(`${c.section} ${c.text}`) ? 0.5 : 1);
  };
  return candidates
    .sort((a, b) => score(b) - score(a) || order.get(a.id)! - order.get(b.id)!)
    .map((c) => c.id);
}

export type TopicClauses = Record<TopicId, string[]>;

const maps = new WeakMap<PolicyPack, TopicClauses>();

/** For each topic, the clause ids this policy's text gives it: the best for each facet. */
export function autoMap(pack: PolicyPack): TopicClauses {
  let map = maps.get(pack);
  if (map) return map;
  const ranked = new Map<string, string[]>();
  const rankedFor = (facetId: string) => {
    if (!ranked.has(facetId)) ranked.set(facetId, facetClauses(pack, FACETS[facetId]!));
    return ranked.get(facetId)!;
  };
  // Each topic worked out when first asked for: the first warning needs one topic, not all.
  map = lazyRecord(TOPIC_IDS, (topic) => {
    // Each facet its own clause where it has another that says it: 5.4 and 6.8, not 6.8 twice.
    const ids: string[] = [];
    for (const facet of TOPICS[topic].facets) {
      const [best, ...rest] = rankedFor(facet);
      if (best === undefined) continue;
      const fresh = ids.includes(best) ? rest.find((id) => !ids.includes(id)) : best;
      if (fresh !== undefined) ids.push(fresh);
    }
    return ids;
  });
  maps.set(pack, map);
  return map;
}
