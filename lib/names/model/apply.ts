// Where the names model meets the rules, recall first: after the rules have decided a
// candidate, the model may only
// - raise a candidate they left quiet when its probability reaches the model's `raise`
//   ("names/model-pupil": "Rain delayed it, but Sky and Cole still ran" when the rules let
//   "Sky" go), and
// - quiet a candidate they flagged when its probability is under `quiet`, and only a single
//   word that is also an ordinary word ("names/model-not-pupil": "reading Matilda with
//   Year 3", never "Matilda Okafor" and never a name that is no word).
// Both thresholds were chosen on schools the model was not trained on (train.ts).
import { isAmbiguous } from '../decide';
import type { NameIndex } from '../name-index';
import type { Mention, NameDecision, Scan } from '../scan';
import { mentionFeatures } from './features';
import { decodeNamesModel, nameProbability, topContributions, type NamesModel } from './model';

export const MODEL_PUPIL = 'names/model-pupil';
export const MODEL_NOT_PUPIL = 'names/model-not-pupil';

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

/** The rules' decision, moved by the model where it is sure enough; with its evidence. */
export function withModel(
  model: NamesModel,
  m: Mention,
  scan: Scan,
  index: NameIndex,
  decision: NameDecision,
): NameDecision {
  const features = mentionFeatures(m, scan, index, decision);
  const probability = nameProbability(model, features);
  const evidence = {
    probability: Math.round(probability * 1000) / 1000,
    top: topContributions(model, features),
  };
  if (decision.verdict === 'quiet' && probability >= model.raise)
    return moved(decision, 'flagged', MODEL_PUPIL, evidence);
  if (decision.verdict === 'flagged' && probability < model.quiet && quietable(m, index, scan))
    return moved(decision, 'quiet', MODEL_NOT_PUPIL, evidence);
  return { ...decision, model: evidence };
}

function moved(
  decision: NameDecision,
  verdict: NameDecision['verdict'],
  rule: string,
  model: NonNullable<NameDecision['model']>,
): NameDecision {
  const said = verdict === 'flagged' ? ('flag' as const) : ('quiet' as const);
  return { ...decision, verdict, rule, fired: [...decision.fired, { rule, said }], model };
}
