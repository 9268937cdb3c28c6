// Splits one written name into first and last: "Amelia Smith", "Smith, Amelia",
// "SMITH, Amelia (Millie)" and "Amelia 'Millie' Smith" (a preferred name in brackets or quotes,
// as some MIS reports print it).

export interface SplitName {
  first: string;
  last: string;
  preferred?: string;
}

// Words that begin a surname rather than end the given names: "Lucas van der Berg".
const SURNAME_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'la',
  'le',
  'st',
  'st.',
  'al',
  'el',
  'bin',
  'bint',
  'ibn',
  'ap',
  'mac',
]);

const PREFERRED_IN_BRACKETS = /\s*[("“'‘]([^()"“”'‘’]+)[)"”'’]\s*/u;

// A written name: letters with hyphens, apostrophes or full stops; at most five words.
const NAME_WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;
const MAX_WORDS = 5;

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function splitName(written: string): SplitName | null {
  let text = tidy(written);
  let preferred: string | undefined;
  const bracketed = PREFERRED_IN_BRACKETS.exec(text);
  // A quote inside a name (O'Neill) is not a preferred name: require a space or bracket before it.
  if (bracketed && (bracketed[0].startsWith(' ') || bracketed[0].trimStart().startsWith('('))) {
    preferred = tidy(bracketed[1]!);
    text = tidy(text.replace(bracketed[0], ' '));
  }
  let first: string;
  let last: string;
  const comma = text.indexOf(',');
  if (comma >= 0) {
    last = tidy(text.slice(0, comma));
    first = tidy(text.slice(comma + 1)).split(' ')[0] ?? '';
  } else {
    const words = text.split(' ').filter(Boolean);
    if (words.length < 2) return null;
    let surnameFrom = words.length - 1;
    while (surnameFrom > 1 && SURNAME_PARTICLES.has(words[surnameFrom - 1]!.toLowerCase())) {
      surnameFrom--;
    }
    first = words[0]!;
    last = words.slice(surnameFrom).join(' ');
  }
  if (!first || !last) return null;
  const words = text.replace(',', ' ').split(' ').filter(Boolean);
  if (words.length > MAX_WORDS || !words.every((word) => NAME_WORD.test(word))) return null;
  return preferred && preferred !== first ? { first, last, preferred } : { first, last };
}
