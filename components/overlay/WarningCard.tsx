// The card the indicator opens: each warning with what was flagged, why, and the
// policy clauses it relates to, plus a way to dismiss it for this post.
import { CHECK_WINDOW } from '../../lib/messaging/limits';
import type { AttachmentWarning } from '../../lib/photo/warnings';
import type { Finding } from '../../lib/engine/finding';
import { AttachmentWarningItem } from './AttachmentWarnings';

export interface CardPosition {
  left: number;
  top?: number;
  bottom?: number;
  /** Fixed, whatever the card holds (it scrolls inside). */
  height: number;
}

export interface WarningCardProps {
  findings: Finding[];
  /** Photo location and photo-restricted pupils; absent means none. */
  attachments?: AttachmentWarning[];
  hasAttachment: boolean;
  /** The clauses of the school's policy the photo reminder cites; none when it has none. */
  photoClauses?: string[];
  /** Warnings found beyond those listed. */
  more?: number;
  /** Part of the post is not checked yet (it ran out of time). */
  partial?: boolean;
  /** The post is longer than one check: only the part around the caret is checked. */
  longPost?: boolean;
  position: CardPosition;
  policyHref(clause: string): string;
  popupHref: string;
  onOpenClause(clause: string): void;
  onOpenPopup(): void;
  onDismiss(finding: Finding): void;
  onClose(): void;
}

const DISMISS_LABEL: Partial<Record<Finding['kind'], string>> = {
  'pupil-name': 'Not a pupil',
  'child-reference': 'Not a pupil',
  'staff-name': 'Not a colleague',
};

/** Why the clause applies, as the background worked it out from the school's own policy. */
function whyOf(finding: Finding, clause: string): string {
  return finding.citations?.find((c) => c.id === clause)?.why ?? '';
}

/** Opens links through the background: web pages may not navigate to extension pages. */
function linkClick(action: () => void) {
  return (event: MouseEvent) => {
    event.preventDefault();
    action();
  };
}

const RANK = { high: 1, medium: 2, low: 3 } as const;
const rank = (f: Finding) => (f.restricted ? 0 : RANK[f.severity]);

/** Do-not-name pupils first, then the most serious, then in the order of the text. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
}

export function WarningCard(props: WarningCardProps) {
  const findings = orderFindings(props.findings);
  const attachments = props.attachments ?? [];
  const photoClauses = props.photoClauses ?? [];
  const clauseLink = (clause: string) => (
    <a href={props.policyHref(clause)} onClick={linkClick(() => props.onOpenClause(clause))}>
      {clause}
    </a>
  );
  const attachmentItem = (w: AttachmentWarning) => (
    <AttachmentWarningItem
      key={`${w.id}:${w.name ?? w.fileName ?? ''}`}
      warning={w}
      clauseLink={clauseLink}
    />
  );
  return (
    <section
      class="card"
      aria-label="Before you post"
      style={{
        left: `${props.position.left}px`,
        top: props.position.top === undefined ? undefined : `${props.position.top}px`,
        bottom: props.position.bottom === undefined ? undefined : `${props.position.bottom}px`,
        height: `${props.position.height}px`,
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        props.onClose();
      }}
    >
      <h2>Before you post</h2>
      {findings.length === 0 && attachments.length === 0 && !props.hasAttachment && (
        <p class="all-clear">Nothing to check so far.</p>
      )}
      <ul>
        {attachments.filter((w) => w.severity === 'high').map(attachmentItem)}
        {findings.map((f) => (
          <li
            class={`finding${f.restricted ? ' restricted' : ''}`}
            key={`${f.kind}:${f.start}:${f.end}`}
          >
            {f.restricted && (
              <span class="restricted-label">
                <span aria-hidden="true">⛔ </span>Do not name
              </span>
            )}
            <span class="flagged">{f.text}</span>
            <span class="reason">{f.reason}</span>
            {f.clauses.map((clause) => (
              <span class="clause" key={clause}>
                {clauseLink(clause)} {whyOf(f, clause)}
              </span>
            ))}
            {f.clauses.length === 0 && (
              <span class="clause no-clause">Your school’s policy has no clause on this.</span>
            )}
            <button type="button" onClick={() => props.onDismiss(f)}>
              {DISMISS_LABEL[f.kind] ?? 'Ignore for this post'}
            </button>
          </li>
        ))}
        {attachments.filter((w) => w.severity !== 'high').map(attachmentItem)}
      </ul>
      {props.hasAttachment && (
        <p class="reminder">
          A photo or video is attached. Check it shows no pupils or their families, and no school or
          council uniform or logos
          {photoClauses.length > 0 ? (
            <>
              {' ('}
              {photoClauses.map((clause, i) => (
                <span key={clause}>
                  {i > 0 && ', '}
                  {clauseLink(clause)}
                </span>
              ))}
              ).
            </>
          ) : (
            '. Your school’s policy has no clause on photos.'
          )}
        </p>
      )}
      {props.more ? (
        <p class="note">
          And {props.more} more: only the first {findings.length} are listed here.
        </p>
      ) : null}
      {props.longPost ? (
        <p class="note">
          This post is very long, so only the {CHECK_WINDOW.toLocaleString('en-GB')} characters
          around where you are typing are checked.
        </p>
      ) : props.partial ? (
        <p class="note">Part of this post has not been checked yet.</p>
      ) : null}
      <div class="actions">
        <a href={props.popupHref} onClick={linkClick(props.onOpenPopup)}>
          All warnings on this tab
        </a>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
