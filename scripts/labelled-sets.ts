// Labelled sets on disk: a folder per school holding its settings (settings.json, CONTRACTS.md
// §1) and its posts (posts.jsonl, labelled as /work/shared/corpus/README.md says), and the
// figures score.mjs would give a checker on one kind of finding. The names model trains and
// is cross-validated on data/names-train/ (scripts/names-model/sets.ts); the tone model's
// threshold is set on data/tone/calibration/ (scripts/train-tone.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Checker } from '../lib/engine';
import type { FindingKind } from '../lib/engine/finding';
import { parseSettingsJson } from '../lib/settings';
import type { SchoolSettings } from '../lib/settings/types';
import { overlaps } from '../lib/text/span';

interface Gold {
  kind: string;
  start: number;
  end: number;
}
export interface Post {
  id: string;
  text: string;
  expect: Gold[];
}
export interface LabelledSet {
  name: string;
  settings: SchoolSettings;
  posts: Post[];
}

/** Every set under `dir`, in name order; with `only`, just those sets (a folder of
 * evaluation sets holds some that must not be opened at all). */
export function loadLabelledSets(dir: string, only?: readonly string[]): LabelledSet[] {
  const names = only
    ? [...only]
    : readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name);
  return names.sort().map((name) => loadLabelledSet(join(dir, name), name));
}

/** One set: its folder's settings.json and posts.jsonl. */
export function loadLabelledSet(folder: string, name: string): LabelledSet {
  const parsed = parseSettingsJson(readFileSync(join(folder, 'settings.json'), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: settings do not validate`);
  const posts = readFileSync(join(folder, 'posts.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Post);
  return { name, settings: parsed.settings, posts };
}

export interface Figures {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
  cleanPosts: number;
  cleanWarned: number;
}

/** Tallies for one kind, and clean posts warned, counted as score.mjs counts them: a finding is
 * correct when it overlaps a labelled span of its kind, a span is found when a finding
 * overlaps it, and a post is clean when it has no labels (findings of kinds the set never
 * labels are left out). */
export function figuresOf(
  checker: Checker,
  set: LabelledSet,
  kind: FindingKind = 'pupil-name',
): Figures {
  const labelled = new Set(set.posts.flatMap((p) => p.expect.map((g) => g.kind)));
  const f: Figures = { ...NO_FIGURES };
  for (const post of set.posts) {
    const findings = checker.check(post.text).filter((x) => labelled.has(x.kind));
    const mine = findings.filter((x) => x.kind === kind);
    const gold = post.expect.filter((g) => g.kind === kind);
    f.gold += gold.length;
    f.found += gold.filter((g) => mine.some((p) => overlaps(p, g))).length;
    f.predicted += mine.length;
    f.correct += mine.filter((p) => gold.some((g) => overlaps(p, g))).length;
    if (post.expect.length === 0) {
      f.cleanPosts++;
      if (findings.length > 0) f.cleanWarned++;
    }
  }
  return f;
}

export function addFigures(a: Figures, b: Figures): Figures {
  return {
    gold: a.gold + b.gold,
    found: a.found + b.found,
    predicted: a.predicted + b.predicted,
    correct: a.correct + b.correct,
    cleanPosts: a.cleanPosts + b.cleanPosts,
    cleanWarned: a.cleanWarned + b.cleanWarned,
  };
}

export const NO_FIGURES: Figures = {
  gold: 0,
  found: 0,
  predicted: 0,
  correct: 0,
  cleanPosts: 0,
  cleanWarned: 0,
};
