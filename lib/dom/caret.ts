// Where the person's caret is in a compose box: as an offset into a text snapshot, and as the
// line it sits on (which a card must not cover). Reads the selection only; never sets it.
import { isTextControl } from './editable';
import type { Rect } from './card-placement';
import type { TextSnapshot } from './text-map';

function selectionOf(box: Element): Selection | null {
  const root = box.getRootNode() as Document & { getSelection?: () => Selection | null };
  return (root.getSelection ?? box.ownerDocument.getSelection).call(root);
}

/** Where the person is working: the caret's offset in the snapshot, if it can be found. */
export function caretOffset(snapshot: TextSnapshot): number | undefined {
  const { box } = snapshot;
  if (isTextControl(box)) return box.selectionEnd ?? undefined;
  const selection = selectionOf(box);
  const node = selection?.focusNode;
  const segment = node && snapshot.segments.find((s) => s.node === node);
  return segment ? segment.start + selection.focusOffset : undefined;
}

/**
 * The caret's own rectangle in a rich editor, from the selection (a text control's caret is
 * measured with its words, in the hidden copy: rects.ts); null when it is not in `box`.
 */
export function editableCaretRect(box: Element): Rect | null {
  const selection = selectionOf(box);
  if (!selection?.rangeCount || !box.contains(selection.focusNode)) return null;
  const range = selection.getRangeAt(0).cloneRange();
  range.collapse(false);
  const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return r && r.height > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
}

/** The caret's line across the whole box: what a card must leave clear. */
export function lineAcross(caret: Rect, box: Rect): Rect {
  return { left: box.left, right: box.right, top: caret.top, bottom: caret.bottom };
}
