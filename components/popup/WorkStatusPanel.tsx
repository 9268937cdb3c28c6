import type { WorkStatusText } from '../../lib/working-time/status-text';
import { OptionsLink } from './OptionsLink';
import { citeText } from '../../lib/policy/cite-text';
import type { PolicyClause } from '../../lib/policy/types';

/** What the popup knows about working time: nothing set, a problem, or a status. */
export type WorkView =
  | { kind: 'unset' }
  | { kind: 'error'; message: string }
  | { kind: 'status'; text: WorkStatusText; reminder: boolean };

export interface WorkStatusPanelProps {
  work: WorkView;
  /** The school's clauses on personal use in working time, one click away during working time. */
  reminderClauses: PolicyClause[];
  optionsHref: string;
  onOpenOptions?: () => void;
}

export function WorkStatusPanel({
  work,
  reminderClauses,
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
          No working hours set, so no working-time reminder. {optionsLink('Set them in Options')}
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
  const clauses = work.reminder ? reminderClauses : [];
  const label = {
    class: `work-status${work.reminder ? ' reminder' : ''}`,
    'aria-label': 'Working hours',
  };
  if (!detail && clauses.length === 0 && !work.reminder) {
    return (
      <section {...label}>
        <p class="headline">
          <strong>{headline}</strong>
        </p>
      </section>
    );
  }
  // One line; what it means (and in working time the clause itself) opens on demand.
  return (
    <section {...label}>
      <details>
        <summary>
          <strong>{headline}</strong>
          {clauses.length ? ` · ${citeText(clauses.map((c) => c.id))}` : null}
        </summary>
        {detail && <p class="detail">{detail}</p>}
        {clauses.map((clause) => (
          <blockquote key={clause.id} class="clause-text" aria-label={`Clause ${clause.id}`}>
            {clause.text}
          </blockquote>
        ))}
        {work.reminder && clauses.length === 0 && (
          <p class="clause-missing">Your school’s policy has no clause on working time.</p>
        )}
      </details>
    </section>
  );
}
