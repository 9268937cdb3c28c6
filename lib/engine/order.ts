// The order detectors run in, worked out from what each declares it reads
// (Detector.reads): a detector runs after every detector that raises a kind it reads, so
// child-reference sees the names before deciding a name is on no list. Among detectors
// free to go in either order, the registry's listing order stands, so the order is the
// same on every run. A cycle, or a kind read that no detector raises, is a mistake in the
// registry and throws when the module loads (order.test.ts).
import type { Detector } from './detector';

export function orderByNeeds<D extends Detector<any>>(listed: readonly D[]): D[] {
  const raisers = (kind: string) => listed.filter((d) => d.raises.includes(kind as never));
  for (const d of listed) {
    for (const kind of d.reads ?? []) {
      if (raisers(kind).length === 0)
        throw new Error(`${d.id} reads ${kind}, which nothing raises`);
    }
  }
  const ordered: D[] = [];
  const placed = new Set<D>();
  while (ordered.length < listed.length) {
    // The first listed detector whose needs are all placed already.
    const next = listed.find(
      (d) =>
        !placed.has(d) &&
        (d.reads ?? []).every((kind) => raisers(kind).every((r) => r === d || placed.has(r))),
    );
    if (!next) {
      const stuck = listed.filter((d) => !placed.has(d)).map((d) => d.id);
      throw new Error(`detectors read each other's findings in a cycle: ${stuck.join(', ')}`);
    }
    ordered.push(next);
    placed.add(next);
  }
  return ordered;
}
