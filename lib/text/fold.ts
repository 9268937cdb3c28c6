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

function slowFold(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(NON_BASE, (c) => SPECIAL_LETTERS[c] ?? '');
}

/** Folded form of every code unit below U+0250 (ASCII, Latin-1, Latin Extended-A/B). */
const TABLE_SIZE = 0x250;
const TABLE: string[] = Array.from({ length: TABLE_SIZE }, (_, c) =>
  slowFold(String.fromCharCode(c)),
);

export function foldName(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= TABLE_SIZE) return slowFold(word);
    out += TABLE[c]!;
  }
  return out;
}

/** ASCII lower case only, offsets kept: the disparaging check's patterns are written in lower
 * case and matched without the `i` flag, which V8 runs far more slowly. "Ömer IS" → "Ömer is". */
export const lowerAscii = (text: string): string => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());

/** Curly and modifier apostrophes as the straight one, one for one, so every offset holds:
 * "Amelia’s" → "Amelia's". */
export function straightenApostrophes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** Splits a listed name into folded parts: "Murray-Lewis" → ["murray", "lewis"]. */
export function nameParts(name: string): string[] {
  return name
    .split(/[\s\-‐‑–]+/)
    .map(foldName)
    .filter((p) => p.length > 0);
}
