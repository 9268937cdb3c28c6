// The grouped list the count opens: each warning once, with how often the post has it, its
// reasons and clauses, and a way to dismiss it for this post. Its header (the count and
// Close) stays in view while the list scrolls, however small the card is.
import { CHECK_WINDOW } from '../../lib/messaging/limits';
import type { AttachmentWarning } from '../../lib/photo/warnings';
import type { Finding } from '../../lib/engine/finding';
import { AttachmentWarningItem } from './AttachmentWarnings';
import { FindingItem } from './FindingItem';
import { distinctTexts, groupFindings } from './group';

export interface CardPosition {
  left: number;
  top: number;
  width: number;
  /** Fixed, whatever the card holds (it scrolls inside). */
  height: number;
}

export interface CardLinks {
  policyHref(clause: string): string;
  popupHref: string;
  onOpenClause(clause: string): void;
  onOpenPopup(): void;
  /** The keyboard shortcut that opens the card, as the browser has it assigned; '' for none. */
  shortcut: string;
}

export interface WarningCardProps extends CardLinks {
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
  /** Dismisses every text of one entry; `itemKey` is the entry's. */
  onDismiss(findings: Finding[], itemKey: string): void;
  onClose(): void;
}

/** Opens links through the background: web pages may not navigate to extension pages. */
export function linkClick(action: () => void) {
  return (event: MouseEvent) => {
    event.preventDefault();
    action();
  };
}

export function clauseLinker(links: CardLinks) {
  return (clause: string) => (
    <a href={links.policyHref(clause)} onClick={linkClick(() => links.onOpenClause(clause))}>
      {clause}
    </a>
  );
}

/** The card's box: where placement put it, and a fixed size (its size says nothing). */
export function boxStyle(position: CardPosition) {
  return {
    left: `${position.left}px`,
    top: `${position.top}px`,
    width: `${position.width}px`,
    height: `${position.height}px`,
  };
}

export function headline(count: number, more = 0): string {
  if (count === 0) return 'nothing to check so far';
  return `${count}${more > 0 ? '+' : ''} thing${count === 1 && !more ? '' : 's'} to check`;
}

export function WarningCard(props: WarningCardProps) {
  const groups = groupFindings(props.findings);
  const attachments = props.attachments ?? [];
  const photoClauses = props.photoClauses ?? [];
  const clauseLink = clauseLinker(props);
  const attachmentItem = (w: AttachmentWarning) => (
    <AttachmentWarningItem
      key={`${w.id}:${w.name ?? w.fileName ?? ''}`}
      warning={w}
      clauseLink={clauseLink}
    />
  );
  const count = props.findings.length + attachments.length;
  return (
    <section
      class="card list"
      dir="ltr"
      lang="en-GB"
      aria-labelledby="byp-list-title"
      style={boxStyle(props.position)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        props.onClose();
      }}
    >
      <header class="card-head">
        <h2 id="byp-list-title">
          Before you post: {headline(count, props.more)}
          {groups.length < props.findings.length ? ` (${groups.length} different)` : ''}
        </h2>
        <button type="button" class="close" onClick={props.onClose}>
          Close
        </button>
      </header>
      <div class="card-body">
        {groups.length === 0 && attachments.length === 0 && !props.hasAttachment && (
          <p class="all-clear">Nothing to check so far.</p>
        )}
        <ul>
          {attachments.filter((w) => w.severity === 'high').map(attachmentItem)}
          {groups.map((g) => (
            <FindingItem
              key={g.key}
              itemKey={g.key}
              finding={g.finding}
              count={g.all.length}
              clauseLink={clauseLink}
              onDismiss={() => props.onDismiss(distinctTexts(g), g.key)}
            />
          ))}
          {attachments.filter((w) => w.severity !== 'high').map(attachmentItem)}
        </ul>
        {props.hasAttachment && (
          <p class="reminder">
            A photo or video is attached. Check it shows no pupils or their families, and no school
            or council uniform or logos
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
            And {props.more} more: only the first {props.findings.length} are listed here.
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
          {props.shortcut ? (
            <span class="shortcut">
              Keyboard: <kbd>{props.shortcut}</kbd>
            </span>
          ) : null}
        </div>
      </div>
    </section>
  );
}
