// What "Import settings" would change, part by part, before anything is replaced.
import type { SettingsChange } from '../../lib/settings/compare';
import type { ManagedPart } from '../../platform/managed-merge';
import { focusOnMount } from './Problems';

export interface SettingsImportPreviewProps {
  fileName: string;
  changes: SettingsChange[];
  /** Parts school IT sets: the import cannot change what is used for those. */
  managed: ManagedPart[];
  onReplace(): void;
  onCancel(): void;
}

const MANAGED_BY: Partial<Record<SettingsChange['part'], ManagedPart>> = {
  school: 'school',
  classes: 'classes',
  pupils: 'classes',
  staff: 'staff',
  timetable: 'workingHours',
  checks: 'checks',
};

export function SettingsImportPreview({
  fileName,
  changes,
  managed,
  onReplace,
  onCancel,
}: SettingsImportPreviewProps) {
  const changed = changes.filter((change) => change.changed).length;
  return (
    <div class="notice warn import-preview" role="group" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">Replace the settings in this browser with {fileName}?</h3>
      <p>
        {changed === 0
          ? 'The file holds the same settings as this browser: nothing would change.'
          : `${changed} of ${changes.length} parts would change. Nothing has been replaced yet.`}
      </p>
      <table>
        <caption class="visually-hidden">What the import changes</caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Now</th>
            <th scope="col">After the import</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => {
            const setByIt = MANAGED_BY[change.part];
            return (
              <tr key={change.part} class={change.changed ? 'changed' : 'same'}>
                <th scope="row">{change.label}</th>
                <td>{change.before}</td>
                <td>
                  {change.changed ? (
                    <>
                      <strong>{change.after}</strong>
                      {change.detail ? <span class="hint"> ({change.detail})</span> : null}
                    </>
                  ) : (
                    <span class="hint">unchanged</span>
                  )}
                  {setByIt && managed.includes(setByIt) ? (
                    <span class="hint"> · set by your school's IT, which still wins</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>Sites you added or switched off are not in the file and stay as they are.</p>
      <div class="actions">
        <button type="button" class="primary" onClick={onReplace} ref={focusOnMount}>
          Replace settings
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
