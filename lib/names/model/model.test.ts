// The names model where it meets the rules: what it may move, what it may never move, and
// the evidence it leaves in the trace. Sentences are new ones, not the training sets'.
import { describe, expect, it } from 'vitest';
import { createChecker, SHIPPED_DATA } from '../../engine';
import type { Decision } from '../../engine/trace';
import { ruleSchool } from '../../../test/fixtures/rule-school';
import type { EncodedNamesModel } from './encoded';
import { hashFeature } from './features';
import { decodeNamesModel, encodeNamesModel, nameProbability } from './model';
import { modelWork } from './apply';
import { NAMES_TRAINING } from './train';

/** A model that only knows a bias for each of the rules' outcomes. */
function biasModel(flagged: number, quiet: number): EncodedNamesModel {
  const weights = new Float64Array(NAMES_TRAINING.buckets);
  weights[hashFeature('flagged|bias', weights.length)] = flagged;
  weights[hashFeature('quiet|bias', weights.length)] = quiet;
  return encodeNamesModel(weights, { raise: 0.9, quiet: 0.1 });
}

function names(text: string, namesModel: EncodedNamesModel | undefined = SHIPPED_DATA.namesModel) {
  const checker = createChecker(ruleSchool, { data: { ...SHIPPED_DATA, namesModel } });
  const trace: Decision[] = [];
  const findings = checker.check(text, { trace }).filter((f) => f.kind === 'pupil-name');
  const decided = (word: string) => trace.find((d) => d.kind === 'pupil-name' && d.text === word);
  return { flaggedBy: findings.map((f) => `${f.text} ${f.rule}`), decided };
}

describe('the shipped names model', () => {
  it('quiets a single ordinary word the rules flagged when its probability is under the quiet threshold, with its evidence', () => {
    // The shipped threshold is what cross-validation chose (0.06 on session 9's 30 schools: above
    // it held-out schools lost names), so it quiets little; the book reading here gets p 0.28,
    // and the mechanism is shown at a stated threshold of 0.3 on the shipped weights.
    const stated = { ...SHIPPED_DATA.namesModel!, quiet: 0.3 };
    expect(names('Reading Ruby and the Giant in guided reading this week.').flaggedBy).toEqual([
      'Ruby names/context',
    ]);
    const { flaggedBy, decided } = names(
      'Reading Ruby and the Giant in guided reading this week.',
      stated,
    );
    expect(flaggedBy).toEqual([]);
    const ruby = decided('Ruby')!;
    expect(ruby.rule).toBe('names/model-not-pupil');
    expect(ruby.fired.map((f) => f.rule)).toContain('names/context');
    expect(ruby.model!.probability).toBeLessThan(stated.quiet);
    expect(ruby.model!.probability).toBeGreaterThanOrEqual(SHIPPED_DATA.namesModel!.quiet);
    expect(ruby.model!.top.length).toBeGreaterThan(0);
  });

  it('leaves the full name in the same words flagged (a full name is never the model’s)', () => {
    const { flaggedBy } = names('Reading Ruby Sandhu and the Dragon in guided reading this week.');
    expect(flaggedBy).toEqual(['Ruby Sandhu names/full-name']);
  });

  it('leaves a pupil praised by name flagged, with the probability in the trace', () => {
    const { flaggedBy, decided } = names('Well done Grace for a super effort in maths.');
    expect(flaggedBy).toEqual(['Grace names/context']);
    expect(decided('Grace')!.model!.probability).toBeGreaterThan(0.5);
  });

  it('raises a name a weak quiet rule left quiet when the model is sure, with its evidence', () => {
    // "Amber nuts" reads to the context score like an adjective and a noun; a list of
    // pupils' allergies is what the model learned from other schools' lists.
    const { flaggedBy, decided } = names(
      'Allergy list for the trip: Kevin gluten, Amber nuts, Tahir dairy, Orla eggs.',
    );
    expect(flaggedBy).toContain('Amber names/model-pupil');
    const amber = decided('Amber')!;
    expect(amber.fired.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['names/ordinary-word', 'names/model-pupil']),
    );
    expect(amber.model!.probability).toBeGreaterThanOrEqual(SHIPPED_DATA.namesModel!.raise);
  });

  it('never raises a candidate quieted by specific evidence, however sure it is', () => {
    // Another person's full name: a strong quiet rule, not the model's to overrule.
    const sure = biasModel(-8, 8);
    const { flaggedBy } = names('We read a poem by William Wordsworth today.', sure);
    expect(flaggedBy).toEqual([]);
  });

  it('is trained, and its thresholds chosen, from the training schools (quietName off)', () => {
    const model = SHIPPED_DATA.namesModel!;
    expect(model.raise).toBeGreaterThanOrEqual(0.5);
    expect(model.raise).toBeLessThan(1);
    expect(model.quiet).toBeGreaterThan(0);
    expect(model.quiet).toBeLessThan(0.5);
    expect(model.quietName ?? 0).toBe(0);
  });
});

