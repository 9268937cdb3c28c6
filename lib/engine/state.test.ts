// What a checker keeps is its own, and its data is used only when needed: the tone model is
// not decoded before a sentence needs it, and two checkers never share what they build.
import { describe, expect, it } from 'vitest';
import { createChecker, SHIPPED_DATA, type CheckerData } from './index';
import type { EncodedModel } from '../disparaging/tone/encoded';
import type { Detector } from './detector';
import type { FindingKind } from './finding';
import { orderByNeeds } from './order';
import { validateSettings } from '../settings';
import sample from '../sample/sample-settings.json';

const parsed = validateSettings(sample);
if (!parsed.ok) throw new Error('sample settings invalid');
const settings = parsed.settings;

/** The shipped model behind a counter of how often its weights are read. */
function countingData(): { data: CheckerData; reads: () => number } {
  const model = SHIPPED_DATA.toneModel!;
  let reads = 0;
  const toneModel: EncodedModel = {
    buckets: model.buckets,
    scale: model.scale,
    threshold: model.threshold,
    get weights() {
      reads++;
      return model.weights;
    },
  };
  return {
    data: { ...SHIPPED_DATA, toneModel, namesModel: undefined },
    reads: () => reads,
  };
}

describe('the checker and its data', () => {
  it('does not decode the tone model before a sentence needs it, and then once', () => {
    const { data, reads } = countingData();
    const checker = createChecker(settings, { data });
    expect(reads()).toBe(0);
    checker.check('It rained all afternoon, so we stayed in and baked.');
    expect(reads()).toBe(0);
    const found = checker.check('Year 6 are spoilt little brats this week.');
    expect(found.some((f) => f.kind === 'disparaging')).toBe(true);
    expect(reads()).toBe(1);
    checker.check('The new deputy is an absolute clown.');
    expect(reads()).toBe(1);
  });

  it('decodes it when asked to prepare, off the path of a check', () => {
    const { data, reads } = countingData();
    const checker = createChecker(settings, { data });
    checker.prepare?.();
    expect(reads()).toBe(1);
  });

  it('gives each checker its own model: a second checker decodes again', () => {
    const { data, reads } = countingData();
    createChecker(settings, { data }).check('Year 6 are spoilt little brats this week.');
    createChecker(settings, { data }).check('Year 6 are spoilt little brats this week.');
    expect(reads()).toBe(2);
  });

  it('goes by its rules alone when the model could not be read', () => {
    const text = 'Year 6 are spoilt little brats this week.';
    const without = createChecker(settings, {
      data: {
        words: SHIPPED_DATA.words,
        seedPolicy: SHIPPED_DATA.seedPolicy,
        acts: SHIPPED_DATA.acts,
      },
    }).check(text);
    expect(without.some((f) => f.kind === 'disparaging')).toBe(true);
    expect(
      createChecker(settings, {
        data: {
          words: SHIPPED_DATA.words,
          seedPolicy: SHIPPED_DATA.seedPolicy,
          acts: SHIPPED_DATA.acts,
        },
      }).check('Lovely sunny day for sports.'),
    ).toEqual([]);
  });

  it('shows a detector only the kinds it declared it reads', () => {
    const seen: Record<string, string[]> = {};
    const fake = (id: FindingKind, reads: FindingKind[]): Detector<null> => ({
      id,
      description: id,
      raises: [id],
      reads,
      compile: () => null,
      detect: (text, _c, { earlier }) => {
        seen[id] = earlier.map((f) => f.kind);
        return [{ kind: id, start: 0, end: text.length, reason: id }];
      },
    });
    const registry = orderByNeeds([
      fake('pupil-name', []),
      fake('phone-number', []),
      fake('child-reference', ['pupil-name']),
      fake('disparaging', ['phone-number', 'child-reference']),
    ]);
    createChecker(settings, { registry }).check('anything');
    expect(seen).toEqual({
      'pupil-name': [],
      'phone-number': [],
      'child-reference': ['pupil-name'],
      disparaging: ['phone-number', 'child-reference'],
    });
  });
});
