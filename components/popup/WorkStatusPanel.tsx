import type { WorkStatusText } from '../../lib/working-time/status-text';
import { OptionsLink } from './OptionsLink';
import type { PolicyClause } from '../../lib/policy/types';

/** What the popup knows about working time: nothing set, a problem, or a status. */
export type WorkView =
  | { kind: 'unset' }
  | { kind: 'error'; message: string }
  | { kind: 'status'; text: WorkStatusText; reminder: boolean };

export interface WorkStatusPanelProps {
  work: WorkView;
  /** Clause 6.13, one click away during working time. */
  reminderClause?: PolicyClause;
  optionsHref: string;
  onOpenOptions?: () => void;
}

export function WorkStatusPanel({
  work,
  reminderClause,
  optionsHref,
  onOpenOptions,
}: WorkStatusPanelProps) {
  const optionsLink = (text: string) => (
    <OptionsLink href={optionsHref} onOpen={onOpenOptions}>
      {text}
    </OptionsLink>
  );
  if (work.kind === 'unset') {
    return (
      <section class="work-status unset" aria-label="Working hours">
        <p>
          No working hours set, so no clause 6.13 reminder. {optionsLink('Set them in Options')}
        </p>
      </section>
    );
  }
  if (work.kind === 'error') {
    return (
      <section class="work-status error" aria-label="Working hours" role="alert">
        <p>
          The working hours cannot be used: {work.message}. Fix them in {optionsLink('Options')}.
        </p>
      </section>
    );
  }
  const { headline, detail } = work.text;
  // One line; in working time the clause, and why, open on demand.
  if (work.reminder && reminderClause) {
    return (
      <section class="work-status reminder" aria-label="Working hours">
        <details>
          <summary>
            <strong>{headline}</strong> · clause {reminderClause.id}
          </summary>
          {detail && <p class="detail">{detail}</p>}
          <blockquote class="clause-text" aria-label={`Clause ${reminderClause.id}`}>
            {reminderClause.text}
          </blockquote>
        </details>
      </section>
    );
  }
  return (
    <section class="work-status" aria-label="Working hours">
      <p class="headline">
        <strong>{headline}</strong>
        {detail && <span class="detail"> · {detail}</span>}
      </p>
    </section>
  );
}
