// Screen rectangles (viewport coordinates) of a span of a compose box's text,
// clipped to the box, for drawing underlines.
import { isTextControl } from './editable';
import { textControlRects } from './text-control-rects';
import { rangeFor, type TextSnapshot } from './text-map';

export function spanRects(
  snapshot: TextSnapshot,
  spans: readonly { start: number; end: number }[],
): DOMRect[][] {
  const { box } = snapshot;
  if (isTextControl(box)) return textControlRects(box, spans);
  const bounds = box.getBoundingClientRect();
  return spans.map(({ start, end }) => {
    const range = rangeFor(snapshot, start, end);
    if (!range) return [];
    return [...range.getClientRects()].filter(
      (r) => r.width > 0 && r.bottom > bounds.top && r.top < bounds.bottom,
    );
  });
}
