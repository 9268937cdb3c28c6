// Where the names model meets the rules, recall first: after the rules have decided a
// candidate, the model may only
// - raise a candidate a weak quiet rule left quiet (RAISABLE: the context score, a capital or
//   a determiner beside it) when its probability reaches `raise` ("names/model-pupil":
//   "Allergy list: Kevin gluten, Amber nuts, Tahir dairy", where "Amber nuts" reads like a
//   noun phrase to the score), never one quieted by specific evidence (a house, a place,
//   another person's full name, the writer's own family), and
// - quiet a single word the rules flagged when its probability is under `quiet` for an
//   ordinary word ("names/model-not-pupil": "Reading Ruby and the Giant"), or under
//   `quietName` for a name that is no word (0 in the shipped model: cross-validation lost
//   names for few words when it could); never a full or titled name ("Grace Whitfield").
// The thresholds were chosen on schools the model was not trained on (train.ts).
import { isAmbiguous } from '../decide';
import { MODEL_NOT_PUPIL_RULE, MODEL_PUPIL_RULE, ORDINARY_WORD_RULE } from '../rules';
import type { NameIndex } from '../name-index';
import type { Mention, NameDecision, Scan } from '../scan';
import { mentionFeatures } from './features';
import { decodeNamesModel, nameProbability, topContributions, type NamesModel } from './model';

export const MODEL_PUPIL = MODEL_PUPIL_RULE.id;
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

/** Whether the model may quiet this candidate at `quiet`: one word, no full or titled name,
 * and a word people also use as an ordinary word. */
export function quietable(m: Mention, index: NameIndex, scan: Scan): boolean {
  return single(m) && isAmbiguous(m, index, scan.tokens);
}

/** One word, not a full or titled name: all the model may ever quiet ("Grace Whitfield",
 * "Mrs Morgan" stay the rules'). */
export function single(m: Mention): boolean {
  return m.from === m.to && !m.full && !m.titled;
}

/**
 * The quiet rules the model may overrule when it is sure the candidate is a name: those that
 * quiet on little evidence, a reading of the words next to the name that a pupil's name in
 * the same place also fits ("Well done to Ruby Science star" read as someone called Ruby
 * Science; "the Poppy we made" read as the flower). Never the rules with specific evidence
 * of someone or something else: another person's full name or title, a house, a place, a
 * story, a famous person, the writer's own family.
 */
export const RAISABLE: ReadonlySet<string> = new Set([
  ORDINARY_WORD_RULE.id,
  'names/determiner-before',
  'names/other-person/capital-after',
  'names/other-person/capital-before',
  'names/other-person/indefinite-article',
  'names/other-person/same-figure-again',
  'names/non-person/compound-noun',
  'names/typo-word',
  'names/ordinary-word-in-tag',
]);

/** Whether the model could move the rules' decision on this candidate at all (a quiet
 * candidate's rule is in `m.quietBy`, or none when the context score left it quiet). */
export function mayMove(
  model: NamesModel,
  m: Mention,
  index: NameIndex,
  scan: Scan,
  flagged: boolean,
): boolean {
  if (!flagged) return model.raise <= 1 && RAISABLE.has(m.quietBy ?? ORDINARY_WORD_RULE.id);
  if (!single(m)) return false;
  return model.quietName > 0 || (model.quiet > 0 && isAmbiguous(m, index, scan.tokens));
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
  if (decision.verdict === 'quiet' && probability >= model.raise && RAISABLE.has(decision.rule)) {
    delete m.quietBy;
    return moved(decision, 'flagged', MODEL_PUPIL, evidence());
  }
  const quietBelow = !single(m)
    ? 0
    : isAmbiguous(m, index, scan.tokens)
      ? model.quiet
      : model.quietName;
  if (decision.verdict === 'flagged' && probability < quietBelow) {
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
