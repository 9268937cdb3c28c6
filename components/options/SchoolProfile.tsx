// The school profile (CONTRACTS.md §1 "school"), checked as the person types.
import { useState } from 'preact/hooks';
import type { School } from '../../lib/settings/types';
import { ManagedNote } from './Problems';
import { SaveState, saveStateOf } from './SaveState';
import {
  LIST_FIELDS,
  checkListField,
  checkSchoolName,
  draftFromSchool,
  schoolFromDraft,
  type ProfileDraft,
} from './profile-checks';

export interface SchoolProfileProps {
  school: School | null;
  managed: boolean;
  onSave(school: School): Promise<void>;
}

export function SchoolProfile({ school, managed, onSave }: SchoolProfileProps) {
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromSchool(school));
  const [status, setStatus] = useState('');
  // A new profile from storage (import, managed push) replaces the draft; re-reads of the
  // same profile, e.g. after another section saved, keep what the person is typing.
  const [shown, setShown] = useState(() => JSON.stringify(school));
  if (JSON.stringify(school) !== shown) {
    setShown(JSON.stringify(school));
    setDraft(draftFromSchool(school));
  }

  const errors: Record<string, string | null> = { name: checkSchoolName(draft.name) };
  for (const { field } of LIST_FIELDS) errors[field] = checkListField(field, draft[field]);
  const valid = Object.values(errors).every((error) => !error);
  const update = (field: keyof ProfileDraft) => (event: Event) => {
    setStatus('');
    setDraft({ ...draft, [field]: (event.currentTarget as HTMLInputElement).value });
  };
  const describedBy = (field: string) => (errors[field] ? `${field}-error` : undefined);

  async function save(event: Event) {
    event.preventDefault();
    if (!valid) return;
    await onSave(schoolFromDraft(draft, school));
    setStatus('School profile saved.');
  }

  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">School profile</h2>
      <ManagedNote managed={managed} />
      {managed ? null : (
        <SaveState
          kind={saveStateOf(draft, school && draftFromSchool(school))}
          nothingSaved="no school profile is saved yet, so posts are not checked for the school's name or details."
        />
      )}
      <form onSubmit={save}>
        <fieldset disabled={managed}>
          <label for="school-name">School name</label>
          <input
            id="school-name"
            value={draft.name}
            onInput={update('name')}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy('name')}
          />
          {errors.name ? (
            <p id="name-error" class="error" aria-live="polite">
              {errors.name}
            </p>
          ) : null}
          <label for="school-localAuthority">Local authority or trust</label>
          <input
            id="school-localAuthority"
            value={draft.localAuthority}
            onInput={update('localAuthority')}
          />
          {LIST_FIELDS.map(({ field, label, hint }) => (
            <div key={field}>
              <label for={`school-${field}`}>
                {label} <span class="hint">(one a line; {hint})</span>
              </label>
              <textarea
                id={`school-${field}`}
                rows={2}
                value={draft[field]}
                onInput={update(field)}
                aria-invalid={errors[field] ? true : undefined}
                aria-describedby={describedBy(field)}
              />
              {errors[field] ? (
                <p id={`${field}-error`} class="error" aria-live="polite">
                  {errors[field]}
                </p>
              ) : null}
            </div>
          ))}
          <button type="submit" class="primary" disabled={!valid}>
            Save school profile
          </button>
        </fieldset>
      </form>
      <p role="status">{status}</p>
    </section>
  );
}
