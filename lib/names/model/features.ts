// What the names model reads of one candidate: named features (strings), made only for
// the candidates a scan finds, never for every word. The same function serves training
// (scripts/train-names.ts) and the checker (find-names.ts), so the model sees in a post
// exactly what it was trained on. Features are hashed into the model's buckets
// (hashFeature); their names stay readable so a trace can say which ones decided
// ("w-1:reading" pulled "Matilda" down, "rule:names/context" held it up).
import { isEnglishWord } from '../../text/english';
import { isEverydayWord } from '../../text/everyday';
import { posOf } from '../../text/part-of-speech';
import type { NameIndex } from '../name-index';
import { FAMILY_NOUNS, KIN_NOUNS } from '../rule-words';
import type { Mention, NameDecision, Scan } from '../scan';

/** Words of the writer speaking of their own ("my girls", "our Poppy", "me and Rose"). */
const FIRST_PERSON = new Set('i me my mine our ours we us'.split(' '));
/** How far either side the neighbour words are read. */
const WINDOW = 3;

export function mentionFeatures(
  m: Mention,
  scan: Scan,
  index: NameIndex,
  decision: NameDecision,
): string[] {
  const { tokens } = scan;
  const t = tokens[m.from]!;
  const end = tokens[m.to]!;
  const f: string[] = ['bias'];
  // What the rules said, and every rule and score term that fired (the trace's content).
  f.push(`verdict:${decision.verdict}`, `rule:${decision.rule}`);
  // Rules that fired after the deciding one are asked only for traces: not read here, so a
  // traced check and an untraced one give the model the same features.
  for (const fired of decision.fired)
    if (!fired.late)
      f.push(typeof fired.said === 'number' ? `term:${fired.rule}` : `fired:${fired.rule}`);
  if (decision.score) {
    const margin = Math.max(-6, Math.min(6, decision.score.total - decision.score.threshold));
    f.push(`margin:${margin}`);
  }
  // The word itself: how ordinary it is, how it is written, which part of a name it is.
  const single = m.from === m.to && !m.full;
  const word = t.key;
  const ordinary = index.ambiguous.has(word);
  const kind = isEverydayWord(word) ? 'everyday' : isEnglishWord(word) ? 'english' : 'no-word';
  f.push(`word:${kind}`, `ambiguous:${ordinary}`, `pos:${posOf(word)}`);
  f.push(`shape:${t.shape}`, `style:${scan.style}`, `where:${t.where}`);
  f.push(`start:${t.sentenceStart}`, `shape-start:${t.shape}/${t.sentenceStart}`);
  f.push(`kind:${kind}/${t.shape}/${t.sentenceStart}`);
  const fields = new Set(m.entries.map((e) => e.field));
  const who = new Set(m.entries.map((e) => e.person.kind));
  f.push(`form:${m.full ? 'full' : m.titled ? 'titled' : single ? 'single' : 'parts'}`);
  for (const field of fields) f.push(`field:${field}`);
  for (const w of who) f.push(`who:${w}`);
  if (m.typo) f.push('typo');
  if (m.variant) f.push('variant');
  if (end.possessive) f.push('possessive');
  if (end.key !== m.entries[0]?.parts.at(-1)) f.push('inflected');
  f.push(`length:${Math.min(word.length, 8)}`);
  // The words around it, in its sentence, lower-cased ("reading Matilda", "Hamilton 1").
  let firstPerson = false;
  let kin = false;
  for (let k = 1; k <= WINDOW; k++) {
    const before = tokens[m.from - k];
    const inBefore = before !== undefined && !sentenceBreak(tokens, m.from - k + 1);
    const wordBefore = inBefore ? wordAt(scan, m.from - k) : '<s>';
    f.push(`w-${k}:${wordBefore}`);
    const after = tokens[m.to + k];
    const inAfter = after !== undefined && !after.sentenceStart && !passedBreak(tokens, m.to, k);
    const wordAfter = inAfter ? wordAt(scan, m.to + k) : '</s>';
    f.push(`w+${k}:${wordAfter}`);
    for (const near of [inBefore ? wordBefore : undefined, inAfter ? wordAfter : undefined]) {
      if (!near) continue;
      f.push(`near:${near}`);
      firstPerson ||= FIRST_PERSON.has(near);
      kin ||= KIN_NOUNS.has(near) || FAMILY_NOUNS.has(near);
    }
    if (k === 1 && inAfter) f.push(`next-shape:${after.shape}`, `next-pos:${posOf(after.key)}`);
    if (k === 1 && inBefore) f.push(`prev-shape:${before.shape}`, `prev-pos:${posOf(before.key)}`);
  }
  const nextToken = tokens[m.to + 1];
  if (
    nextToken &&
    !nextToken.sentenceStart &&
    nextToken.shape !== 'lower' &&
    scan.candidateOf[m.to + 1] === -1
  )
    f.push('capital-after-unlisted');
  const prevToken = tokens[m.from - 1];
  if (
    prevToken &&
    !t.sentenceStart &&
    prevToken.shape !== 'lower' &&
    scan.candidateOf[m.from - 1] === -1
  )
    f.push('capital-before-unlisted');
  if (firstPerson) f.push('first-person-near');
  if (kin) f.push('kin-near');
  if (firstPerson && kin) f.push('own-family-near');
  const gapAfter = tokens[m.to + 1]?.gapBefore ?? '';
  if (/\d/.test(gapAfter)) f.push('number-after');
  if (/\d/.test(t.gapBefore)) f.push('number-before');
  // Other listed people around it: names in a list are pupils; a lone word is less sure.
  const { sentence, post } = othersNamed(m, scan);
  f.push(`others-sentence:${Math.min(sentence, 2)}`, `others-post:${Math.min(post, 3)}`);
  // The rules' two outcomes are two questions (is this quiet word a name after all? is this
  // flagged word only a word?), so each feature is learned apart for each.
  // (Cross-validated on the eleven training schools, features shared by both and split by
  // outcome found two more names but let the model raise five words in Welsh posts.)
  return f.map((x) => `${decision.verdict}|${x}`);
}

