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
  /** Clause 6.13, shown in full during working time. */
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
          No working hours set, so there is no clause 6.13 reminder. Add your school day, breaks and
          term dates under <em>Working hours</em> in {optionsLink('Options')}, or in the settings
          file.
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
      {work.reminder && reminderClause && (
        <blockquote class="clause-text" aria-label={`Clause ${reminderClause.id}`}>
          <strong>Clause {reminderClause.id}.</strong> {reminderClause.text}
        </blockquote>
      )}
    </section>
  );
}
