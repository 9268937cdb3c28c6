// Normalises a name or a word of text to the key the name index uses: lower case,
// no diacritics (Zoë = Zoe, Łucja = Lucja), no apostrophes (O’Connor = OConnor).

/** Letters NFD does not decompose into a base letter and a mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};
// Marks, apostrophes and the special letters, removed or replaced in one pass.
const NON_BASE = /[\p{M}'’ʼ‘`´łøđßæœıþð]/gu;

export function foldName(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  const lower = word.toLowerCase();
  if (ascii)
    return lower.includes("'") || lower.includes('`') ? lower.replace(NON_BASE, '') : lower;
  return lower.normalize('NFD').replace(NON_BASE, (c) => SPECIAL_LETTERS[c] ?? '');
}

/** Splits a listed name into folded parts: "Murray-Lewis" → ["murray", "lewis"]. */
export function nameParts(name: string): string[] {
  return name
    .split(/[\s\-‐‑–]+/)
    .map(foldName)
    .filter((p) => p.length > 0);
}
