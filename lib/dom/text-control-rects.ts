// Where characters of a textarea or input sit on screen. Their text has no DOM
// nodes, so a hidden mirror element with the same box and font lays the text
// out again and is measured (the technique of textarea-caret-position). Layout
// is cached: typing after the last warning, or scrolling, needs no new mirror.
//
// The mirror goes into `scratch`, which the overlay keeps in its closed shadow root: put
// in the page's own DOM, its coming and going (once per warning layout) would show a page's
// MutationObserver when, and how often, something was found.
import type { Span } from '../text/span';

const COPIED_STYLES = [
  'boxSizing',
  'width',
  'height',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'lineHeight',
  'fontFamily',
  'textAlign',
  'textTransform',
  'textIndent',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
  'direction',
] as const;

/** Rectangles relative to the control's border box, before scrolling. */
type LocalRect = { x: number; y: number; width: number; height: number };

const layoutCache = new WeakMap<Element, { key: string; rects: LocalRect[][] }>();

export function textControlRects(
  control: HTMLTextAreaElement | HTMLInputElement,
  spans: readonly Span[],
  scratch: Element,
): DOMRect[][] {
  const box = control.getBoundingClientRect();
  // Text after the last span cannot move the spans, so it is left out of the layout.
  const laidOut = control.value.slice(0, Math.max(0, ...spans.map((s) => s.end)));
  const key = `${box.width}x${box.height}|${JSON.stringify(spans)}|${laidOut}`;
  let cached = layoutCache.get(control);
  if (cached?.key !== key) {
    cached = { key, rects: layOut(control, laidOut, spans, scratch) };
    layoutCache.set(control, cached);
  }
  const dx = box.left - control.scrollLeft;
  const dy = box.top - control.scrollTop;
  return cached.rects.map((rects) =>
    rects
      .map((r) => new DOMRect(r.x + dx, r.y + dy, r.width, r.height))
      .filter((r) => r.bottom > box.top && r.top < box.bottom),
  );
}

function layOut(
  control: HTMLTextAreaElement | HTMLInputElement,
  value: string,
  spans: readonly Span[],
  scratch: Element,
): LocalRect[][] {
  const doc = control.ownerDocument;
  const style = getComputedStyle(control);
  const mirror = doc.createElement('div');
  const ms = mirror.style;
  for (const prop of COPIED_STYLES) ms[prop] = style[prop];
  ms.whiteSpace = control.localName === 'input' ? 'pre' : 'pre-wrap';
  ms.overflowWrap = 'break-word';
  ms.position = 'fixed';
  ms.top = '0';
  ms.left = '0';
  ms.visibility = 'hidden';
  ms.overflow = 'hidden';
  ms.pointerEvents = 'none';
  const text = doc.createTextNode(value);
  mirror.append(text);
  // Our own hidden element, removed before returning; the page's editor is untouched.
  scratch.append(mirror);
  try {
    const origin = mirror.getBoundingClientRect();
    const range = doc.createRange();
    return spans.map(({ start, end }) => {
      range.setStart(text, Math.min(start, text.length));
      range.setEnd(text, Math.min(end, text.length));
      return [...range.getClientRects()].map((r) => ({
        x: r.x - origin.x,
        y: r.y - origin.y,
        width: r.width,
        height: r.height,
      }));
    });
  } finally {
    mirror.remove();
  }
}
