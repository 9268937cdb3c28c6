// One warning at its words: opened by clicking an underlined word (the click still puts the
// caret there) or by moving the caret onto it, placed above or below the words so that it
// covers neither the line being typed nor the box's bottom edge.
import type { Finding } from '../../lib/engine/finding';
import { FindingItem } from './FindingItem';
import { boxStyle, clauseLinker, type CardLinks, type CardPosition } from './WarningCard';

export interface WordCardProps extends CardLinks {
  finding: Finding;
  /** How many warnings the post has in all, for the way to the list. */
  total: number;
  position: CardPosition;
  /** Takes pointer events: only while the person's pointer is on it (overlay-host.ts). */
  live: boolean;
  onDismiss(findings: Finding[], itemKey: string): void;
  onShowAll(): void;
  onClose(): void;
}

export function WordCard(props: WordCardProps) {
  const f = props.finding;
  const key = `${f.kind}:${f.start}-${f.end}`;
  return (
    <section
      class={`card word${props.live ? ' live' : ''}`}
      dir="ltr"
      lang="en-GB"
      aria-label={`Before you post: ${f.text}`}
      style={boxStyle(props.position)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        props.onClose();
      }}
    >
      <div class="card-body">
        <FindingItem
          as="div"
          itemKey={key}
          finding={f}
          count={1}
          clauseLink={clauseLinker(props)}
          onDismiss={() => props.onDismiss([f], key)}
        />
        <div class="actions">
          {props.total > 1 ? (
            <button type="button" class="show-all" onClick={props.onShowAll}>
              All {props.total} warnings
            </button>
          ) : (
            <span />
          )}
          <button type="button" class="close" onClick={props.onClose}>
            Close
          </button>
        </div>
        {props.shortcut ? (
          <p class="shortcut">
            Keyboard: <kbd>{props.shortcut}</kbd> opens this with the caret on a warning
          </p>
        ) : null}
      </div>
    </section>
  );
}
