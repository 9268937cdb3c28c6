// A post as the change from the last text sent: after a keystroke in a long post
// only a few characters cross from the page to the background, which keeps the
// content script's share of each keystroke small.
export interface TextEdit {
  /** Replace old[from, to) with insert. */
  from: number;
  to: number;
  insert: string;
}

export function diffText(before: string, after: string): TextEdit {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return {
    from: prefix,
    to: before.length - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

export function applyEdit(text: string, edit: TextEdit): string | null {
  if (edit.from < 0 || edit.to < edit.from || edit.to > text.length) return null;
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}
