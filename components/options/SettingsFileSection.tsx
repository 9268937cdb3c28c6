// Import settings / Export settings (CONTRACTS.md §1 and §4). An import that would replace
// settings already here shows what changes and asks first; afterwards it can be undone.
import { useState } from 'preact/hooks';
import type { SettingsProblem } from '../../lib/settings';
import { compareSettings } from '../../lib/settings/compare';
import type { SchoolSettings } from '../../lib/settings/types';
import type { ManagedPart } from '../../platform/managed-merge';
import { ProblemList } from './Problems';
import { SettingsImportPreview } from './SettingsImportPreview';
import {
  MAX_SETTINGS_FILE_BYTES,
  SETTINGS_FILE_NAME,
  downloadText,
  readSettingsFile,
  settingsFileText,
  tooLarge,
} from './settings-file';

export interface SettingsFileSectionProps {
  /** This browser's own settings: what an import replaces. */
  current: SchoolSettings | null;
  /** What Export settings saves: the settings in use, managed parts included. */
  exportable: SchoolSettings | null;
  managed?: ManagedPart[];
  /** Label of the import that can be undone, or null. */
  undoLabel?: string | null;
  /** Resolves to why the file was not kept (too large for storage), or null once it is. */
  onImport(settings: SchoolSettings, label: string): Promise<string | null>;
  onUndo?(): Promise<void>;
}

export function SettingsFileSection({
  current,
  exportable,
  managed = [],
  undoLabel = null,
  onImport,
  onUndo,
}: SettingsFileSectionProps) {
  const [problems, setProblems] = useState<SettingsProblem[]>([]);
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState<{ settings: SchoolSettings; fileName: string } | null>(
    null,
  );

  async function replace(settings: SchoolSettings, fileName: string) {
    setPending(null);
    const refused = await onImport(settings, fileName).catch((error: unknown) => String(error));
    if (refused) {
      setProblems([{ path: '', message: refused }]);
      return;
    }
    setStatus(`Imported ${fileName}: settings for ${settings.school.name}.`);
  }

  async function importFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setStatus('');
    setPending(null);
    // Not even read when it could never be kept: storage holds this much in all.
    if (file.size > MAX_SETTINGS_FILE_BYTES) {
      input.value = '';
      setProblems([{ path: '', message: tooLarge(file.size) }]);
      return;
    }
    const result = readSettingsFile(await file.text());
    input.value = '';
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    // Nothing here yet means nothing to lose: import at once (it can still be undone).
    if (!current) await replace(result.settings, file.name);
    else setPending({ settings: result.settings, fileName: file.name });
  }

  async function undo() {
    await onUndo?.();
    setStatus(`Undone: the settings from before ${undoLabel} are back.`);
  }

  function exportFile() {
    if (!exportable) return;
    downloadText(SETTINGS_FILE_NAME, settingsFileText(exportable));
    setStatus(`Saved ${SETTINGS_FILE_NAME} to your downloads.`);
  }

  return (
    <section aria-labelledby="settings-file-heading">
      <h2 id="settings-file-heading">Settings file</h2>
      <p>
        One file, {SETTINGS_FILE_NAME}, holds the school profile, class lists, staff, timetable and
        policy. Importing one replaces all of these here: you will see what changes and be asked
        first, and you can undo it.
      </p>
      <div class="actions">
        <label for="import-settings">Import settings</label>
        <input
          id="import-settings"
          type="file"
          accept=".json,application/json"
          onChange={importFile}
        />
        <button type="button" onClick={exportFile} disabled={!exportable}>
          Export settings
        </button>
      </div>
      {problems.length > 0 ? (
        <ProblemList
          title="Nothing was imported. Fix these problems in the file and try again:"
          problems={problems}
        />
      ) : null}
      {pending ? (
        <SettingsImportPreview
          fileName={pending.fileName}
          changes={compareSettings(current, pending.settings)}
          managed={managed}
          onReplace={() => void replace(pending.settings, pending.fileName)}
          onCancel={() => {
            setPending(null);
            setStatus(`Nothing was imported: the settings here are as they were.`);
          }}
        />
      ) : null}
      {undoLabel && onUndo && !pending ? (
        <p>
          <button type="button" onClick={() => void undo()}>
            Undo the import of {undoLabel}
          </button>
        </p>
      ) : null}
      <p role="status">{status}</p>
    </section>
  );
}