describe('what the model may move (recall first)', () => {
  const sure = biasModel(-8, 8); // every flagged word "not a pupil", every quiet one "a pupil"

  it('quiets only single ordinary words when quietName is off: never a full name or a name that is no word', () => {
    const { flaggedBy, decided } = names(
      'Amber helped Kevin Doyle tidy up, and Grace Whitfield read to Orla.',
      sure,
    );
    expect(decided('Amber')!.rule).toBe('names/model-not-pupil');
    expect(flaggedBy).toEqual([
      'Kevin Doyle names/full-name',
      'Grace Whitfield names/full-name',
      'Orla names/listed-name',
    ]);
  });

  it('raises a candidate the rules left quiet when its probability reaches raise', () => {
    const { flaggedBy, decided } = names('I will ring the office about the trip.', sure);
    expect(flaggedBy).toEqual(['will names/model-pupil']);
    const will = decided('will')!;
    expect(will.fired.at(-1)).toEqual({ rule: 'names/model-pupil', said: 'flag' });
    expect(will.model!.probability).toBeGreaterThan(0.9);
  });

  it('quiets a single name that is no word below quietName, never a full name', () => {
    const quietNames = { ...biasModel(-8, 0), quietName: 0.1 };
    const { flaggedBy, decided } = names('Orla helped Kevin Doyle tidy up.', quietNames);
    expect(decided('Orla')!.rule).toBe('names/model-not-pupil');
    expect(flaggedBy).toEqual(['Kevin Doyle names/full-name']);
  });

  it('moves nothing between its thresholds', () => {
    const unsure = biasModel(0, 0);
    expect(names('I will ring Orla’s mum.', unsure).flaggedBy).toEqual(['Orla names/listed-name']);
  });

  it('lets the rules decide alone when its weights are damaged', () => {
    const damaged = { ...biasModel(-8, 8), weights: '%%%' };
    expect(() => decodeNamesModel(damaged)).toThrow(/base64/);
    expect(names('Well done Amber!', damaged).flaggedBy).toEqual(['Amber names/context']);
  });

  it('decodes to the probabilities it was encoded from, within a byte’s step', () => {
    const model = decodeNamesModel(biasModel(-2, 3));
    expect(nameProbability(model, ['flagged|bias'])).toBeCloseTo(1 / (1 + Math.exp(2)), 1);
    expect(nameProbability(model, ['quiet|bias'])).toBeCloseTo(1 / (1 + Math.exp(-3)), 2);
  });
});

describe('what the model costs a keystroke', () => {
  it('is asked only where it may move a decision: flagged single words, weak quiet rules', () => {
    const checker = createChecker(ruleSchool);
    const scored = (text: string) => {
      const before = modelWork.scored;
      checker.check(text);
      return modelWork.scored - before;
    };
    // Names that are no ordinary word, and a full name: quietName is off, so the rules decide.
    expect(scored('Well done Orla and Kevin Doyle, and thanks to Tahir for the cakes.')).toBe(0);
    // Quieted by specific evidence (another person's full name, a famous one): never raised.
    expect(scored('We read a poem by William Wordsworth today.')).toBe(0);
    // Ordinary words the context score or a determiner left quiet: the model may raise them.
    expect(scored('I will ring you in May about the summer fair.')).toBe(3);
    // A flagged ordinary word: the one candidate it may quiet.
    expect(scored('Well done Amber and Orla for a lovely assembly.')).toBe(1);
  });
});
