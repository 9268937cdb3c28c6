// The reminder note on the page (working time, editing Wikipedia), drawn with plain DOM calls:
// the reminder content script runs on every watched page, and Preact would be 18 KB of it
// for one note with two buttons (content scripts stay under 60 KB in all). It cites the
// clauses of the school's own policy, or says plainly that the policy has none on this.
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
export function mountReminderBanner(
  parent: ParentNode & Node,
  { reminder, onOpenClause, onDismiss }: ReminderBannerProps,
): HTMLElement {
  const doc = parent.ownerDocument ?? (parent as unknown as Document);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, ...children: (Node | string)[]) => {
    const node = doc.createElement(tag);
    node.append(...children);
    return node;
  };
  const button = (label: string, onClick: () => void, className?: string) => {
    const b = el('button', label);
    b.type = 'button';
    if (className) b.className = className;
    b.addEventListener('click', onClick);
    return b;
  };

  const { clauses } = reminder;
  const ids = clauses.map((c) => c.id);
  const note = el('aside');
  note.className = 'byp-reminder';
  note.setAttribute('role', 'note');
  note.setAttribute('aria-label', `Reminder: ${ids.length ? citeText(ids) : reminder.headline}`);
  const headline = el('p', el('strong', reminder.headline), ` — ${reminder.why}`);
  headline.className = 'headline';
  const actions = el('div');
  actions.className = 'actions';
  const openPolicy = () => button('Open the policy', () => onOpenClause(ids[0] ?? ''));
  const dismiss = button(
    'Dismiss',
    () => {
      note.remove();
      onDismiss?.();
    },
    'dismiss',
  );
  const parts: Node[] = [el('style', BANNER_CSS), headline];
  if (clauses.length > 0) {
    const show = button(ids.length === 1 ? `Show clause ${ids[0]}` : 'Show the clauses', () => {
      const quotes = clauses.map((c) =>
        el('blockquote', el('strong', `Clause ${c.id}.`), ` ${c.text}`),
      );
      headline.after(...quotes);
      show.replaceWith(openPolicy());
    });
    actions.append(show, dismiss);
  } else {
    const none = el('p', 'Your school’s policy has no clause on this.');
    none.className = 'no-clause';
    parts.push(none);
    actions.append(openPolicy(), dismiss);
  }
  note.append(...parts, actions);
  parent.append(note);
  return note;
}
