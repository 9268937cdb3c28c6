// Where the names model meets the rules, recall first: after the rules have decided a
// candidate, the model may only
// - raise a candidate they left quiet when its probability reaches the model's `raise`
//   ("names/model-pupil"; the shipped model's `raise` is off: in cross-validation raising
//   added more false alarms than it found names), and
// - quiet a candidate they flagged when its probability is under `quiet`, and only a single
//   word that is also an ordinary word ("names/model-not-pupil": "In worship this week the
//   value has been Grace", never "Grace Whitfield" and never a name that is no word, such
//   as "Matilda" however low its probability: cross-validation lost names when it could).
// Both thresholds were chosen on schools the model was not trained on (train.ts).
import { isAmbiguous } from '../decide';
import { MODEL_NOT_PUPIL_RULE } from '../rules';
import type { NameIndex } from '../name-index';
import type { Mention, NameDecision, Scan } from '../scan';
import { mentionFeatures } from './features';
import { decodeNamesModel, nameProbability, topContributions, type NamesModel } from './model';

export const MODEL_PUPIL = 'names/model-pupil';
export const MODEL_NOT_PUPIL = MODEL_NOT_PUPIL_RULE.id;

/** How many candidates the model has scored in this process: what the tests count to show
 * that an untraced check asks it only where it may move a decision (never timed). */
export const modelWork = { scored: 0 };

const decoded = new WeakMap<object, NamesModel | null>();

/** The index's model, decoded on its first candidate; null when it has none or it is damaged
 * (then the rules decide alone: the model can only move a rule's decision, never replace it). */
export function modelOf(index: NameIndex): NamesModel | null {
  const encoded = index.model;
  if (!encoded) return null;
  let model = decoded.get(encoded);
  if (model === undefined) {
    try {
      model = decodeNamesModel(encoded);
    } catch {
      model = null;
    }
    decoded.set(encoded, model);
  }
  return model;
}

/** Whether the model may quiet this candidate: one word, no full or titled name, and a word
 * people also use as an ordinary word. */
export function quietable(m: Mention, index: NameIndex, scan: Scan): boolean {
  return m.from === m.to && !m.full && !m.titled && isAmbiguous(m, index, scan.tokens);
}

/** Whether the model could move the rules' decision on this candidate at all. */
export function mayMove(
  model: NamesModel,
  m: Mention,
  index: NameIndex,
  scan: Scan,
  flagged: boolean,
): boolean {
  return flagged ? model.quiet > 0 && quietable(m, index, scan) : model.raise <= 1;
}

/** The rules' decision, moved by the model where it is sure enough, with its evidence (the
 * features that moved it most: worked out when it moves or when `explain` asks). A moved
 * candidate's `quietBy` says so, as a quiet rule's does (decide.ts). */
export function withModel(
  model: NamesModel,
  m: Mention,
  scan: Scan,
  index: NameIndex,
  decision: NameDecision,
  explain = false,
): NameDecision {
  modelWork.scored++;
  const features = mentionFeatures(m, scan, index, decision);
  const probability = nameProbability(model, features);
  const evidence = () => ({
    probability: Math.round(probability * 1000) / 1000,
    top: topContributions(model, features),
  });
  if (decision.verdict === 'quiet' && probability >= model.raise) {
    delete m.quietBy;
    return moved(decision, 'flagged', MODEL_PUPIL, evidence());
  }
  if (decision.verdict === 'flagged' && probability < model.quiet && quietable(m, index, scan)) {
    m.quietBy = MODEL_NOT_PUPIL;
    return moved(decision, 'quiet', MODEL_NOT_PUPIL, evidence());
  }
  return explain ? { ...decision, model: evidence() } : decision;
}

function moved(
  decision: NameDecision,
  verdict: NameDecision['verdict'],
  rule: string,
  model: NonNullable<NameDecision['model']>,
): NameDecision {
  const said = verdict === 'flagged' ? ('flag' as const) : ('quiet' as const);
  // The rules' own decision stays in the trace beside the model's ("names/context flag,
  // then names/model-not-pupil quiet"), also when the context score made it.
  const fired = decision.fired.some((f) => f.rule === decision.rule)
    ? decision.fired
    : [
        ...decision.fired,
        { rule: decision.rule, said: said === 'flag' ? 'quiet' : 'flag' } as const,
      ];
  return { ...decision, verdict, rule, fired: [...fired, { rule, said }], model };
}
