// Screen rectangles (viewport coordinates) of a span of a compose box's text,
// clipped to the box, for drawing underlines.
import { isTextControl } from './editable';
import { textControlRects } from './text-control-rects';
import { rangeFor, type TextSnapshot } from './text-map';
import type { Span } from '../text/span';

/**
 * A text area's text is laid out again in a hidden copy to find where its words sit; past
 * this length (a 10 MB paste) that would freeze the page, so such a box gets no underlines
 * (the card still lists every warning).
 */
export const MAX_LAID_OUT = 50_000;

/** `scratch` holds the hidden copy a text area's text is laid out in (text-control-rects.ts). */
export function spanRects(
  snapshot: TextSnapshot,
  spans: readonly Span[],
  scratch: Element,
): DOMRect[][] {
  const { box } = snapshot;
  if (isTextControl(box)) {
    // The snapshot's length, not box.value's: reading a 10 MB value again costs seconds.
    return snapshot.text.length > MAX_LAID_OUT
      ? spans.map(() => [])
      : textControlRects(box, spans, scratch);
  }
  const bounds = box.getBoundingClientRect();
  return spans.map(({ start, end }) => {
    const range = rangeFor(snapshot, start, end);
    if (!range) return [];
    return [...range.getClientRects()].filter(
      (r) => r.width > 0 && r.bottom > bounds.top && r.top < bounds.bottom,
    );
  });
}
