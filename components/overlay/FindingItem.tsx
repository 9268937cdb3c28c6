// One warning as the card lists it: what was flagged (with how often, when grouped), how
// serious in a word as well as a colour, why, the clauses it relates to, and a way to dismiss
// it for this post.
import type { Finding } from '../../lib/engine/finding';
import { SEVERITY_WORD } from './palette';

const DISMISS_LABEL: Partial<Record<Finding['kind'], string>> = {
  'pupil-name': 'Not a pupil',
  'child-reference': 'Not a pupil',
  'staff-name': 'Not a colleague',
  // The tone check is a nudge that cannot know tone (issue 18): the writer's own reading wins.
  disparaging: 'Not fair? Dismiss',
};

/** Why the clause applies, as the background worked it out from the school's own policy. */
function whyOf(finding: Finding, clause: string): string {
  return finding.citations?.find((c) => c.id === clause)?.why ?? '';
}

export interface FindingItemProps {
  finding: Finding;
  /** How many times the post has it (the grouped list); 1 shows no count. */
  count: number;
  /** Key the host finds the item by to move focus after a dismissal. */
  itemKey: string;
  clauseLink(clause: string): preact.ComponentChild;
  onDismiss(): void;
  /** A plain `div` in the one-warning card, an `li` in the list. */
  as?: 'li' | 'div';
}

export function FindingItem(props: FindingItemProps) {
  const { finding: f, count } = props;
  const Tag = props.as ?? 'li';
  return (
    <Tag
      class={`finding ${f.severity}${f.restricted ? ' restricted' : ''}`}
      data-item={props.itemKey}
      // Focus lands here after the warning before it is dismissed (overlay-host.ts).
      tabIndex={-1}
    >
      <span class="severity">
        {f.restricted ? (
          <span class="restricted-label">
            <span aria-hidden="true">⛔ </span>Do not name
          </span>
        ) : (
          SEVERITY_WORD[f.severity]
        )}
      </span>{' '}
      {/* Isolated: a name or number from a right-to-left post keeps its own order. */}
      <bdi class="flagged">{f.text}</bdi>
      {count > 1 && (
        <span class="times" aria-label={`${count} times in this post`}>
          {' '}
          ×{count}
        </span>
      )}
      <span class="reason">{f.reason}</span>
      {f.clauses.map((clause) => (
        <span class="clause" key={clause}>
          {props.clauseLink(clause)} {whyOf(f, clause)}
        </span>
      ))}
      {f.clauses.length === 0 && (
        <span class="clause no-clause">Your school’s policy has no clause on this.</span>
      )}
      <button type="button" class="dismiss" onClick={props.onDismiss}>
        {DISMISS_LABEL[f.kind] ?? 'Ignore for this post'}
        {count > 1 ? ` (all ${count})` : ''}
      </button>
    </Tag>
  );
}
