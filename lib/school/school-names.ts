// Finds the school's names, short name, acronyms, council and street lines in
// running text, using the phrases derived in school-variants.ts.
import { SHORT_NAME_CUES } from './school-words';
import { isEnglishWord } from '../text/english';
import type { School } from '../settings/types';
import { isWordChar, MAX_CANDIDATES } from '../contact/chars';
import {
  schoolAcronyms,
  schoolPhrases,
  type Phrase,
  type PhraseKind,
  type SchoolWords,
} from './school-variants';
import { escapeRegExp, squash, tokensPattern, wordBefore } from '../contact/words';
import type { Span } from '../text/span';

export interface NameMatcher {
  /** One telling word of each phrase, lower case: the pattern runs only when one occurs. */
  firstWords: string[];
  phrases: RegExp | null;
  byKey: Map<string, Phrase>;
  acronyms: RegExp | null;
  words: SchoolWords;
}

export interface NameMatch extends Span {
  kind: PhraseKind;
}

export function compileNames(school: School, words: SchoolWords): NameMatcher {
  const phrases = schoolPhrases(school, words).sort((a, b) => squashLength(b) - squashLength(a));
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
    words,
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
      if (
        phrase.kind === 'short-name' &&
        !meansTheSchool(text, start, end, phrase, matcher.words)
      ) {
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

// A short name ("Old Park") is also a place or an ordinary phrase ("the old park by the
// lake"). It means the school when written as a name and not part of a longer name ("Old
// Park Road", "St Mary's Church"), or, in any case, with a cue before it ("at", "from",
// "joined"…) or a school noun after it ("sandlow parents", "the Wrenfield Year 10 group").
// A one-word short name needs that cue or noun too, unless the settings give it as an
// alias or it is no English word ("That's what Kinbrannoch is all about"); then a place
// word beside it makes it the village ("we live in Kinbrannoch", "Kinbrannoch village
// hall", "the Vicar of Kinbrannoch"), as does a comma before it (an address's village line)
// or a byname after it ("Hereward the Wake"). Rule ids: school/short-name/{cue-before,
// school-noun-after, place-before, place-after, address-village, byname, coined-word}.
// Words written in lower case inside a name: "at the Meadows", "St Mary and St John".
const LOWER_CASE_NAME_WORDS = new Set(['the', 'and', 'of', 'on', 'in', 'upon', 'under']);

function meansTheSchool(
  text: string,
  start: number,
  end: number,
  phrase: Phrase,
  known: SchoolWords,
): boolean {
  const written = text.slice(start, end);
  const words = written.match(/\p{L}+/gu) ?? [];
  const nameWords = words.filter((w) => !LOWER_CASE_NAME_WORDS.has(w));
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  const cue = SHORT_NAME_CUES.has(before);
  const schoolNoun = known.nounsAfter.has(after);
  const asName =
    nameWords.every((w) => w.length <= 2 || /^\p{Lu}/u.test(w)) &&
    (words.length > 1 || /\p{Lu}\p{Ll}/u.test(written));
  if (!asName && !cue && !schoolNoun) return false;
  if (/^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3)) && !schoolNoun) return false;
  if (phrase.tokens.length !== 1 || cue || schoolNoun || phrase.given) return true;
  if (known.placeBefore.has(before) || known.placeAfter.has(after)) return false;
  // The village in an address ("2 Mill Lane, Brackley"), or a byname ("Hereward the Wake").
  if (/,[ \t]*$/.test(text.slice(Math.max(0, start - 3), start))) return false;
  if (/^[ \t]+the[ \t]+\p{Lu}/u.test(text.slice(end, end + 8))) return false;
  return !isEnglishWord(phrase.tokens[0]!);
}

/** The word just after a match, lower case: "parents" of "Sandlow parents". */
function wordAfter(text: string, index: number): string {
  const m = /^[\s'’]*(?:s\b)?[\s]*([\p{L}-]+)/u.exec(text.slice(index, index + 30));
  return m ? m[1]!.toLowerCase() : '';
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
