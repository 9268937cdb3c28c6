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
