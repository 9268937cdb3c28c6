// Probabilities for candidates from models that never saw their school: for each school of
// the training folds, a model trained on the others scores it. Thresholds are chosen on these
// (train.ts chooseThresholds), never on probabilities a model gives its own training data.
import {
  probabilityOf,
  trainNames,
  type NameExample,
  type Scored,
} from '../../lib/names/model/train';

export function outOfFold(schools: readonly NameExample[][]): Scored[] {
  return schools.flatMap((school, i) => {
    const weights = trainNames(schools.filter((_, j) => j !== i).flat());
    return school.map((example) => ({ p: probabilityOf(weights, example.features), example }));
  });
}
