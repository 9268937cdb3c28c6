// `npm run eval:names`: leave-one-school-out cross-validation of the names model over the
// training sets (data/names-train/). For each school it trains on the others, chooses the
// thresholds on them alone (each of those schools scored by a model trained without it),
// and reports that school's pupil-name precision and recall and the share of its clean
// posts warned (all kinds, as score.mjs counts), for the rules alone and for rules + model.
// `--rules-only` skips the model; `--policy quiet-words|quiet-all|raise|all` tries a policy other
// than the shipped one (train.ts SHIPPED_POLICY). Changes nothing; prints a table.
import { buildChecker } from '../lib/engine/checker';
import { SHIPPED_DATA } from '../lib/engine/shipped-data';
import { encodeNamesModel } from '../lib/names/model/model';
import {
  chooseThresholds,
  LOSS_BUDGET,
  SHIPPED_POLICY,
  type NamesPolicy,
  probabilityOf,
  trainNames,
  type NameExample,
} from '../lib/names/model/train';
import { SHIPPED_WORDS } from '../lib/text/shipped-words';
import { installWordData } from '../lib/text/word-data';
import { addFigures, figuresOf, NO_FIGURES, type Figures } from './labelled-sets';
import { examplesOf, loadSets } from './names-model/sets';
import { outOfFold } from './names-model/folds';

installWordData(SHIPPED_WORDS);

const { namesModel: _shipped, ...RULES_ONLY } = SHIPPED_DATA;
const rulesOnly = process.argv.includes('--rules-only');
const POLICIES: Record<string, NamesPolicy> = {
  'quiet-words': { quietNames: false, raise: false },
  'quiet-all': { quietNames: true, raise: false },
  raise: { quietNames: false, raise: true },
  all: { quietNames: true, raise: true },
};
const named = process.argv[process.argv.indexOf('--policy') + 1];
const policy = process.argv.includes('--policy') ? POLICIES[named ?? ''] : SHIPPED_POLICY;
// `--budget 0.0005`: the share of names the quiet thresholds may cost (train.ts LOSS_BUDGET).
const budget = process.argv.includes('--budget')
  ? Number(process.argv[process.argv.indexOf('--budget') + 1])
  : LOSS_BUDGET;
if (!policy) throw new Error(`--policy: one of ${Object.keys(POLICIES).join(', ')}`);
const sets = loadSets();
const examples = new Map(sets.map((s) => [s.name, examplesOf(s)] as const));

const pct = (x: number) => `${(x * 100).toFixed(1)}`;
const show = (f: Figures) =>
  [
    pct(f.predicted ? f.correct / f.predicted : 1),
    pct(f.gold ? f.found / f.gold : 1),
    `${f.gold - f.found}`,
    pct(f.cleanPosts ? f.cleanWarned / f.cleanPosts : 0),
  ].join(' ');

const rows: string[][] = [];
let rulesTotal = NO_FIGURES;
let modelTotal = NO_FIGURES;
for (const held of sets) {
  // The rules alone: without the shipped model, which was trained on this school too.
  const rules = figuresOf(buildChecker(held.settings, RULES_ONLY), held);
  rulesTotal = addFigures(rulesTotal, rules);
  if (rulesOnly) {
    rows.push([held.name, show(rules)]);
    continue;
  }
  const training = sets.filter((s) => s !== held).map((s) => examples.get(s.name)!);
  const thresholds = chooseThresholds(outOfFold(training), policy, budget);
  const weights = trainNames(training.flat() as NameExample[]);
  const namesModel = encodeNamesModel(weights, thresholds);
  const model = figuresOf(buildChecker(held.settings, { ...SHIPPED_DATA, namesModel }), held);
  modelTotal = addFigures(modelTotal, model);
  // What the model moved in this school, as its (unquantised) weights score it.
  const moved = { raisedNames: 0, raisedWords: 0, quietedWords: 0, quietedNames: 0 };
  for (const e of examples.get(held.name)!) {
    const p = probabilityOf(weights, e.features);
    if (!e.flagged && e.raisable && p >= thresholds.raise)
      moved[e.label ? 'raisedNames' : 'raisedWords']++;
    const below = e.quietable ? thresholds.quiet : e.single ? thresholds.quietName : 0;
    if (e.flagged && p < below) moved[e.label ? 'quietedNames' : 'quietedWords']++;
  }
  rows.push([
    held.name,
    show(rules),
    show(model),
    `${thresholds.raise > 1 ? 'off' : thresholds.raise}/${thresholds.quiet || 'off'}/${thresholds.quietName || 'off'}`,
    `${moved.raisedNames}+${moved.raisedWords} / ${moved.quietedWords}+${moved.quietedNames}`,
  ]);
}
const header = rulesOnly
  ? ['school', 'rules: P R missed clean%']
  : [
      'school',
      'rules: P R missed clean%',
      'rules+model: P R missed clean%',
      'raise/quiet/quietName',
      'raised names+words / quieted words+names',
    ];
rows.push(
  rulesOnly ? ['total', show(rulesTotal)] : ['total', show(rulesTotal), show(modelTotal), '', ''],
);
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
for (const r of [header, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
