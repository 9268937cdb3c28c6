// The school's social media policy: which one warnings cite, importing the school's own (with
// a preview, and undo), and the table of which clauses each warning and reminder cites.
import { withFoundMapping } from '../../lib/policy/mapping';
import type { PolicyReading } from '../../lib/policy/parse';
import type { PolicyPreviewResult } from '../../lib/policy/preview';
import type { PolicyPack } from '../../lib/policy/types';
import { PolicyImport } from './PolicyImport';
import { PolicyMapping } from './PolicyMapping';

export interface PolicySectionProps {
  /** The school's own policy from its settings; null means the built-in example is in use. */
  policy: PolicyPack | null;
  /** Label of the policy import that can be undone, or null. */
  undoLabel: string | null;
  readFile(name: string, bytes: ArrayBuffer): Promise<string>;
  preview(text: string): Promise<PolicyPreviewResult>;
  /** Saves the policy; `undoLabel` marks an import that can be undone. */
  onSave(policy: PolicyPack, undoLabel?: string): Promise<void>;
  onUndo(): Promise<void>;
}

export function PolicySection({
  policy,
  undoLabel,
  readFile,
  preview,
  onSave,
  onUndo,
}: PolicySectionProps) {
  return (
    <section aria-labelledby="policy-heading">
      <h2 id="policy-heading">Social media policy</h2>
      <p>
        {policy
          ? `Warnings cite your school’s policy: “${policy.title}”, ${policy.clauses.length} clauses.`
          : 'Warnings cite the built-in example policy (Old Park Primary School and Nursery). Import your school’s own: its clauses are found, and each warning is matched to the clauses that say it, for you to check below.'}
      </p>
      <PolicyImport
        readFile={readFile}
        preview={preview}
        onSave={(reading: PolicyReading, label: string) =>
          onSave(withFoundMapping(reading.pack), label)
        }
      />
      {undoLabel ? (
        <p>
          <button type="button" onClick={() => void onUndo()}>
            Undo the policy import of {undoLabel}
          </button>
        </p>
      ) : null}
      {policy ? (
        <>
          <h3>What each warning cites</h3>
          <p>
            Found from the clauses’ words, not their numbers. Check each row; change the clause
            numbers where your school reads its policy differently, or leave a row empty when no
            clause says it.
          </p>
          <PolicyMapping pack={policy} onSave={(next) => onSave(next)} />
        </>
      ) : null}
    </section>
  );
}
