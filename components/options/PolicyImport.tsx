// Import policy: the school's policy as a .txt, .docx or .pdf file, or pasted text. Nothing
// is saved until the person has seen the preview and pressed Use this policy.
import { useRef, useState } from 'preact/hooks';
import type { Doubt } from '../../lib/policy/doubts';
import type { PolicyReading } from '../../lib/policy/parse';
import type { PolicyPreviewResult } from '../../lib/policy/preview';
import { ErrorMessage } from './Problems';
import { PolicyPreview } from './PolicyPreview';

export interface PolicyImportProps {
  /** The text of a chosen file (the options page reads Word and PDF files lazily). */
  readFile(name: string, bytes: ArrayBuffer): Promise<string>;
  /** The clauses found in the text and what to check (the parser, loaded when first needed). */
  preview(text: string): Promise<PolicyPreviewResult>;
  onSave(reading: PolicyReading, label: string): Promise<void>;
}

interface Pending {
  reading: PolicyReading;
  doubts: Doubt[];
  label: string;
}

export function PolicyImport({ readFile, preview, onSave }: PolicyImportProps) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [pasted, setPasted] = useState('');
  const saveButton = useRef<HTMLButtonElement>(null);

  async function show(text: string, label: string) {
    const result = await preview(text);
    setStatus('');
    if (!result.ok) {
      setPending(null);
      setError(`${label}: ${result.error} Nothing was saved.`);
      return;
    }
    setError(null);
    setPending({ reading: result.reading, doubts: result.doubts, label });
    // Keyboard users land on the decision the preview asks for.
    setTimeout(() => saveButton.current?.focus(), 0);
  }

  async function chooseFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    setStatus(`Reading ${file.name}…`);
    try {
      await show(await readFile(file.name, await file.arrayBuffer()), file.name);
    } catch (e) {
      setPending(null);
      setStatus('');
      setError(`${file.name}: ${(e as Error).message} Nothing was saved.`);
    }
  }

  async function save() {
    if (!pending) return;
    await onSave(pending.reading, pending.label);
    setStatus(`Saved ${pending.reading.pack.clauses.length} clauses from ${pending.label}.`);
    setPending(null);
    setPasted('');
  }

  return (
    <div class="policy-import">
      <label for="import-policy">Import policy</label>{' '}
      <input
        id="import-policy"
        type="file"
        accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={chooseFile}
      />
      <details>
        <summary>Or paste the policy’s text</summary>
        <label for="pasted-policy">The policy, as copied from Word or a PDF</label>
        <textarea
          id="pasted-policy"
          rows={8}
          value={pasted}
          onInput={(e) => setPasted(e.currentTarget.value)}
        />
        <button type="button" onClick={() => void show(pasted, 'the pasted policy')}>
          Preview pasted policy
        </button>
      </details>
      <ErrorMessage message={error} />
      {pending ? (
        <>
          <PolicyPreview {...pending} />
          <button type="button" ref={saveButton} onClick={save}>
            Use this policy ({pending.reading.pack.clauses.length} clauses)
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </>
      ) : null}
      <p role="status">{status}</p>
    </div>
  );
}
