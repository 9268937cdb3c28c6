// Kept apart from the target groups (targets.ts), which ship in the data file: the judge reads
// these in the background's own script.

/** Words that point back to a target named in a neighbouring sentence. */
export const POINTERS = [
  'she',
  'he',
  "she's",
  "he's",
  'they',
  "they're",
  'them',
  'her',
  'him',
  'the woman',
  'the man',
  'a man who',
  'a woman who',
  'the lot of them',
  'the whole lot',
];
