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
  /** The school's clauses on personal use in working time, shown in full during working time. */
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
          No working hours set, so there is no working-time reminder. Add your school day, breaks
          and term dates under <em>Working hours</em> in {optionsLink('Options')}, or in the
          settings file.
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
  return (
    <section class={`work-status${work.reminder ? ' reminder' : ''}`} aria-label="Working hours">
      <p class="headline">
        <strong>{work.text.headline}</strong>
      </p>
      {work.text.detail && <p class="detail">{work.text.detail}</p>}
      {work.reminder &&
        reminderClauses.map((clause) => (
          <blockquote key={clause.id} class="clause-text" aria-label={`Clause ${clause.id}`}>
            <strong>Clause {clause.id}.</strong> {clause.text}
          </blockquote>
        ))}
      {work.reminder && reminderClauses.length === 0 && (
        <p class="clause-missing">Your school’s policy has no clause on working time.</p>
      )}
    </section>
  );
}
