// Text as the name matcher reads it, with a map back to the text as typed: characters
// that hide a name from a word match are undone, so "Beth\u200Bany" (a zero-width
// space), "Beth\u00ADany" (a soft hyphen), "Ｊａｃｏｂ" (full-width letters) and "Jаcоb"
// (Cyrillic а and о among Latin letters) all read "Bethany" and "Jacob". Decomposed
// accents need nothing here: the fold strips combining marks (fold.ts).

/** Invisible characters that may sit inside a word: zero-width space, joiners, word
 * joiner, byte-order mark, soft hyphen, combining grapheme joiner, variation selectors. */
// Each invisible character is listed on its own on purpose, combining ones included.
// oxlint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u00AD\u034F\u180E\u200B-\u200F\u2060-\u2064\uFEFF\uFE00-\uFE0F]/;

/** Cyrillic and Greek letters drawn like Latin ones (Unicode's confusables, the common
 * ones). Used only when every listed name is in Latin letters. */
const LOOK_ALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  А: 'A',
  В: 'B',
  Е: 'E',
  Ё: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ї: 'I',
  Ј: 'J',
  Ѕ: 'S',
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  τ: 't',
  υ: 'u',
  χ: 'x',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};

// As INVISIBLE, plus the look-alike ranges.
const NEEDS_WORK =
  // oxlint-disable-next-line no-misleading-character-class
  /[\u00AD\u034F\u180E\u200B-\u200F\u2060-\u2064\uFEFF\uFE00-\uFE0F\uFF01-\uFF5E\u0370-\u04FF\u0500-\u052F\uD835]/;

export interface Normalised {
  text: string;
  /** Offset in the normalised text → offset in the original; absent when they are the same. */
  offsets?: Int32Array;
}

export function normaliseForNames(text: string, lookAlikes: boolean): Normalised {
  if (!NEEDS_WORK.test(text)) return { text };
  let out = '';
  const offsets: number[] = [];
  let changedLength = false;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const c = String.fromCodePoint(cp);
    let rep = c;
    if (INVISIBLE.test(c)) rep = '';
    else if (cp >= 0xff01 && cp <= 0xff5e) rep = String.fromCharCode(cp - 0xfee0);
    else if (cp >= 0x1d400 && cp <= 0x1d7ff) rep = c.normalize('NFKC');
    else if (lookAlikes && LOOK_ALIKES[c]) rep = LOOK_ALIKES[c]!;
    if (rep.length !== width) changedLength = true;
    for (let k = 0; k < rep.length; k++) offsets.push(i);
    out += rep;
    i += width;
  }
  offsets.push(text.length);
  return changedLength ? { text: out, offsets: Int32Array.from(offsets) } : { text: out };
}
