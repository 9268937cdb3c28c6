// `[...text.matchAll(re)]` without the copy. matchAll copies the expression on every call,
// and the copy does not share the original's machine code (lib/text/machine-code.ts): a
// copy of parent-contact's invitations (6,000 characters, "gi") took 18 µs of the 24 µs
// its check of a 300-character line cost, and a child cue's copy more than its match.
// Same matches, same order; the expression's lastIndex is left as it was found.

/**
 * Every match of the global expression `re` in `text`, as `[...text.matchAll(re)]` gives;
 * with `limit`, the first `limit` of them.
 */
export function allMatches(re: RegExp, text: string, limit = Infinity): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global expression');
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
      out.push(m);
      // An empty match moves on by one character, or one code point in a Unicode expression.
      if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode);
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
