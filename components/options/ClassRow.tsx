// One class: rename, delete (after a confirming step), and each pupil's restrictions.
import { useState } from 'preact/hooks';
import type { Restriction, SchoolClass } from '../../lib/settings/types';
import { ErrorMessage, focusOnMount } from './Problems';

export interface ClassRowProps {
  schoolClass: SchoolClass;
  readOnly: boolean;
  onRename(name: string): string | null;
  onDelete(): void;
  onRestriction(pupilIndex: number, restriction: Restriction, on: boolean): void;
}

const RESTRICTION_LABELS: Record<Restriction, string> = { name: 'Do not name', photo: 'No photos' };

export function ClassRow({
  schoolClass,
  readOnly,
  onRename,
  onDelete,
  onRestriction,
}: ClassRowProps) {
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(schoolClass.name);
  const [error, setError] = useState<string | null>(null);
  const restricted = schoolClass.pupils.filter((p) => p.restrictions?.length).length;

  function rename(event: Event) {
    event.preventDefault();
    const problem = onRename(name);
    setError(problem);
    if (!problem) setMode('view');
  }

  return (
    <li>
      <strong>{schoolClass.name}</strong>: {schoolClass.pupils.length} pupils
      {restricted ? `, ${restricted} restricted` : ''}{' '}
      {readOnly ? null : mode === 'rename' ? (
        <form onSubmit={rename}>
          <label>
            New name for {schoolClass.name}{' '}
            <input
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
              ref={focusOnMount}
            />
          </label>{' '}
          <button type="submit">Save name</button>{' '}
          <button type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
          <ErrorMessage message={error} />
        </form>
      ) : mode === 'delete' ? (
        <span role="group" aria-label={`Delete ${schoolClass.name}?`}>
          Delete {schoolClass.name} and its {schoolClass.pupils.length} pupils?{' '}
          <button type="button" onClick={onDelete} ref={focusOnMount}>
            Yes, delete {schoolClass.name}
          </button>{' '}
          <button type="button" onClick={() => setMode('view')}>
            Keep it
          </button>
        </span>
      ) : (
        <>
          <button type="button" onClick={() => (setName(schoolClass.name), setMode('rename'))}>
            Rename {schoolClass.name}
          </button>{' '}
          <button type="button" onClick={() => setMode('delete')}>
            Delete {schoolClass.name}
          </button>
        </>
      )}
      <details>
        <summary>Pupils in {schoolClass.name}</summary>
        <ul class="pupils">
          {schoolClass.pupils.map((pupil, index) => {
            const fullName = `${pupil.first} ${pupil.last}`;
            return (
              <li key={index}>
                {fullName}
                {pupil.preferred ? ` (${pupil.preferred})` : ''}{' '}
                {(['name', 'photo'] as const).map((restriction) => (
                  <label key={restriction}>
                    <input
                      type="checkbox"
                      disabled={readOnly}
                      checked={pupil.restrictions?.includes(restriction) ?? false}
                      onChange={(e) => onRestriction(index, restriction, e.currentTarget.checked)}
                      aria-label={`${RESTRICTION_LABELS[restriction]}: ${fullName}`}
                    />{' '}
                    {RESTRICTION_LABELS[restriction]}
                  </label>
                ))}
              </li>
            );
          })}
        </ul>
      </details>
    </li>
  );
}
