// Where characters of a textarea or input sit on screen. Their text has no DOM
// nodes, so a hidden mirror element with the same box and font lays the text
// out again and is measured (the technique of textarea-caret-position).
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

export function textControlRects(
  control: HTMLTextAreaElement | HTMLInputElement,
  spans: readonly { start: number; end: number }[],
): DOMRect[][] {
  const doc = control.ownerDocument;
  const style = getComputedStyle(control);
  const mirror = doc.createElement('div');
  const ms = mirror.style;
  for (const prop of COPIED_STYLES) ms[prop] = style[prop];
  const isInput = control.localName === 'input';
  ms.whiteSpace = isInput ? 'pre' : 'pre-wrap';
  ms.overflowWrap = 'break-word';
  ms.position = 'fixed';
  ms.visibility = 'hidden';
  ms.overflow = 'hidden';
  ms.pointerEvents = 'none';
  const box = control.getBoundingClientRect();
  ms.top = `${box.top}px`;
  ms.left = `${box.left}px`;
  const text = doc.createTextNode(control.value);
  mirror.append(text);
  // Our own hidden element, removed before returning; the page's editor is untouched.
  (doc.body ?? doc.documentElement).append(mirror);
  try {
    const range = doc.createRange();
    const dx = -control.scrollLeft;
    const dy = -control.scrollTop;
    return spans.map(({ start, end }) => {
      range.setStart(text, Math.min(start, text.length));
      range.setEnd(text, Math.min(end, text.length));
      return [...range.getClientRects()]
        .map((r) => new DOMRect(r.x + dx, r.y + dy, r.width, r.height))
        .filter((r) => r.bottom > box.top && r.top < box.bottom);
    });
  } finally {
    mirror.remove();
  }
}
