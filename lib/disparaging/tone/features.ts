// Turns one sentence into the sparse features the tone model reads: words,
// word pairs and triples, letter n-grams inside words (so "clowns", "clownish" and a typo
// "clwons" share evidence), and the rule engine's own signals (a target named,
// an act word, praise nearby, the writer talking about themself, a negation,
// someone else's words reported). Every
// feature is hashed into a fixed number of buckets, so the model is one
// array of weights and an unseen word costs nothing. The training script and
// the detector call this one function: the two can never disagree.
//
// Example: "SLT are clowns" → w:slt, w:are, w:clowns, b:slt_are, b:are_clowns, t:<s>_slt_are,
// c:<cl, c:clo, …, s:target:the school's leaders, s:act:insult.

/** 2^17 buckets: 5,000 sentences fill a few per cent of them; the model file stays small. */
export const HASH_BITS = 17;
export const BUCKETS = 1 << HASH_BITS;
/**
 * The rule engine's signals (s:…) live in the top 1,024 buckets and words and letters below.
 * Words are many and their sum is scaled by 1/√(their count) so long and short sentences
 * compare; a signal is one fact about the sentence ("an insult word aimed at a target") and
 * keeps its full weight however long the sentence is. Example: "Ofsted inspectors are
 * jumped-up pen pushers, every one of them, and they know it" still counts s:act:insult whole.
 */
export const SIGNAL_BASE = BUCKETS - 1024;

