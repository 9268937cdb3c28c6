import { useState } from 'preact/hooks';
import type { PageReminderAnswer } from '../../lib/messaging/reminder-protocol';
import { citeText } from '../../lib/policy/cite-text';
import { BANNER_CSS } from './banner-style';

export interface ReminderBannerProps {
  reminder: NonNullable<PageReminderAnswer['reminder']>;
  /** Opens the policy at a clause, or at its start with '' when the policy has none on this. */
  onOpenClause: (clause: string) => void;
  onDismiss?: () => void;
}

/** A gentle corner note: never covers the page's controls, never blocks, one click to close. */
export function ReminderBanner({ reminder, onOpenClause, onDismiss }: ReminderBannerProps) {
  const [open, setOpen] = useState(true);
  const [expanded, setExpanded] = useState(false);
  if (!open) return null;
  const { clauses } = reminder;
  const ids = clauses.map((c) => c.id);
  const showLabel = ids.length === 1 ? `Show clause ${ids[0]}` : 'Show the clauses';
  return (
    <aside
      class="byp-reminder"
      role="note"
      aria-label={`Reminder: ${ids.length ? citeText(ids) : reminder.headline}`}
    >
      <style>{BANNER_CSS}</style>
      <p class="headline">
        <strong>{reminder.headline}</strong> — {reminder.why}
      </p>
      {clauses.length === 0 && <p class="no-clause">Your school’s policy has no clause on this.</p>}
      {expanded &&
        clauses.map((c) => (
          <blockquote key={c.id}>
            <strong>Clause {c.id}.</strong> {c.text}
          </blockquote>
        ))}
      <div class="actions">
        {clauses.length > 0 && !expanded ? (
          <button type="button" onClick={() => setExpanded(true)}>
            {showLabel}
          </button>
        ) : (
          <button type="button" onClick={() => onOpenClause(ids[0] ?? '')}>
            Open the policy
          </button>
        )}
        <button
          type="button"
          class="dismiss"
          onClick={() => {
            setOpen(false);
            onDismiss?.();
          }}
        >
          Dismiss
        </button>
      </div>
    </aside>
  );
}
