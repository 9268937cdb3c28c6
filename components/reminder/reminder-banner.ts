// The reminder note on the page (clauses 6.13, 6.11), drawn with plain DOM calls: the
// reminder content script runs on every watched page, and Preact would be 18 KB of it
// for one note with two buttons (content scripts stay under 60 KB in all).
import type { PageReminderAnswer } from '../../lib/messaging/reminder-protocol';
import { BANNER_CSS } from './banner-style';

export interface ReminderBannerProps {
  reminder: NonNullable<PageReminderAnswer['reminder']>;
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

  const note = el('aside');
  note.className = 'byp-reminder';
  note.setAttribute('role', 'note');
  note.setAttribute('aria-label', `Reminder: clause ${reminder.clause}`);
  const headline = el('p', el('strong', reminder.headline), ` — ${reminder.why}`);
  headline.className = 'headline';
  const actions = el('div');
  actions.className = 'actions';
  const openPolicy = () => button('Open the policy', () => onOpenClause(reminder.clause));
  const dismiss = button(
    'Dismiss',
    () => {
      note.remove();
      onDismiss?.();
    },
    'dismiss',
  );
  const clauseText = reminder.clauseText;
  if (clauseText) {
    const show = button(`Show clause ${reminder.clause}`, () => {
      const quote = el('blockquote', el('strong', `Clause ${reminder.clause}.`), ` ${clauseText}`);
      headline.after(quote);
      show.replaceWith(openPolicy());
    });
    actions.append(show, dismiss);
  } else {
    actions.append(openPolicy(), dismiss);
  }
  note.append(el('style', BANNER_CSS), headline, actions);
  parent.append(note);
  return note;
}
