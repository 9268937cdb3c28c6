// Sentences of one line, and the parts of it that are someone else's words.
import type { Span } from '../text/span';

// A sentence ends at terminal punctuation followed by space or the end, or at
// emoji followed by a capital ("…the sun came out ☀️ Shame the…"). Each class
// differs from the next, so the scan is linear.
const SENTENCE_END =
  /[.!?\u2026]+["'\u2019\u201d)\]]*(?=\s|$)|\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)*(?=\s+\p{Lu})/gu;
// A chat export's "[18:22] Ange: " is who spoke, not what was said.
const CHAT_PREFIX = /^\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*[^:\n]{1,40}:\s*/;
const QUOTED = /["\u201c]([^"\u201c\u201d\n]{1,400})["\u201d]/g;
/** Quotes this long are reported speech (a pupil's words); shorter ones are scare quotes. */
const REPORTED_SPEECH_WORDS = 4;

export function splitSentences(line: string): Span[] {
  const spans: Span[] = [];
  const prefix = CHAT_PREFIX.exec(line);
  let from = prefix ? prefix[0].length : 0;
  SENTENCE_END.lastIndex = from;
  for (const m of line.matchAll(SENTENCE_END)) {
    if (m.index < from) continue;
    pushTrimmed(spans, line, from, m.index);
    from = m.index + m[0].length;
  }
  pushTrimmed(spans, line, from, line.length);
  return spans;
}

function pushTrimmed(spans: Span[], line: string, start: number, end: number): void {
  while (start < end && /\s/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

/** Blanks out reported speech, keeping offsets, so a pupil's "old and grumpy" is not the writer's. */
export function maskReportedSpeech(line: string): string {
  return line.replace(QUOTED, (whole, inner: string) =>
    inner.trim().split(/\s+/).length >= REPORTED_SPEECH_WORDS
      ? whole[0] + ' '.repeat(inner.length) + whole[whole.length - 1]
      : whole,
  );
}

// Clause breaks: punctuation inside a sentence, and the joining words that
// start a new subject ("the printer is useless and my class…").
const CLAUSE_BREAK =
  /[,;:()]|\s[-\u2013\u2014]\s|\s(?:and|but|while|whilst|whereas|because|cos|so|although|though)\s/giu;

export function splitClauses(text: string, sentence: Span): Span[] {
  const clauses: Span[] = [];
  const body = text.slice(sentence.start, sentence.end);
  let from = 0;
  for (const m of body.matchAll(CLAUSE_BREAK)) {
    clauses.push({ start: sentence.start + from, end: sentence.start + m.index });
    from = m.index + m[0].length;
  }
  clauses.push({ start: sentence.start + from, end: sentence.end });
  return clauses;
}
