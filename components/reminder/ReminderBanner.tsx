import { useState } from 'preact/hooks';
import type { PageReminderAnswer } from '../../lib/messaging/reminder-protocol';
import { BANNER_CSS } from './banner-style';

export interface ReminderBannerProps {
  reminder: NonNullable<PageReminderAnswer['reminder']>;
  onOpenClause: (clause: string) => void;
  onDismiss?: () => void;
}

/** A gentle corner note: never covers the page's controls, never blocks, one click to close. */
export function ReminderBanner({ reminder, onOpenClause, onDismiss }: ReminderBannerProps) {
  const [open, setOpen] = useState(true);
  const [expanded, setExpanded] = useState(false);
  if (!open) return null;
  return (
    <aside class="byp-reminder" role="note" aria-label={`Reminder: clause ${reminder.clause}`}>
      <style>{BANNER_CSS}</style>
      <p class="headline">
        <strong>{reminder.headline}</strong> — {reminder.why}
      </p>
      {expanded && reminder.clauseText && (
        <blockquote>
          <strong>Clause {reminder.clause}.</strong> {reminder.clauseText}
        </blockquote>
      )}
      <div class="actions">
        {reminder.clauseText && !expanded ? (
          <button type="button" onClick={() => setExpanded(true)}>
            Show clause {reminder.clause}
          </button>
        ) : (
          <button type="button" onClick={() => onOpenClause(reminder.clause)}>
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
