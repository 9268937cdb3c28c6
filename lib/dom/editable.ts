// Which element is a compose box: a textarea, a prose text input, or the
// editing host of a contenteditable region (what Lexical, Draft.js, Quill,
// ProseMirror and Slate all render). Looks through open shadow roots.

export type ComposeBox = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

const PROSE_INPUT_TYPES = new Set(['text', 'search', '']);

export function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  if (el.localName === 'textarea') return !(el as HTMLTextAreaElement).readOnly;
  if (el.localName !== 'input') return false;
  const input = el as HTMLInputElement;
  return PROSE_INPUT_TYPES.has(input.getAttribute('type') ?? '') && !input.readOnly;
}

/** The outermost contenteditable ancestor-or-self of `el` (the editing host). */
function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  for (let p = el.parentElement; p?.isContentEditable; p = p.parentElement) host = p;
  return host;
}

/** The compose box an event happened in, following the composed path into shadow roots. */
export function composeBoxFromEvent(event: Event): ComposeBox | null {
  for (const target of event.composedPath()) {
    if (!(target instanceof Element)) continue;
    const box = composeBoxOf(target);
    if (box) return box;
  }
  return null;
}

export function composeBoxOf(el: Element): ComposeBox | null {
  if (isTextControl(el)) return el;
  const html = el as HTMLElement;
  if (html.isContentEditable) return editingHost(html);
  return null;
}

/** The focused element, descending into open shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * A box parked off the left edge of the page, where some editors catch a paste
 * (ProseMirror's paste fallback, Quill 1's clipboard): focused for a moment, never typed in.
 */
export function isParkedOffscreen(box: ComposeBox): boolean {
  return box.getBoundingClientRect().right < 0;
}