/** What the rules already know about the sentence; each becomes one feature. */
export interface ToneSignals {
  /** Target groups named in the sentence ("pupils", "the school's leaders"). */
  targets: readonly string[];
  /** A she/they/you in this sentence that points back to a target named before it. */
  carried: boolean;
  /** Act kinds the rule lists found in the sentence ("insult", "claim", …). */
  acts: readonly string[];
  /** Praise words in the sentence. */
  praised: boolean;
  /** The rule engine alone would call this sentence an attack. */
  rulesAttack: boolean;
  /** The next sentence points back to a target this one names (this one sets the scene). */
  introduces?: boolean;
  /** Rule guards that explain harsh words away: "in my old job", "not blaming anyone", "in the story". */
  guards?: readonly string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
// Whole words, looked up once a word of every sentence scored (a Set, not an anchored
// alternation run on each word).
const FIRST_PERSON = new Set("i i'm im me my myself we we're us our".split(' '));
const SECOND_PERSON = new Set("you you're youre your yourselves ya".split(' '));
const NEGATION = new Set(
  "not never no nobody nothing none cannot can't cant won't don't didn't doesn't isn't wasn't aren't haven't hasn't couldn't wouldn't shouldn't".split(
    ' ',
  ),
);
// Someone else's words reported: "a parent told me…", "someone called our parents 'entitled'".
const REPORTED =
  /\b(?:said|says|told (?:me|us|the class)|called (?:us|our|the|my|them|him|her)|reckons?|accused|claimed|wrote)\b/i;

/** FNV-1a over UTF-16 code units, folded into the bucket range (signals into theirs). */
export function hashFeature(feature: string): number {
  const h = fnv(feature, 0, feature.length, OFFSET);
  return feature.startsWith('s:') ? SIGNAL_BASE + (h & 1023) : h % SIGNAL_BASE;
}

const OFFSET = 0x811c9dc5;
/** FNV-1a of a whole string, unfolded: the trainer's held-back split uses it. */
export const fnv1a = (text: string) => fnv(text, 0, text.length, OFFSET);
/** FNV-1a of text[from, to), continuing from `h`: hashes a slice without making a string. */
function fnv(text: string, from: number, to: number, h: number): number {
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
const CHARS = fnv('c:', 0, 2, OFFSET);
// The hash of each word feature's prefix, continued over its words in place: the hash of
// `b:${prev}_${w}` without making the string, the same number (FNV-1a reads left to right).
const WORD_PREFIX = fnv('w:', 0, 2, OFFSET);
const PAIR_PREFIX = fnv('b:', 0, 2, OFFSET);
const TRIPLE_PREFIX = fnv('t:', 0, 2, OFFSET);
const UNDERSCORE = 0x5f;
/** FNV-1a of `h`'s text, then "_" (the joint of a pair or a triple). */
const joint = (h: number) => Math.imul(h ^ UNDERSCORE, 0x01000193) >>> 0;
const whole = (h: number, word: string) => fnv(word, 0, word.length, h);

/**
 * A linear model's score for a sentence: its word and letter weights scaled by 1/√(their
 * count), plus its signal weights whole. The trainer and the detector both call this.
 */
export function linearScore(weights: ArrayLike<number>, features: Int32Array): number {
  let words = 0;
  let n = 0;
  let signals = 0;
  for (const f of features) {
    if (f >= SIGNAL_BASE) signals += weights[f]!;
    else {
      words += weights[f]!;
      n++;
    }
  }
  return words / Math.sqrt(n || 1) + signals;
}

/** The hashed feature ids of a sentence, each once, in ascending order. */
export function toneFeatures(sentence: string, signals: ToneSignals): Int32Array {
  const out: number[] = [];
  const add = (f: string) => out.push(hashFeature(f));
  const words = (sentence.toLowerCase().replace(/’/g, "'").match(WORD) ?? []).map((w) =>
    // Stretched letters are emphasis: "sooooo" reads as "soo".
    w.replace(/(\p{L})\1{2,}/gu, '$1$1'),
  );
  let prev = '<s>';
  let prev2 = '<s>';
  for (const w of words) {
    // w:${w}, b:${prev}_${w} and t:${prev2}_${prev}_${w}, hashed as hashFeature hashes them.
    out.push(whole(WORD_PREFIX, w) % SIGNAL_BASE);
    out.push(whole(joint(whole(PAIR_PREFIX, prev)), w) % SIGNAL_BASE);
    // Triples carry the shape of sarcasm the pairs miss: "couldn't organise a", "living proof
    // that". Added in session 6: held back in five folds, recall 57.3 → 60.1 % at the same
    // precision (skip pairs and 2^18 buckets were tried too and added nothing).
    const triple = joint(whole(joint(whole(TRIPLE_PREFIX, prev2)), prev));
    out.push(whole(triple, w) % SIGNAL_BASE);
    prev2 = prev;
    prev = w;
    if (FIRST_PERSON.has(w)) add('s:first-person');
    if (SECOND_PERSON.has(w)) add('s:second-person');
    if (NEGATION.has(w)) add('s:negation');
    // Letter n-grams of "<word>", hashed in place: "c:<cl", "c:<clo", "c:<clow", "c:clo", …
    // The 3-, 4- and 5-gram at one place share their letters, so each continues the hash of
    // the one before (the order does not matter: the ids are sorted below).
    const padded = `<${w}>`;
    for (let i = 0; i + 3 <= padded.length; i++) {
      let h = fnv(padded, i, i + 3, CHARS);
      out.push(h % SIGNAL_BASE);
      for (let n = 4; n <= 5 && i + n <= padded.length; n++) {
        h = fnv(padded, i + n - 1, i + n, h);
        out.push(h % SIGNAL_BASE);
      }
    }
  }
  add(`b:${prev}_</s>`);
  for (const t of signals.targets) add(`s:target:${t}`);
  if (!signals.targets.length) add('s:no-target');
  if (signals.carried) add('s:carried');
  if (signals.introduces) add('s:introduces');
  for (const a of signals.acts) add(`s:act:${a}`);
  if (!signals.acts.length) add('s:no-act');
  if (signals.praised) add('s:praise');
  if (signals.rulesAttack) add('s:rules');
  for (const g of signals.guards ?? []) add(`s:guard:${g}`);
  if (/\?/.test(sentence)) add('s:question');
  if (/!/.test(sentence)) add('s:exclaim');
  if (/["“”]/.test(sentence)) add('s:quote');
  if (REPORTED.test(sentence)) add('s:reported');
  if (/\p{Extended_Pictographic}/u.test(sentence)) add('s:emoji');
  add('s:bias');
  // `new Int32Array(array)` copies in one step; `Int32Array.from` walks the array's iterator
  // (about twice as long for a sentence's 300 ids). Sorted as numbers, no comparator needed.
  const ids = new Int32Array(out).sort();
  // Each feature once: binary features, so a word said twice weighs as much as once.
  let n = 0;
  for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[n++] = ids[i]!;
  return ids.subarray(0, n);
}
