import { photoReminder, type AttachmentWarning } from '../../lib/photo/warnings';
// kind-clauses and mapping, not lib/policy's index: that brings the seed policy (30 KB) to every
// page that shows a warning, the options page's try-it box included.
import { KIND_POLICY } from '../../lib/policy/kind-clauses';
import { topicClauses } from '../../lib/policy/mapping';
import type { Finding, Severity } from '../../lib/engine/finding';
import type { PolicyPack } from '../../lib/policy/types';

export const SEVERITY_LABEL: Record<Severity, string> = {
  high: 'High risk',
  medium: 'Check',
  low: 'Note',
};

/** Symbols as well as colours, so severity reads without colour vision. */
const SEVERITY_ICON: Record<Severity, string> = { high: '‼', medium: '⚠', low: 'ℹ' };

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Most serious first (restricted pupils are raised as high), then in the order of the text. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      Number(!!b.restricted) - Number(!!a.restricted) ||
      a.start - b.start,
  );
}

export interface WarningCardProps {
  severity: Severity;
  /** What kind of warning, e.g. "Pupil name". */
  label: string;
  /** The flagged characters, when the warning is about the text. */
  flagged?: string;
  reason: string;
  clauses: string[];
  /** The plain-English line for each clause, where there is one. */
  whys: { id: string; why: string }[];
  pack: PolicyPack;
  clauseHref: (id: string) => string;
}

/**
 * One warning on one line (severity, kind, the flagged words), with why it matters and every
 * clause it relates to behind a disclosure: five warnings fit the popup without scrolling.
 */
export function WarningCard(props: WarningCardProps) {
  const { severity, pack, clauseHref } = props;
  return (
    <li class={`finding severity-${severity}`}>
      <details>
        <summary>
          <span class="severity">
            <span aria-hidden="true">{SEVERITY_ICON[severity]} </span>
            {SEVERITY_LABEL[severity]}
          </span>{' '}
          <span class="kind">{props.label}</span>
          {props.flagged !== undefined && (
            <>
              {' '}
              <q class="flagged">{props.flagged}</q>
            </>
          )}
        </summary>
        <div class="finding-body">
          {props.reason && <p class="reason">{props.reason}</p>}
          {props.clauses.length === 0 && (
            <p class="clause-missing">Your school’s policy has no clause on this.</p>
          )}
          <ul class="clauses">
            {props.clauses.map((id) => {
              const clause = pack.clauses.find((c) => c.id === id);
              const why = props.whys.find((w) => w.id === id)?.why;
              return (
                <li key={id} class="clause">
                  <a href={clauseHref(id)} target="_blank" rel="noreferrer">
                    Clause {id}
                  </a>
                  {why && <p class="why">{why}</p>}
                  {clause ? (
                    <blockquote class="clause-text">{clause.text}</blockquote>
                  ) : (
                    <p class="clause-missing">This policy has no clause {id}.</p>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      </details>
    </li>
  );
}

export function FindingCard({
  finding,
  ...rest
}: { finding: Finding } & Pick<WarningCardProps, 'pack' | 'clauseHref'>) {
  const policy = KIND_POLICY[finding.kind];
  return (
    <WarningCard
      severity={finding.severity}
      label={
        finding.restricted
          ? `⛔ Do not name: ${policy?.label ?? finding.kind}`
          : (policy?.label ?? finding.kind)
      }
      flagged={finding.text}
      reason={finding.reason}
      clauses={finding.clauses}
      // The background says why each clause applies (lib/policy/citations.ts).
      whys={finding.citations ?? []}
      {...rest}
    />
  );
}

/** The photo reminder whenever the post carries a photo or video, citing the school's own clauses. */
export function PhotoReminderCard(props: Pick<WarningCardProps, 'pack' | 'clauseHref'>) {
  const reminder = photoReminder(topicClauses(props.pack).photos);
  return (
    <WarningCard
      severity={reminder.severity}
      label="Photo or video attached"
      reason={reminder.reason}
      clauses={reminder.clauses}
      whys={[]}
      {...props}
    />
  );
}

/** A warning about what is attached: a photo-restricted pupil, or a photo that records its location. */
export function AttachmentCard({
  warning,
  ...rest
}: { warning: AttachmentWarning } & Pick<WarningCardProps, 'pack' | 'clauseHref'>) {
  const restricted = warning.id === 'photo-restricted-pupil';
  const steps = warning.guides.map((g) => `${g.device}: ${g.thisPhoto.join(' ')}`).join(' ');
  return (
    <WarningCard
      severity={warning.severity}
      label={restricted ? '⛔ Not in photos' : 'Photo location'}
      flagged={warning.name ?? warning.fileName}
      reason={steps ? `${warning.reason} To remove it: ${steps}` : warning.reason}
      clauses={warning.clauses}
      whys={[]}
      {...rest}
    />
  );
}
