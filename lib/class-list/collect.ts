// Gathers pupils into classes, dropping exact repeats and remembering where each came from.
import type { Pupil, Restriction, SchoolClass } from '../settings/types';
import type { DuplicateRow } from './types';

export class ClassCollector {
  private readonly classes = new Map<string, Pupil[]>();
  private readonly seen = new Map<string, number>();
  readonly duplicates: DuplicateRow[] = [];

  add(className: string, pupil: Pupil, line: number): void {
    const key = [className, pupil.first, pupil.preferred ?? '', pupil.last]
      .join('\u0000')
      .toLowerCase();
    const firstLine = this.seen.get(key);
    if (firstLine !== undefined) {
      const name = `${pupil.first} ${pupil.last}`;
      this.duplicates.push({ line, firstLine, name, className });
      return;
    }
    this.seen.set(key, line);
    const pupils = this.classes.get(className) ?? [];
    pupils.push(pupil);
    this.classes.set(className, pupils);
  }

  result(): SchoolClass[] {
    return [...this.classes].map(([name, pupils]) => ({ name, pupils }));
  }
}

export function makePupil(
  first: string,
  last: string,
  preferred: string | undefined,
  restrictions: Iterable<Restriction>,
): Pupil {
  const pupil: Pupil = { first, last };
  if (preferred && preferred.toLowerCase() !== first.toLowerCase()) pupil.preferred = preferred;
  const sorted = [...new Set(restrictions)].sort();
  if (sorted.length) pupil.restrictions = sorted;
  return pupil;
}

export function countRestricted(classes: SchoolClass[]): number {
  return classes.reduce(
    (sum, c) => sum + c.pupils.filter((p) => (p.restrictions?.length ?? 0) > 0).length,
    0,
  );
}
