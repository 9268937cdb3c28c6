// What an attack sounds like in staffroom English: the act vocabulary, one data
// module per kind of act, each entry with an id, a note and an example
// (entry.ts). Kinds differ in how much they need before they count (judge.ts):
// - insult: name-calling and contempt that is rarely anything else;
// - scorn: words said of people and of things alike ("is a joke", "is
//   useless"); quiet when they are about a thing or stand before a noun;
// - weak: words that are also praise or plain description ("a nightmare",
//   "wild", "the worst"); they count only beside a target, with no praise near;
// - jibe: a phrase that ends before the noun it governs ("is the reason
//   nothing works"): like weak, but never taken for a remark about that noun;
// - claim: allegations of wrongdoing that could be defamatory (clauses 3.3, 3.4);
// - hint: insinuation markers ("funny how…", "not saying… but") that make a
//   remark about an adult or organisation read as an allegation;
// - sarcasm: mock praise aimed at a target;
// - mock: sarcasm that needs no complaint ("our glorious leaders");
// - irony: praise words that mock only beside a complaint (COMPLAINTS).
// The order of entries is the order of matching: at one place in the text the
// first entry of a kind that matches wins (lexicon.ts WordSet).
import { CLAIM } from './claim';
import type { ActEntry } from './entry';
import { HINT } from './hint';
import { INSULT } from './insult';
import { COMPLAINTS, IRONY } from './irony';
import { JIBE } from './jibe';
import { MOCK } from './mock';
import { SARCASM } from './sarcasm';
import { SCORN } from './scorn';
import { WEAK } from './weak';

export type { ActEntry } from './entry';

import type { ActKind, ActSources } from './kinds';
import { TARGET_GROUPS } from '../targets';

export { ACT_KINDS, type ActKind, type ActSources } from './kinds';

/** Every entry by kind, in matching order. */
export const ACT_ENTRIES: Record<ActKind, readonly ActEntry[]> = {
  insult: INSULT,
  scorn: SCORN,
  weak: WEAK,
  jibe: JIBE,
  claim: CLAIM,
  hint: HINT,
  sarcasm: SARCASM,
  mock: MOCK,
  irony: IRONY,
};

const patterns = (entries: readonly ActEntry[]) => entries.map((e) => e.pattern);

/** Regular-expression sources by kind, as the lexicon compiles them. */
export const ACTS = Object.fromEntries(
  Object.entries(ACT_ENTRIES).map(([kind, entries]) => [kind, patterns(entries)]),
) as Record<ActKind, string[]>;

/** Something gone wrong, beside which irony's praise words mock (judge.ts). */
export const IRONY_NEGATIVES = patterns(COMPLAINTS);

/** The vocabulary as the repository holds it, for Node (lib/engine/shipped-data.ts); the
 * extension reads the same from data/checker-data.json. */
export const SHIPPED_ACTS: ActSources = {
  byKind: ACTS,
  ironyNegatives: IRONY_NEGATIVES,
  targets: TARGET_GROUPS,
};
