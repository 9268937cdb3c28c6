// Reads the text a person sees in a compose box, with a map from text offsets
// back to DOM positions so that warnings can be drawn under the right words.
// Rich editors render paragraphs as block elements and empty lines as a lone
// <br>; Slate adds zero-width placeholders. Nothing here writes to the DOM.
import { isTextControl, type ComposeBox } from './editable';

interface Segment {
  /** Offset of this text node's first character in the snapshot text. */
  start: number;
  node: Text;
}

export interface TextSnapshot {
  box: ComposeBox;
  text: string;
  /** Text nodes in order (empty for textarea and input, which are one string). */
  segments: Segment[];
}

const BLOCK_TAGS = new Set(
  'address,article,aside,blockquote,dd,details,div,dl,dt,figcaption,figure,footer,h1,h2,h3,h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,summary,table,tr,ul'.split(
    ',',
  ),
);
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript']);
const ONLY_ZERO_WIDTH = /^[\u200b\ufeff]*$/;

export function readText(box: ComposeBox): TextSnapshot {
  if (isTextControl(box)) return { box, text: box.value, segments: [] };
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let needsBreak = false;

  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const breakBeforeContent = () => {
    if (needsBreak && length > 0) push('\n');
    needsBreak = false;
  };

  const walk = (parent: Node) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) {
        const data = (node as Text).data;
        if (data.length === 0 || ONLY_ZERO_WIDTH.test(data)) continue;
        breakBeforeContent();
        segments.push({ start: length, node: node as Text });
        push(data);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        const tag = el.localName;
        if (SKIPPED_TAGS.has(tag) || el.getAttribute('contenteditable') === 'false') {
          if (el.getAttribute('contenteditable') === 'false') walk(el); // mentions, chips: still text
          continue;
        }
        if (tag === 'br') {
          // A middle <br> is a line break; a trailing one holds an empty line open
          // (it is the line's only content when a break is still pending).
          if (hasContentAfter(el)) {
            breakBeforeContent();
            push('\n');
          } else if (needsBreak) breakBeforeContent();
          continue;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block) needsBreak = true;
        walk(el);
        if (block) needsBreak = true;
      }
    }
  };
  walk(box);
  return { box, text: parts.join(''), segments };
}

function hasContentAfter(br: Element): boolean {
  for (let n = br.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === Node.ELEMENT_NODE || ((n as Text).data ?? '').length > 0) return true;
  }
  return false;
}

/** A DOM Range over text offsets [start, end) of a contenteditable snapshot. */
export function rangeFor(snapshot: TextSnapshot, start: number, end: number): Range | null {
  const from = locate(snapshot.segments, start, false);
  const to = locate(snapshot.segments, end, true);
  if (!from || !to) return null;
  const range = snapshot.box.ownerDocument.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null; // the editor re-rendered since the snapshot
  }
  return range;
}

function locate(segments: Segment[], offset: number, isEnd: boolean) {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (seg.start < offset || (!isEnd && seg.start === offset)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const seg = segments[found];
  if (!seg) return null;
  return { node: seg.node, offset: Math.min(offset - seg.start, seg.node.data.length) };
}
