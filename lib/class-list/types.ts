import type { SchoolClass } from '../settings/types';

export interface SkippedRow {
  line: number;
  /** Last line the skipped row covered, when it ran over several (a stray quote). */
  endLine?: number;
  reason: string;
}

export interface DuplicateRow {
  line: number;
  /** Line of the row it repeats. */
  firstLine: number;
  name: string;
  className: string;
}

/** A value we could not read (e.g. a consent cell saying "Maybe"); the row is still imported. */
export interface ValueProblem {
  line: number;
  message: string;
}

export interface ClassListPreview {
  classes: SchoolClass[];
  skipped: SkippedRow[];
  duplicates: DuplicateRow[];
  problems: ValueProblem[];
  /** Pupils who came out of the import with at least one restriction. */
  restrictedCount: number;
  /** How each heading of the file was read, e.g. "Legal Forename → first name". */
  columnsUsed: string[];
  consentColumns: string[];
}

export type ClassListResult =
  { ok: true; preview: ClassListPreview } | { ok: false; error: string };

export function countPupils(preview: Pick<ClassListPreview, 'classes'>): number {
  return preview.classes.reduce((sum, schoolClass) => sum + schoolClass.pupils.length, 0);
}
