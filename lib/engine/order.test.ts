// The registry cannot run a detector before the findings it reads: the order comes from
// what each declares (Detector.reads), whatever order they are listed in.
import { describe, expect, it } from 'vitest';
import { detectors } from '../detectors';
import type { Detector } from './detector';
import type { FindingKind } from './finding';
import { orderByNeeds } from './order';

const fake = (id: FindingKind, reads: FindingKind[] = []): Detector<null> => ({
  id,
  description: id,
  raises: [id],
  reads,
  compile: () => null,
  detect: () => [],
});

/** Every detector stands after each detector that raises a kind it reads. */
function unmetNeeds(ordered: readonly Detector<any>[]): string[] {
  return ordered.flatMap((d, i) =>
    (d.reads ?? []).flatMap((kind) =>
      ordered
        .filter((r, j) => r !== d && r.raises.includes(kind) && j > i)
        .map((r) => `${d.id} runs before ${r.id}`),
    ),
  );
}

describe('orderByNeeds', () => {
  it('gives the registry an order in which every need is met', () => {
    expect(unmetNeeds(detectors)).toEqual([]);
    // The ones that read others' findings say so.
    const readers = detectors.filter((d) => d.reads?.length).map((d) => d.id);
    expect(readers).toEqual(['child-reference', 'parent-contact', 'disparaging']);
  });

  it('puts a reader after what it reads, however the registry lists them', () => {
    const reversed = detectors.map((_, i) => detectors[detectors.length - 1 - i]!);
    expect(unmetNeeds(reversed).length).toBeGreaterThan(0);
    expect(unmetNeeds(orderByNeeds(reversed))).toEqual([]);
    for (let seed = 1; seed <= 20; seed++) {
      const shuffled = [...detectors].sort(
        (a, b) => ((a.id.length * seed * 7919) % 31) - ((b.id.length * seed * 7919) % 31),
      );
      expect(unmetNeeds(orderByNeeds(shuffled))).toEqual([]);
    }
  });

  it('keeps the listing order where nothing is read', () => {
    const a = fake('phone-number');
    const b = fake('email-address');
    const c = fake('disparaging', ['pupil-name']);
    const d = fake('pupil-name');
    expect(orderByNeeds([a, b, c, d]).map((x) => x.id)).toEqual([
      'phone-number',
      'email-address',
      'pupil-name',
      'disparaging',
    ]);
  });

  it('refuses a cycle and a kind that nothing raises', () => {
    expect(() =>
      orderByNeeds([fake('pupil-name', ['staff-name']), fake('staff-name', ['pupil-name'])]),
    ).toThrow(/cycle: pupil-name, staff-name/);
    expect(() => orderByNeeds([fake('disparaging', ['pupil-name'])])).toThrow(
      /disparaging reads pupil-name, which nothing raises/,
    );
  });
});
