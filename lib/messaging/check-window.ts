// Which part of a very long post is sent for checking: CHECK_WINDOW characters around the
// place the person is working (the caret, or the part just changed), cut at white space so
// that no name is split. Shorter posts are sent whole.
import { CHECK_WINDOW } from './limits';
import type { Span } from '../text/span';

export type TextWindow = Span;

/** Far enough to find a space in ordinary text; a run with none is cut where it falls. */
const SNAP = 200;

export function checkWindow(text: string, focus: number, size = CHECK_WINDOW): TextWindow {
  const { length } = text;
  if (length <= size) return { start: 0, end: length };
  const at = Math.min(Math.max(0, focus), length);
  let start = Math.max(0, Math.min(at - Math.floor(size / 2), length - size));
  let end = Math.min(length, start + size);
  if (start > 0) start = snapForward(text, start, end);
  if (end < length) end = snapBack(text, end, start);
  return { start, end };
}

const isSpace = (code: number) => code === 32 || code === 10 || code === 9 || code === 13;

function snapForward(text: string, from: number, limit: number): number {
  const stop = Math.min(limit, from + SNAP);
  for (let i = from; i < stop; i++) if (isSpace(text.charCodeAt(i - 1))) return i;
  return from;
}

function snapBack(text: string, from: number, limit: number): number {
  const stop = Math.max(limit, from - SNAP);
  for (let i = from; i > stop; i--) if (isSpace(text.charCodeAt(i))) return i;
  return from;
}
