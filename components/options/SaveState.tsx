// One line under an editor saying whether what is on screen is what is saved (and so in
// effect), e.g. "Not saved: these times are a suggestion and no reminders are in effect".
// Plain text, not a live region: it changes with every keystroke.

export type SaveStateKind = 'saved' | 'unsaved' | 'nothing-saved';

export function SaveState({ kind, nothingSaved }: { kind: SaveStateKind; nothingSaved: string }) {
  if (kind === 'saved') {
    return (
      <p class="save-state saved">
        <span aria-hidden="true">✓ </span>Saved: this is what is in effect.
      </p>
    );
  }
  if (kind === 'unsaved') {
    return (
      <p class="save-state unsaved">
        <span aria-hidden="true">● </span>Changes not saved: the saved version is still in effect.
      </p>
    );
  }
  return (
    <p class="save-state unsaved">
      <span aria-hidden="true">○ </span>Not saved: {nothingSaved}
    </p>
  );
}

/** Whether a draft matches what is stored (compared as JSON: drafts are plain data). */
export function saveStateOf<T>(draft: T, stored: T | null | undefined): SaveStateKind {
  if (stored === null || stored === undefined) return 'nothing-saved';
  return JSON.stringify(draft) === JSON.stringify(stored) ? 'saved' : 'unsaved';
}
