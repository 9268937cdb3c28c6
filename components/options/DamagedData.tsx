// Saved data other than the settings that could not be read (platform/stored-data.ts): it is
// not used (the defaults are), and each can be repaired, which puts it back to its default.
import type { StoredDamage, StoredKey } from '../../platform/stored-data';

export interface DamagedDataProps {
  damage: StoredDamage[];
  onRepair(key: StoredKey): Promise<void>;
}

export function DamagedData({ damage, onRepair }: DamagedDataProps) {
  if (damage.length === 0) return null;
  return (
    <section aria-labelledby="damaged-data-heading" class="damaged">
      <h2 id="damaged-data-heading">Some saved data could not be read</h2>
      <p>
        Until it is repaired the extension uses the defaults instead. Repairing puts each back to
        its default; nothing else changes.
      </p>
      <div role="alert">
        <ul>
          {damage.map((d) => (
            <li key={d.key}>
              <strong>{d.label}</strong>: {d.problems.slice(0, 3).join('; ')}
              {d.problems.length > 3 ? ` (and ${d.problems.length - 3} more)` : ''}{' '}
              <button type="button" onClick={() => void onRepair(d.key)}>
                Repair {d.label.charAt(0).toLowerCase() + d.label.slice(1)}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
