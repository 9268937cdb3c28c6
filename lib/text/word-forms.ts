// Inflection stripping shared by the English word list's generator and its look-up:
// the list keeps base forms only, so "herons", "storeys", "banked" are found through
// their stems. Narrow on purpose: "james" is no "jam" + "es", "lewis" no "lewi" + "s".

/** Candidate base forms of a lower-case word: plural, past tense, -ing. */
export function stemsOf(word: string): string[] {
  const out: string[] = [];
  if (word.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  if (/(?:s|x|z|ch|sh|o)es$/.test(word)) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) out.push(word.slice(0, -1));
  for (const suffix of ['ed', 'ing']) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    out.push(stem, stem + 'e');
    if (stem.length >= 2 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
    if (suffix === 'ed' && stem.endsWith('i')) out.push(stem.slice(0, -1) + 'y');
  }
  return out.filter((s) => s.length >= 3);
}

/**
 * Regular inflections, forwards: how compromise's lexicon spells most plurals,
 * tenses and comparisons of a word it lists ("walk" → "walked", "stop" →
 * "stopping", "happy" → "happier"). The generated lexicon (word-tags-data.ts)
 * stores a word once with the ids of the forms it has, not each form: see
 * scripts/gen-lexicon.ts. Irregular forms ("ran", "children") are stored whole.
 */
export const INFLECTIONS: Readonly<Record<string, (base: string) => string>> = {
  s: (b) =>
    /(?:s|x|z|ch|sh|[^aeiou]o)$/.test(b)
      ? b + 'es'
      : endsConsonantY(b)
        ? b.slice(0, -1) + 'ies'
        : b + 's',
  d: (b) => (b.endsWith('e') ? b + 'd' : endsConsonantY(b) ? b.slice(0, -1) + 'ied' : b + 'ed'),
  D: (b) => b + b.at(-1) + 'ed',
  g: (b) =>
    b.endsWith('ie')
      ? b.slice(0, -2) + 'ying'
      : /[^eoy]e$/.test(b)
        ? b.slice(0, -1) + 'ing'
        : b + 'ing',
  G: (b) => b + b.at(-1) + 'ing',
  r: (b) => (b.endsWith('e') ? b + 'r' : endsConsonantY(b) ? b.slice(0, -1) + 'ier' : b + 'er'),
  R: (b) => b + b.at(-1) + 'er',
  t: (b) => (b.endsWith('e') ? b + 'st' : endsConsonantY(b) ? b.slice(0, -1) + 'iest' : b + 'est'),
  T: (b) => b + b.at(-1) + 'est',
};

function endsConsonantY(word: string): boolean {
  return /[^aeiou]y$/.test(word);
}
