// Splits a post into the pieces the engine checks and caches one at a time. A
// short line (most posts) is one piece, so detectors see the whole of it, and a
// short line that needs the one before it (a reply under the post it quotes) joins it; a
// long line is split into sentences, and a very long sentence at spaces, so a
// keystroke re-checks a few hundred characters at most. A sentence boundary
// depends only on the characters around it, so an edit does not move the
// boundaries of the sentences before or after the one it touches.

import { sentenceBreaks } from '../text/sentences';

export interface Unit {
  start: number;
  text: string;
}

/** Lines up to this long are one unit: a tweet and its context stay together. */
export const LONG_LINE = 300;
/** No unit is longer than this; longer sentences are cut at a space. */
export const MAX_UNIT = 600;

export function splitIntoUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let lineStart = 0;
  // The unit the previous line ended, while the next line may still join it.
  let open: Unit | undefined;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (open && joinsPrevious(open.text, line)) {
      open.text = text.slice(open.start, lineEnd);
    } else if (line) {
      pushLine(units, line, lineStart);
      const last = units.at(-1)!;
      open = last.start === lineStart && last.text === line ? last : undefined;
    } else if (!open || !quotes(open.text)) open = undefined;
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return units;
}

// A line that only makes sense with the one before it is checked with it, so a pronoun finds
// the person it points back to: a reply after the post it quotes ("> Our head wants…" then
// "She does this every term"), or a line that opens on she, he or they ("Met the new deputy.\n
// He thinks…"). Whether a line joins depends only on it and the unit just before it, so an edit
// moves boundaries only within its own run of joined lines (300 characters at most); the cache
// keeps the rest. Blank lines end a unit, except after a quoted line.
const OPENS_ON_POINTER =
  /^\s*(?:then |and |but |so )?(?:she|he|she's|he's|they|they're|they've|these people|those people|that lot|this lot)(?![\p{L}'])/iu;
function joinsPrevious(previous: string, line: string): boolean {
  if (!line || previous.length + 1 + line.length > LONG_LINE) return false;
  return quotes(previous) || OPENS_ON_POINTER.test(line);
}

// A unit that ends on a quoted line ("> Our trust CEO got a pay rise") is still open after blank
// lines: forums and email put one between the quote and the reply ("\n\nSame here, ours…").
function quotes(unit: string): boolean {
  return /^\s*>/.test(unit.slice(unit.lastIndexOf('\n') + 1));
}

function pushLine(units: Unit[], line: string, offset: number): void {
  if (line.length <= LONG_LINE) {
    units.push({ start: offset, text: line });
    return;
  }
  // 'safe': a unit is checked alone, so no cut may fall inside a name ("Mrs. Hughes").
  let from = 0;
  // The unit of this line's previous sentence, while the next sentence may still join it.
  let open: Unit | undefined;
  const push = (to: number) => {
    const sentence = line.slice(from, to);
    if (open && joinsSentence(open.text, sentence)) open.text += sentence;
    else {
      const before = units.length;
      pushSentence(units, sentence, offset + from);
      open = units.length === before + 1 ? units.at(-1) : undefined;
    }
    from = to;
  };
  for (const { next } of sentenceBreaks(line, 'safe')) push(next);
  if (from < line.length) push(line.length);
}

// In a long line, a sentence that opens on she, he or they is checked with the sentence before
// it, as a line is with the line before (joinsPrevious): "Then the deputy announces a new rota.
// He's never planned a trip himself." Depends only on the two sentences, so an edit moves unit
// boundaries only within its own run of joined sentences.
function joinsSentence(previous: string, sentence: string): boolean {
  return previous.length + sentence.length <= LONG_LINE && OPENS_ON_POINTER.test(sentence);
}

/** Cuts a run-on sentence at the last space before MAX_UNIT, or hard at MAX_UNIT if it has none. */
function pushSentence(units: Unit[], sentence: string, offset: number): void {
  let from = 0;
  while (sentence.length - from > MAX_UNIT) {
    const space = sentence.lastIndexOf(' ', from + MAX_UNIT);
    let to = space > from + MAX_UNIT / 2 ? space + 1 : from + MAX_UNIT;
    // Never split a surrogate pair.
    if (isHighSurrogate(sentence.charCodeAt(to - 1))) to--;
    units.push({ start: offset + from, text: sentence.slice(from, to) });
    from = to;
  }
  units.push({ start: offset + from, text: sentence.slice(from) });
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
