// The saved class lists: import, rename, delete, restrictions, and undo of the last import.
import type { ComponentChildren } from 'preact';
import {
  applyImport,
  deleteClass,
  renameClass,
  setRestriction,
  type ClassListPreview,
} from '../../lib/class-list';
import type { SchoolClass } from '../../lib/settings/types';
import { ClassListImport } from './ClassListImport';
import { ClassRow } from './ClassRow';
import { ManagedNote } from './Problems';

export interface ClassesEditorProps {
  classes: SchoolClass[];
  /** Label of the import that can be undone, or null. */
  undoLabel: string | null;
  managed: boolean;
  /** No settings here yet: the import asks for the school's name too. */
  needsSchoolName?: boolean;
  /** Saves new class lists; `undoLabel` marks an import that can be undone. */
  onChange(classes: SchoolClass[], undoLabel?: string, schoolName?: string): Promise<void>;
  onUndo(): Promise<void>;
  /** After an import is saved: what it held and its name (the page shows what to do next). */
  onImported?(preview: ClassListPreview, label: string): void;
  /** Shown right under the import, e.g. the try-it box after a save. */
  afterImport?: ComponentChildren;
}

export function ClassesEditor({
  classes,
  undoLabel,
  managed,
  needsSchoolName = false,
  onChange,
  onUndo,
  onImported,
  afterImport,
}: ClassesEditorProps) {
  const save = (next: SchoolClass[]) => void onChange(next);
  return (
    <section aria-labelledby="classes-heading">
      <h2 id="classes-heading">Class lists</h2>
      <ManagedNote managed={managed} />
      <p>
        Class lists stay in this browser only. Take the pupil list your MIS exports (SIMS, Arbor,
        Bromcom, ScholarPack…) as CSV or tab-separated text; you will see what it holds before
        anything is saved.
      </p>
      {managed ? null : (
        <ClassListImport
          existingClassNames={classes.map((c) => c.name)}
          needsSchoolName={needsSchoolName}
          onSave={async (preview: ClassListPreview, label: string, schoolName?: string) => {
            await onChange(applyImport(classes, preview.classes), label, schoolName);
            onImported?.(preview, label);
          }}
        />
      )}
      {afterImport}
      {undoLabel && !managed ? (
        <p>
          <button type="button" onClick={() => void onUndo()}>
            Undo the import of {undoLabel}
          </button>
        </p>
      ) : null}
      {classes.length === 0 ? (
        <p>No class lists yet.</p>
      ) : (
        <ul class="classes">
          {classes.map((schoolClass, index) => (
            <ClassRow
              key={`${index}:${schoolClass.name}`}
              schoolClass={schoolClass}
              readOnly={managed}
              onRename={(name) => {
                const result = renameClass(classes, index, name);
                if (!result.ok) return result.error;
                save(result.classes);
                return null;
              }}
              onDelete={() => save(deleteClass(classes, index))}
              onRestriction={(pupil, restriction, on) =>
                save(setRestriction(classes, index, pupil, restriction, on))
              }
            />
          ))}
        </ul>
      )}
    </section>
  );
}
