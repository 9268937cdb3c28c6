// The names model's training sets (data/names-train/<set>/: a school's settings and its
// labelled posts, see data/names-train/CARD.md), the candidates the rules see in them, and
// the figures score.mjs would give a checker on them. Shared by `npm run eval:names` (the
// cross-validation) and `npm run train:names` (the shipped model).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Checker } from '../../lib/engine';
import { scanNames } from '../../lib/names/find-names';
import { nameIndexFor } from '../../lib/names/name-index';
import { quietable } from '../../lib/names/model/apply';
import { mentionFeatures } from '../../lib/names/model/features';
import type { NameExample } from '../../lib/names/model/train';
import { parseSettingsJson } from '../../lib/settings';
import type { SchoolSettings } from '../../lib/settings/types';

export const TRAIN_DIR = 'data/names-train';

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
export interface TrainingSet {
  name: string;
  settings: SchoolSettings;
  posts: Post[];
}

export function loadSets(dir = TRAIN_DIR): TrainingSet[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const parsed = parseSettingsJson(readFileSync(join(dir, name, 'settings.json'), 'utf8'));
      if (!parsed.ok) throw new Error(`${name}: settings do not validate`);
      const posts = readFileSync(join(dir, name, 'posts.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Post);
      return { name, settings: parsed.settings, posts };
    });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Every candidate of every post, as the rules alone decide it, labelled from the gold. */
export function examplesOf(set: TrainingSet): NameExample[] {
  const index = nameIndexFor(set.settings);
  const out: NameExample[] = [];
  for (const post of set.posts) {
    const scan = scanNames(post.text, index, true);
    const at = (i: number) => (scan.offsets ? scan.offsets[i]! : i);
    scan.candidates.forEach((m, n) => {
      const decision = scan.decisions![n]!;
      const span = { start: at(m.start), end: at(m.end) };
      const kinds = new Set(m.entries.map((e) => `${e.person.kind}-name`));
      const label = post.expect.some((g) => kinds.has(g.kind) && overlaps(g, span)) ? 1 : 0;
      out.push({
        features: mentionFeatures(m, scan, index, decision),
        label,
        flagged: decision.verdict === 'flagged',
        quietable: quietable(m, index, scan),
      });
    });
  }
  return out;
}

export interface Figures {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
  cleanPosts: number;
  cleanWarned: number;
}

/** Pupil-name tallies and clean posts warned, counted as score.mjs counts them (a post is
 * clean when it has no labels; findings of kinds the set never labels are left out). */
export function figuresOf(checker: Checker, set: TrainingSet): Figures {
  const labelled = new Set(set.posts.flatMap((p) => p.expect.map((g) => g.kind)));
  const f: Figures = { gold: 0, found: 0, predicted: 0, correct: 0, cleanPosts: 0, cleanWarned: 0 };
  for (const post of set.posts) {
    const findings = checker.check(post.text).filter((x) => labelled.has(x.kind));
    const pupils = findings.filter((x) => x.kind === 'pupil-name');
    const gold = post.expect.filter((g) => g.kind === 'pupil-name');
    f.gold += gold.length;
    f.found += gold.filter((g) => pupils.some((p) => overlaps(p, g))).length;
    f.predicted += pupils.length;
    f.correct += pupils.filter((p) => gold.some((g) => overlaps(p, g))).length;
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
