// Everything drawn over a compose box: an underline under each flagged span (solid, dashed or
// dotted by severity), a small count at the box's corner, the grouped list it opens, and the
// card of one warning at its words. Pointer events pass through to the page except on the
// count and the list, and on the word card only while the person's pointer is on it; nothing
// takes focus unless the person tabs to it, presses it or uses the shortcut.
//
// The count is drawn whenever a box is watched, found or not, and the list's place and size
// come from the box, the caret's line and the viewport alone: what the page can measure of
// them (where clicks land, what `elementsFromPoint` returns) is the same whatever the class
// lists hold. The word card exists only for a flagged word, so it takes no pointer events
// until the person moves onto it (overlay-host.ts): till then a page's hit tests go through it.
import type { Finding } from '../../lib/engine/finding';
import { bottomEdge, placeCard, union, type Rect } from '../../lib/dom/card-placement';
import type { Scheme } from '../../lib/dom/page-scheme';
import { paletteCss } from './palette';
import { WarningCard, type WarningCardProps } from './WarningCard';
import { WordCard } from './WordCard';

export interface Underline {
  /** `kind:start-end`, the finding's key. */
  key: string;
  severity: Finding['severity'];
  rects: { left: number; top: number; width: number; height: number }[];
}

export type OpenCard = { mode: 'list' } | { mode: 'word'; key: string } | null;

export interface OverlayProps extends Omit<WarningCardProps, 'position' | 'onClose'> {
  underlines: Underline[];
  /** The compose box, viewport coordinates; null when off screen. */
  box: Rect | null;
  /** The line the caret is on, across the box: a card never covers it. */
  caretLine: Rect | null;
  viewport: { width: number; height: number };
  open: OpenCard;
  /** The word card takes pointer events (the person's pointer is on it). */
  live: boolean;
  scheme: Scheme;
  /** What the live region says; empty until the region has been on the page once. */
  status: string;
  /** -1 while Tab reaches the count from the tab stop after the editor (overlay-host.ts). */
  pillTabIndex: number;
  onToggle(open: boolean): void;
  onShowAll(): void;
  onPillKeyDown?(event: KeyboardEvent): void;
}

export const LIST_SIZE = { width: 320, height: 360, min: 160 };
export const WORD_SIZE = { width: 300, height: 250, min: 110 };
/** The count's fixed box, wide enough for "⚑ 200+". */
export const INDICATOR = { width: 64, height: 24 };

export const findingKey = (f: Pick<Finding, 'kind' | 'start' | 'end'>) =>
  `${f.kind}:${f.start}-${f.end}`;

const toRect = (r: { left: number; top: number; width: number; height: number }): Rect => ({
  left: r.left,
  top: r.top,
  right: r.left + r.width,
  bottom: r.top + r.height,
});

/**
 * The list: beside the box if the window is wide enough, else above or below it, clear of
 * the caret's line and the box's bottom edge; in a window too small for any of those (200 %
 * zoom, a phone-sized window), above or below the caret's line inside the box.
 */
export function listPlacement(
  box: Rect,
  caretLine: Rect | null,
  viewport: { width: number; height: number },
) {
  const keepClear = [bottomEdge(box), ...(caretLine ? [caretLine] : [])];
  const size = { width: LIST_SIZE.width, height: LIST_SIZE.height, minHeight: LIST_SIZE.min };
  const beside = placeCard({
    anchor: box,
    sides: ['right', 'left', 'above', 'below'],
    keepClear,
    viewport,
    ...size,
  });
  if (beside.height >= LIST_SIZE.min) return beside;
  const inside = placeCard({
    anchor: caretLine ?? { ...box, top: box.bottom, bottom: box.bottom },
    sides: ['below', 'above'],
    keepClear,
    viewport,
    ...size,
  });
  return inside.height > beside.height ? inside : beside;
}

/** The word card: below its words, or above them when there is more room there. */
export function wordPlacement(
  words: Rect,
  box: Rect,
  caretLine: Rect | null,
  viewport: { width: number; height: number },
) {
  return placeCard({
    anchor: words,
    sides: ['below', 'above'],
    keepClear: [bottomEdge(box), ...(caretLine ? [caretLine] : [])],
    viewport,
    width: WORD_SIZE.width,
    height: WORD_SIZE.height,
    minHeight: WORD_SIZE.min,
  });
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
  const text = summary(count, props.hasAttachment, props.more);
  const box = props.box;
  const shown = count > 0 ? `${count}${props.more ? '+' : ''}` : props.hasAttachment ? '!' : '✓';
  const open = props.open;
  const word =
    open?.mode === 'word' ? props.findings.find((f) => findingKey(f) === open.key) : undefined;
  const anchor = word
    ? union((props.underlines.find((u) => u.key === findingKey(word))?.rects ?? []).map(toRect))
    : null;
  return (
    <div class={`layer ${props.scheme}`} dir="ltr" lang="en-GB" style={paletteCss(props.scheme)}>
      <div class="sr-only" role="status" aria-live="polite">
        {props.status}
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
      {box && (
        <button
          type="button"
          class="indicator"
          tabIndex={props.pillTabIndex}
          aria-expanded={open?.mode === 'list'}
          aria-label={`${text || 'Before you post: nothing to check so far'}. ${open?.mode === 'list' ? 'Hide' : 'Show'} the list`}
          style={{
            // At the box's corner, or the viewport's edge where the box runs past it.
            left: `${Math.min(box.right, props.viewport.width) - INDICATOR.width - 4}px`,
            top: `${box.bottom - INDICATOR.height - 2}px`,
          }}
          // Keep the caret in the editor: a click opens the list without moving focus.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => props.onToggle(open?.mode !== 'list')}
          onKeyDown={props.onPillKeyDown}
        >
          <span aria-hidden="true">⚑</span>
          <span class="count">{shown}</span>
        </button>
      )}
      {box && open?.mode === 'list' && (
        <WarningCard
          {...props}
          position={listPlacement(box, props.caretLine, props.viewport)}
          onClose={() => props.onToggle(false)}
        />
      )}
      {box && word && anchor && (
        <WordCard
          {...props}
          finding={word}
          total={count}
          live={props.live}
          position={wordPlacement(anchor, box, props.caretLine, props.viewport)}
          onClose={() => props.onToggle(false)}
        />
      )}
    </div>
  );
}
