// Character tests used where a scanner checks a match's edges in code instead
// of with a look-behind: anchoring on a rare character ("@", a digit, a dot) and
// checking around it is linear and fast even on 100,000 characters of noise.

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A letter or digit in any script; false at the ends of the text. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORD_CHAR.test(ch);
}

/**
 * Letters for patterns compiled without the "u" flag, which V8 runs many times
 * faster than case-insensitive Unicode patterns: Latin (with accents, Welsh ŵ
 * and ŷ, Polish ł), Greek and Cyrillic. Edges are checked with isWordChar.
 */
export const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u04FF';

/** No text seems to need more; a line with more candidates than this is noise, not a post. */
export const MAX_CANDIDATES = 200;

/** A label that makes the number after it an order or reference number: "Order no. 0123…". */
export const REFERENCE_LABEL_BEFORE =
  /\b(?:ref(?:erence)?|order|invoice|tracking|account|acc|a\/c|booking|ticket|policy|case|serial|parcel|receipt|transaction|confirmation|membership|customer)\.?\s*(?:no\.?|number|#|:|id)?\s*[:#]?\s*$/i;
