// The shape of one entry of the act vocabulary (acts/*.ts). Each entry names
// itself, says why it counts and gives a sentence it matches, so a reader can
// tell what an entry is for and a test (acts.test.ts) can hold it to its example.

export interface ActEntry {
  /** `kind/name`, unique, and saying what the entry is: 'insult/person-traits'. */
  id: string;
  /**
   * A regular-expression source, matched on the lower-cased text and held to
   * whole words unless it starts or ends with a symbol (WordSet in lexicon.ts).
   * Bounded: no nested unbounded repeats, so matching stays linear.
   */
  pattern: string;
  /** Why it counts, and when it does not (what quiets it or what it leaves out). */
  note: string;
  /** A sentence of our own that the pattern matches (matching alone need not warn). */
  example: string;
}
