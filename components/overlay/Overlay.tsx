// Everything drawn over a compose box: an underline under each flagged span, a
// small indicator at the box's corner, and the card it opens. Pointer events pass
// through to the page except on the indicator and card; nothing takes focus
// unless the person clicks or tabs to it.
//
// The indicator is drawn whenever a box is watched, found or not, and it and the card
// have fixed sizes: what the page can measure of them (where clicks land, what
// `elementsFromPoint` returns) is the same whatever the class lists hold. Only the
// person sees the difference.
import type { Finding } from '../../lib/engine/finding';
import { WarningCard, type CardPosition, type WarningCardProps } from './WarningCard';

export interface Underline {
  key: string;
  severity: Finding['severity'];
  rects: { left: number; top: number; width: number; height: number }[];
}

export interface OverlayProps extends Omit<WarningCardProps, 'position' | 'onClose'> {
  underlines: Underline[];
  /** Bottom-right corner of the compose box, viewport coordinates; null when off screen. */
  corner: { right: number; bottom: number } | null;
  open: boolean;
  viewportHeight: number;
  onToggle(open: boolean): void;
}

const CARD_WIDTH = 320;
/** The card is always this tall (less where the viewport has no room): its size says nothing. */
export const CARD_HEIGHT = 360;
/** The indicator's fixed box, wide enough for "⚑ 200+". */
export const INDICATOR = { width: 64, height: 24 };

/** Below the indicator if there is room, else above it; never past the viewport. */
export function cardPosition(
  corner: { right: number; bottom: number },
  viewportHeight: number,
): CardPosition {
  const left = Math.max(8, corner.right - CARD_WIDTH);
  const below = viewportHeight - corner.bottom - 14;
  const above = corner.bottom - 36;
  if (below >= CARD_HEIGHT || below >= above) {
    return { left, top: corner.bottom + 6, height: Math.min(CARD_HEIGHT, Math.max(below, 80)) };
  }
  return {
    left,
    bottom: viewportHeight - corner.bottom + 32,
    height: Math.min(CARD_HEIGHT, above),
  };
}

export function summary(count: number, hasAttachment: boolean, more = 0): string {
  const parts: string[] = [];
  const n = `${count}${more > 0 ? '+' : ''}`;
  if (count > 0)
    parts.push(`${n} thing${count === 1 && !more ? '' : 's'} to check before you post`);
  if (hasAttachment) parts.push('a reminder about photos');
  return parts.join(' and ');
}

export function Overlay(props: OverlayProps) {
  const count = props.findings.length + (props.attachments?.length ?? 0);
  const visible = props.corner !== null;
  const text = summary(count, props.hasAttachment, props.more);
  const corner = props.corner ?? { right: 0, bottom: 0 };
  const shown = count > 0 ? `${count}${props.more ? '+' : ''}` : props.hasAttachment ? '!' : '✓';
  return (
    <div class="layer">
      <div class="sr-only" role="status" aria-live="polite">
        {text}
      </div>
      {props.underlines.flatMap((u) =>
        u.rects.map((r, i) => (
          <div
            key={`${u.key}:${i}`}
            class={`underline ${u.severity}`}
            data-finding={u.key}
            style={{ left: `${r.left}px`, top: `${r.top + r.height - 1}px`, width: `${r.width}px` }}
          />
        )),
      )}
      {visible && (
        <button
          type="button"
          class="indicator"
          aria-expanded={props.open}
          aria-label={`${text || 'Before you post: nothing to check so far'}. ${props.open ? 'Hide' : 'Show'} details`}
          style={{
            left: `${corner.right - INDICATOR.width - 4}px`,
            top: `${corner.bottom - INDICATOR.height - 2}px`,
          }}
          // Keep the caret in the editor: a click opens the card without moving focus.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => props.onToggle(!props.open)}
        >
          <span aria-hidden="true">⚑</span>
          <span class="count">{shown}</span>
        </button>
      )}
      {visible && props.open && (
        <WarningCard
          {...props}
          position={cardPosition(corner, props.viewportHeight)}
          onClose={() => props.onToggle(false)}
        />
      )}
    </div>
  );
}
