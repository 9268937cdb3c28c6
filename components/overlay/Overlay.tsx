// Everything drawn over a compose box: an underline under each flagged span, a
// small count at the box's corner, and the card it opens. Pointer events pass
// through to the page except on the indicator and card; nothing takes focus
// unless the person clicks or tabs to it.
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
const MIN_CARD_HEIGHT = 260;

/** Below the indicator if there is room, else above it; never past the viewport. */
export function cardPosition(
  corner: { right: number; bottom: number },
  viewportHeight: number,
): CardPosition {
  const left = Math.max(8, corner.right - CARD_WIDTH);
  const below = viewportHeight - corner.bottom - 14;
  const above = corner.bottom - 36;
  if (below >= MIN_CARD_HEIGHT || below >= above) {
    return { left, top: corner.bottom + 6, maxHeight: Math.max(below, 80) };
  }
  return { left, bottom: viewportHeight - corner.bottom + 32, maxHeight: above };
}

export function summary(count: number, hasAttachment: boolean): string {
  const parts: string[] = [];
  if (count > 0) parts.push(`${count} thing${count === 1 ? '' : 's'} to check before you post`);
  if (hasAttachment) parts.push('a reminder about photos');
  return parts.join(' and ');
}

export function Overlay(props: OverlayProps) {
  const count = props.findings.length + (props.attachments?.length ?? 0);
  const visible = (count > 0 || props.hasAttachment) && props.corner !== null;
  const text = summary(count, props.hasAttachment);
  const corner = props.corner ?? { right: 0, bottom: 0 };
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
          aria-label={`${text}. ${props.open ? 'Hide' : 'Show'} details`}
          style={{ left: `${corner.right - 56}px`, top: `${corner.bottom - 26}px` }}
          // Keep the caret in the editor: a click opens the card without moving focus.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => props.onToggle(!props.open)}
        >
          <span aria-hidden="true">⚑</span>
          <span class="count">{count > 0 ? count : '!'}</span>
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
