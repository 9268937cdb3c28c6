// The staff list: colleagues whose names in a post are worth a second look.
import { useState } from 'preact/hooks';
import type { StaffMember } from '../../lib/settings/types';
import { ErrorMessage, ManagedNote } from './Problems';

export interface StaffEditorProps {
  staff: StaffMember[];
  managed: boolean;
  onChange(staff: StaffMember[]): Promise<void>;
}

export function StaffEditor({ staff, managed, onChange }: StaffEditorProps) {
  const [first, setFirst] = useState('');
  const [last, setLast] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function add(event: Event) {
    event.preventDefault();
    if (!first.trim() || !last.trim()) {
      setError('Enter both a first name and a surname.');
      return;
    }
    setError(null);
    await onChange([...staff, { first: first.trim(), last: last.trim() }]);
    setFirst('');
    setLast('');
  }

  return (
    <section aria-labelledby="staff-heading">
      <h2 id="staff-heading">Staff</h2>
      <ManagedNote managed={managed} />
      <ul>
        {staff.map((member, index) => (
          <li key={index}>
            {member.title ? `${member.title} ` : ''}
            {member.first} {member.last}{' '}
            {managed ? null : (
              <button
                type="button"
                onClick={() => void onChange(staff.filter((_, i) => i !== index))}
              >
                Remove {member.first} {member.last}
              </button>
            )}
          </li>
        ))}
      </ul>
      {managed ? null : (
        <form onSubmit={add}>
          <label for="staff-first">First name</label>
          <input id="staff-first" value={first} onInput={(e) => setFirst(e.currentTarget.value)} />
          <label for="staff-last">Surname</label>
          <input id="staff-last" value={last} onInput={(e) => setLast(e.currentTarget.value)} />
          <button type="submit">Add to staff list</button>
          <ErrorMessage message={error} />
        </form>
      )}
    </section>
  );
}
