// The names model's training sets (data/names-train/<set>/: a school's settings and its
// labelled posts, see data/names-train/CARD.md) and the candidates the rules see in them.
// Shared by `npm run eval:names` (the cross-validation) and `npm run train:names` (the shipped
// model); the figures score.mjs would give a checker on them are in scripts/labelled-sets.ts.
import { scanNames } from '../../lib/names/find-names';
import { nameIndexFor } from '../../lib/names/name-index';
import { STAFF_SHORT_FORMS } from '../../lib/names/staff-short-forms';
import { quietable, RAISABLE, single } from '../../lib/names/model/apply';
import { mentionFeatures } from '../../lib/names/model/features';
import type { NameExample } from '../../lib/names/model/train';
import { overlaps } from '../../lib/text/span';
import { type LabelledSet, loadLabelledSets } from '../labelled-sets';

export const TRAIN_DIR = 'data/names-train';

/** Sets for the names model: each school's settings and posts (scripts/labelled-sets.ts). */
export type TrainingSet = LabelledSet;

export function loadSets(dir = TRAIN_DIR): TrainingSet[] {
  return loadLabelledSets(dir);
}

/** Every candidate of every post, as the rules alone decide it, labelled from the gold. */
export function examplesOf(set: TrainingSet): NameExample[] {
  const index = nameIndexFor(set.settings, undefined, STAFF_SHORT_FORMS);
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
        single: single(m),
        raisable: decision.verdict === 'quiet' && RAISABLE.has(decision.rule),
      });
    });
  }
  return out;
}
