// Import class list: a CSV/TSV export from the school's MIS, or a pasted list of names.
// Nothing is saved until the person has seen the preview and pressed Save.
import { useRef, useState } from 'preact/hooks';
import {
  countPupils,
  importClassListFile,
  importPastedList,
  type ClassListPreview as Preview,
  type ClassListResult,
} from '../../lib/class-list';
import { ClassListPreview } from './ClassListPreview';
import { ErrorMessage } from './Problems';

export interface ClassListImportProps {
  existingClassNames: string[];
  /** No settings here yet: the school's name is asked for beside the preview and saved too. */
  needsSchoolName?: boolean;
  onSave(preview: Preview, label: string, schoolName?: string): Promise<void>;
}

export function ClassListImport({
  existingClassNames,
  needsSchoolName = false,
  onSave,
}: ClassListImportProps) {
  const [pending, setPending] = useState<{ preview: Preview; label: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [pasted, setPasted] = useState('');
  const [pastedClass, setPastedClass] = useState('');
  const [schoolName, setSchoolName] = useState('');
  const saveButton = useRef<HTMLButtonElement>(null);
  const schoolField = useRef<HTMLInputElement>(null);
  const missingName = needsSchoolName && !schoolName.trim();

  function show(result: ClassListResult, label: string) {
    setStatus('');
    if (!result.ok) {
      setPending(null);
      setError(`${label}: ${result.error} Nothing was saved.`);
      return;
    }
    setError(null);
    setPending({ preview: result.preview, label });
    // Keyboard users land on the decision the preview asks for.
    setTimeout(() => (needsSchoolName ? schoolField : saveButton).current?.focus(), 0);
  }

  async function readFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    input.value = '';
    show(importClassListFile(bytes, file.name), file.name);
  }

  async function save() {
    if (!pending || missingName) return;
    try {
      await onSave(pending.preview, pending.label, needsSchoolName ? schoolName.trim() : undefined);
    } catch (failure) {
      // Storage full, say: the browser keeps the class lists as they were.
      setError(`${pending.label} could not be saved (${String(failure)}). Nothing was changed.`);
      return;
    }
    setStatus(`Saved ${countPupils(pending.preview)} pupils from ${pending.label}.`);
    setPending(null);
    setPasted('');
  }

  return (
    <div class="class-import">
      <label for="import-class-list">Import class list</label>{' '}
      <input
        id="import-class-list"
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
        onChange={readFile}
      />
      <details>
        <summary>Or paste a list of names</summary>
        <label for="pasted-names">Names, one a line ("First Last" or "Last, First")</label>
        <textarea
          id="pasted-names"
          rows={6}
          value={pasted}
          onInput={(e) => setPasted(e.currentTarget.value)}
        />
        <label for="pasted-class">Class name</label>
        <input
          id="pasted-class"
          value={pastedClass}
          onInput={(e) => setPastedClass(e.currentTarget.value)}
        />
        <button
          type="button"
          onClick={() => show(importPastedList(pasted, pastedClass), 'the pasted list')}
        >
          Preview pasted list
        </button>
      </details>
      <ErrorMessage message={error} />
      {pending ? (
        <>
          <ClassListPreview
            preview={pending.preview}
            label={pending.label}
            existingClassNames={existingClassNames}
          />
          {needsSchoolName ? (
            <>
              <label for="import-school-name">Your school's name (saved with the class list)</label>
              <input
                id="import-school-name"
                ref={schoolField}
                value={schoolName}
                onInput={(e) => setSchoolName(e.currentTarget.value)}
              />
            </>
          ) : null}
          <div class="actions">
            <button
              type="button"
              class="primary"
              ref={saveButton}
              onClick={save}
              disabled={missingName}
            >
              Save {countPupils(pending.preview)} pupils
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </>
      ) : null}
      <p role="status">{status}</p>
    </div>
  );
}
