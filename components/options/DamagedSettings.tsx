// The stored settings could not be read: say why, keep them, and offer ways out.
import type { SettingsProblem } from '../../lib/settings';
import { ProblemList } from './Problems';

export interface DamagedSettingsProps {
  problems: SettingsProblem[];
  onSaveCopy(): void;
  onDiscard(): Promise<void>;
}

export function DamagedSettings({ problems, onSaveCopy, onDiscard }: DamagedSettingsProps) {
  return (
    <section aria-labelledby="damaged-heading" class="damaged">
      <h2 id="damaged-heading">The saved settings could not be read</h2>
      <ProblemList title="The settings stored in this browser are damaged:" problems={problems} />
      <p>
        They are kept as they are until you choose. Save a copy to repair by hand, import a good
        settings file below, or start again.
      </p>
      <button type="button" onClick={onSaveCopy}>
        Save a copy of the damaged settings
      </button>{' '}
      <button type="button" onClick={() => void onDiscard()}>
        Discard them and start again
      </button>
    </section>
  );
}
