// Finds the school's names, short name, acronyms, council and street lines in
// running text, using the phrases derived in school-variants.ts.
import { SHORT_NAME_CUES } from './school-words';
import type { School } from '../settings/types';
import { isWordChar, MAX_CANDIDATES } from '../contact/chars';
import { schoolAcronyms, schoolPhrases, type Phrase, type PhraseKind } from './school-variants';
import { escapeRegExp, squash, tokensPattern, wordBefore } from '../contact/words';
import type { Span } from '../text/span';

export interface NameMatcher {
  /** One telling word of each phrase, lower case: the pattern runs only when one occurs. */
  firstWords: string[];
  phrases: RegExp | null;
  byKey: Map<string, Phrase>;
  acronyms: RegExp | null;
}

export interface NameMatch extends Span {
  kind: PhraseKind;
}

export function compileNames(school: School): NameMatcher {
  const phrases = schoolPhrases(school).sort((a, b) => squashLength(b) - squashLength(a));
  const byKey = new Map<string, Phrase>();
  for (const p of phrases) if (!byKey.has(p.tokens.join(''))) byKey.set(p.tokens.join(''), p);
  const acronyms = schoolAcronyms(school);
  return {
    firstWords: [...new Set(phrases.map(telltaleWord))],
    phrases: phrases.length
      ? new RegExp(`(?:${phrases.map((p) => tokensPattern(p.tokens)).join('|')})`, 'gi')
      : null,
    byKey,
    acronyms: acronyms.length ? new RegExp(acronyms.map(escapeRegExp).join('|'), 'g') : null,
  };
}

export function findNames(text: string, matcher: NameMatcher): NameMatch[] {
  const found: NameMatch[] = [];
  const lower = text.toLowerCase().replace(/['\u2019]/g, '');
  if (matcher.phrases && matcher.firstWords.some((w) => lower.includes(w))) {
    for (const m of matchesAtWordStart(text, matcher.phrases)) {
      const phrase = matcher.byKey.get(squash(m[0]));
      if (!phrase) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (phrase.kind === 'address' && isInsideLongerName(text, start, end)) continue;
      if (phrase.kind === 'short-name' && !meansTheSchool(text, start, end, phrase)) {
        // a longer name may start inside the rejected one: "the meadows academy"
        matcher.phrases.lastIndex = start + 1;
        continue;
      }
      found.push({ start, end, kind: phrase.kind });
    }
  }
  if (matcher.acronyms) {
    for (const m of matchesAtWordStart(text, matcher.acronyms)) {
      found.push({ start: m.index, end: m.index + m[0].length, kind: 'acronym' });
    }
  }
  return found;
}

// Word edges are checked here, not with look-arounds in the pattern: that lets
// the pattern drop the "u" flag, and case-insensitive Unicode patterns are slow.
function* matchesAtWordStart(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let scanned = 0; scanned < MAX_CANDIDATES; scanned++) {
    const m = pattern.exec(text);
    if (!m) return;
    if (isWordChar(text[m.index - 1]) || isWordChar(text[m.index + m[0].length])) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}

// A short name ("Old Park") is also a place or an ordinary phrase ("the old park
// by the lake"). It means the school when written as a name, is not part of a
// longer name ("Old Park Road", "St Mary's Church"), and, for one-word names,
// follows "at", "from", "joined"…
// Words written in lower case inside a name: "at the Meadows", "St Mary and St John".
const LOWER_CASE_NAME_WORDS = new Set(['the', 'and', 'of', 'on', 'in', 'upon', 'under']);

function meansTheSchool(text: string, start: number, end: number, phrase: Phrase): boolean {
  const written = text.slice(start, end);
  const words = written.match(/\p{L}+/gu) ?? [];
  const nameWords = words.filter((w) => !LOWER_CASE_NAME_WORDS.has(w));
  if (!nameWords.every((w) => w.length <= 2 || /^\p{Lu}/u.test(w))) return false;
  if (words.length === 1 && !/\p{Lu}\p{Ll}/u.test(written)) return false;
  if (/^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) return false;
  if (phrase.tokens.length === 1 && !phrase.given && !SHORT_NAME_CUES.has(wordBefore(text, start)))
    return false;
  return true;
}

// A street line with no house number followed by another name word is some
// other place: "Quarry Walk Park", "Quarry Walk Surgery".
function isInsideLongerName(text: string, start: number, end: number): boolean {
  return (
    !/\d/.test(text.slice(start, end)) && /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))
  );
}

function squashLength(p: Phrase): number {
  return p.tokens.join('').length;
}

/** Part of the first word of three or more letters ("exam" of "1 Example Road"), which any match contains. */
function telltaleWord(p: Phrase): string {
  // "st" may be written "saint", "and" may be "&": neither is telling
  const word = p.tokens.find((t) => /^\p{L}{3,}$/u.test(t) && t !== 'and');
  // only the first four letters: "marys" may be written "Mary's"
  if (word) return word.slice(0, 4);
  return p.tokens[0] === 'st' ? 's' : p.tokens[0]!;
}
