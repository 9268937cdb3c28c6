// Word-level normalisation shared by the school-name matcher: case, "&"/"+" for
// "and", "Saint" for "St", apostrophes and dots dropped.

/** Lower-case words of a name: "St. Mary's C of E & Nursery" → st marys c of e and nursery. */
export function nameTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['\u2019.]/g, '')
    .replace(/[&+]/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((t) => (t === 'saint' ? 'st' : t));
}

/** One key for every spacing of a name: "Old Park", "oldpark", "OLD-PARK" → "oldpark". */
export function squash(text: string): string {
  return nameTokens(text).join('');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for the words in any case, spacing ("Old Park", "OldPark", "old-park"), "&" or "and". */
export function tokensPattern(tokens: readonly string[]): string {
  return tokens.map(tokenPattern).join('[\\s\\u00a0,.-]*');
}

function tokenPattern(token: string): string {
  if (token === 'and') return '(?:and|&|\\+)';
  if (token === 'st') return '(?:st|saint)';
  // "marys" was written "Mary's" or "Marys"
  // "bs" was written "B's" (St B's)
  if (token.length >= 2 && token.endsWith('s')) {
    return `${escapeRegExp(token.slice(0, -1))}['\u2019]?s`;
  }
  return escapeRegExp(token);
}

/** Words of a line with their offsets, for checking the word before a match. */
export function wordBefore(text: string, index: number): string {
  const m = /([\p{L}\p{N}']+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, index - 30), index));
  return m ? m[1]!.toLowerCase() : '';
}
