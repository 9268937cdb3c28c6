// `npm run audit:names -- [SET-DIR…]`: for every studied names set, what each name rule decided
// about the candidates it met, read from the checker's trace (`check(text, { trace })`). For a
// QUIET rule: how many labelled pupil names it silenced (misses) and how many other candidates
// (its work); for a FLAG rule: the pupil names it raised and its false alarms. Then the pooled
// pupil-name precision and recall and the share of clean posts warned, as score.mjs counts them
// (scripts/labelled-sets.ts). "Every decision to stay quiet needs a named rule with evidence":
// this is where the evidence is counted. Changes nothing; prints tables.
//
// With no arguments it reads data/names-train/* and, when that folder exists, those of the studied
// sets under /work/eval that training does not hold yet (since session 8 training holds them all).
// `--misses RULE` prints, for one rule id, the pupil names it silenced (a quiet rule) or the
// candidates it flagged that are no pupil (a flag rule), with their posts.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { createChecker } from '../lib/engine';
import type { Decision } from '../lib/engine/trace';
import { overlaps } from '../lib/text/span';
import { loadLabelledSet, loadLabelledSets, type LabelledSet } from './labelled-sets';

const STUDIED_OUTSIDE = ['exe', 'wear', 'tweed', 'tamar', 'tees', 'usk', 'ribble', 'spey'];

const args = process.argv.slice(2);
const missesOf = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--misses');

function loadAll(): LabelledSet[] {
  if (dirs.length) return dirs.map((d) => loadLabelledSet(d, basename(d)));
  const sets = loadLabelledSets('data/names-train');
  if (!existsSync('/work/eval')) return sets;
  // Only the named folders: the others there are held out and must not be opened. A set already
  // in training is counted once.
  const held = new Set(sets.map((set) => set.name));
  const outside = STUDIED_OUTSIDE.filter((name) => !held.has(name));
  return outside.length ? [...sets, ...loadLabelledSets('/work/eval', outside)] : sets;
}

interface Tally {
  says: 'quiet' | 'flag';
  pupils: number;
  others: number;
}
const rules = new Map<string, Tally>();
const tally = (rule: string, says: Tally['says'], pupil: boolean) => {
  let t = rules.get(rule);
  if (!t) rules.set(rule, (t = { says, pupils: 0, others: 0 }));
  if (pupil) t.pupils++;
  else t.others++;
};

let gold = 0;
let found = 0;
let predicted = 0;
let correct = 0;
let cleanPosts = 0;
let cleanWarned = 0;
let noCandidate = 0;
const missLines: string[] = [];

const sets = loadAll();
for (const set of sets) {
  const checker = createChecker(set.settings);
  const labelled = new Set(set.posts.flatMap((p) => p.expect.map((g) => g.kind)));
  for (const post of set.posts) {
    const trace: Decision[] = [];
    const findings = checker.check(post.text, { trace }).filter((f) => labelled.has(f.kind));
    const goldNames = post.expect.filter((g) => g.kind === 'pupil-name');
    const mine = findings.filter((f) => f.kind === 'pupil-name');
    gold += goldNames.length;
    found += goldNames.filter((g) => mine.some((f) => overlaps(f, g))).length;
    predicted += mine.length;
    correct += mine.filter((f) => goldNames.some((g) => overlaps(f, g))).length;
    if (post.expect.length === 0) {
      cleanPosts++;
      if (findings.length) cleanWarned++;
    }
    const decisions = trace.filter((d) => d.kind === 'pupil-name');
    for (const d of decisions) {
      const pupil = goldNames.some((g) => overlaps(g, d));
      tally(d.rule, d.verdict === 'flagged' ? 'flag' : 'quiet', pupil);
      if (missesOf === d.rule && pupil === (d.verdict === 'quiet'))
        missLines.push(`${set.name}/${post.id}  "${d.text}"  ${post.text.replace(/\s+/g, ' ')}`);
    }
    for (const g of goldNames) if (!decisions.some((d) => overlaps(g, d))) noCandidate++;
  }
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '-');
console.log(`sets: ${sets.map((s) => s.name).join(' ')}`);
console.log(
  `pupil-name pooled: P ${pct(correct, predicted)} R ${pct(found, gold)} (gold ${gold}, found ${found}, predicted ${predicted}, correct ${correct}); clean posts warned ${pct(cleanWarned, cleanPosts)} % (${cleanWarned}/${cleanPosts}); labelled names with no candidate: ${noCandidate}`,
);
const rows = [...rules].sort(
  (a, b) => a[1].says.localeCompare(b[1].says) || a[0].localeCompare(b[0]),
);
console.log('\nQUIET rules: pupils silenced / other candidates quieted');
for (const [id, t] of rows.filter(([, r]) => r.says === 'quiet'))
  console.log(`  ${id.padEnd(58)} ${String(t.pupils).padStart(4)} / ${t.others}`);
console.log('\nFLAG rules: pupils raised / false alarms');
for (const [id, t] of rows.filter(([, r]) => r.says === 'flag'))
  console.log(`  ${id.padEnd(58)} ${String(t.pupils).padStart(4)} / ${t.others}`);
if (missesOf) console.log(`\nMistakes of ${missesOf}:\n${missLines.join('\n')}`);
