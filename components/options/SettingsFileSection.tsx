// Import settings / Export settings (CONTRACTS.md §1 and §4).
import { useState } from 'preact/hooks';
import type { SettingsProblem } from '../../lib/settings';
import type { SchoolSettings } from '../../lib/settings/types';
import { ProblemList } from './Problems';
import {
  SETTINGS_FILE_NAME,
  downloadText,
  readSettingsFile,
  settingsFileText,
} from './settings-file';

export interface SettingsFileSectionProps {
  settings: SchoolSettings | null;
  onImport(settings: SchoolSettings): Promise<void>;
}

export function SettingsFileSection({ settings, onImport }: SettingsFileSectionProps) {
  const [problems, setProblems] = useState<SettingsProblem[]>([]);
  const [status, setStatus] = useState('');

  async function importFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setStatus('');
    const result = readSettingsFile(await file.text());
    input.value = '';
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    await onImport(result.settings);
    setStatus(`Imported ${file.name}: settings for ${result.settings.school.name}.`);
  }

  function exportFile() {
    if (!settings) return;
    downloadText(SETTINGS_FILE_NAME, settingsFileText(settings));
    setStatus(`Saved ${SETTINGS_FILE_NAME} to your downloads.`);
  }

  return (
    <section aria-labelledby="settings-file-heading">
      <h2 id="settings-file-heading">Settings file</h2>
      <p>
        One file, {SETTINGS_FILE_NAME}, holds the school profile, class lists, staff and timetable.
        Importing replaces everything here, but only if the whole file is valid.
      </p>
      <label for="import-settings">Import settings</label>{' '}
      <input
        id="import-settings"
        type="file"
        accept=".json,application/json"
        onChange={importFile}
      />{' '}
      <button type="button" onClick={exportFile} disabled={!settings}>
        Export settings
      </button>
      {problems.length > 0 ? (
        <ProblemList
          title="Nothing was imported. Fix these problems in the file and try again:"
          problems={problems}
        />
      ) : null}
      <p role="status">{status}</p>
    </section>
  );
}
