// Sentences of one line, and the parts of it that are someone else's words.
import { sentenceSpans } from '../text/sentences';
import type { Span } from '../text/span';

// A chat export's "[18:22] Ange: " is who spoke, not what was said.
const CHAT_PREFIX = /^\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*[^:\n]{1,40}:\s*/;
const QUOTED = /["\u201c]([^"\u201c\u201d\n]{1,400})["\u201d]/g;
/** Quotes this long are reported speech (a pupil's words); shorter ones are scare quotes. */
const REPORTED_SPEECH_WORDS = 4;

/** The line's sentences (lib/text/sentences.ts), after any chat prefix. */
export function splitSentences(line: string): Span[] {
  const prefix = CHAT_PREFIX.exec(line);
  return sentenceSpans(line, prefix ? prefix[0].length : 0);
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