/** The word at token i, lower-cased, or `<name>` for another listed name: what is learned
 * must carry to a school whose pupils have other names ("Rose and <name>", not "Rose and
 * Lily"). */
function wordAt(scan: Scan, i: number): string {
  return scan.candidateOf[i] === -1 ? scan.tokens[i]!.key : '<name>';
}

/** Whether a sentence starts at token i or between i-1 and i. */
function sentenceBreak(tokens: Scan['tokens'], i: number): boolean {
  return tokens[i]?.sentenceStart ?? true;
}

/** Whether a sentence starts among the k tokens after j. */
function passedBreak(tokens: Scan['tokens'], j: number, k: number): boolean {
  for (let n = 1; n <= k; n++) if (tokens[j + n]?.sentenceStart) return true;
  return false;
}

/** Other candidates in the same sentence and in the whole piece. */
function othersNamed(m: Mention, scan: Scan): { sentence: number; post: number } {
  const { sentenceOf, perSentence } = sentencesOf(scan);
  const sentence = perSentence[sentenceOf[m.from]!]! - 1;
  return { sentence, post: scan.candidates.length - 1 };
}

const sentenceCounts = new WeakMap<Scan, { sentenceOf: Int32Array; perSentence: number[] }>();
/** Each token's sentence and the candidates each sentence holds, counted once per scan: a
 * long paste has thousands of candidates, and counting for each would be quadratic. */
function sentencesOf(scan: Scan): { sentenceOf: Int32Array; perSentence: number[] } {
  let counts = sentenceCounts.get(scan);
  if (!counts) {
    const sentenceOf = new Int32Array(scan.tokens.length);
    let n = -1;
    scan.tokens.forEach((t, i) => (sentenceOf[i] = t.sentenceStart || n < 0 ? ++n : n));
    const perSentence = Array.from({ length: n + 1 }, () => 0);
    for (const c of scan.candidates) perSentence[sentenceOf[c.from]!]!++;
    sentenceCounts.set(scan, (counts = { sentenceOf, perSentence }));
  }
  return counts;
}

/** FNV-1a, 32 bits: a feature's bucket among `buckets` (a power of two). */
export function hashFeature(feature: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (buckets - 1);
}
