// Decides whether a listed word in the text is used as a name. Full names are
// taken as they are; single words must not be part of someone else's name
// ("Harry Kane", "Prince Harry", "C.S. Lewis"); names that are also ordinary
// words (Will, May, Summer, Bird) need evidence from case and context, scored
// here with compromise's lexicon giving the part of speech of their neighbours.
import type { Mention, Scan } from './scan';
import { isEnglishWord } from '../text/english';
import { isInfinitive, posOf } from '../text/part-of-speech';
import type { Token } from './tokens';
import type { NameIndex } from './name-index';
import { SEASON_NAMES } from './ordinary-names';
import {
  DETERMINERS,
  FAMILY_NOUNS,
  NAME_CUES_AFTER,
  NAME_CUES_BEFORE,
  PLACE_BEFORE,
  POSSESSIVES,
  PRONOUNS,
} from './phrases';
import { PRAISE_CUES } from './context-words';
import { ownFamilyBefore, petOrToyBefore, placeBefore, thingAfter } from './context';
import { kinAfter, variantContext, vocative } from './name-like';
import { notAPerson, ordinaryWordOpening } from './non-person';
import { byLastWord, endsWithAny, phraseStartsAfter, verbish } from './phrase-match';
import {
  adjacent,
  candidateAt,
  gluedByHyphen,
  inQuotedTitle,
  nextIn,
  partOfAnotherName,
  prevIn,
  versusUnlisted,
} from './other-name';

const CUES_BEFORE = byLastWord(NAME_CUES_BEFORE);
const PLACES = byLastWord(PLACE_BEFORE);
const PRAISE = byLastWord(PRAISE_CUES);
const CUES_AFTER = NAME_CUES_AFTER.map((p) => p.split(' '));
const TAG_CUES = new Set(
  'well done go love happy birthday congrats congratulations proud thanks thank hi'.split(' '),
);

/** Evidence a name needs to count when it is also an ordinary word. More for a surname
 * alone ("Hall booked for Friday") and for seasons where the writer never capitalises
 * ("summer is here"): there a subject and a verb is no sign of a name. */
const THRESHOLD = 2;
const THRESHOLD_WEAK = 3;

/** A single word that is also an ordinary word (Will, May, Bird), not a full name; with
 * the tokens, also any English word the writer typed in lower case ("one heron, three
 * swans"): a name typed in lower case that is no word ("millie") needs no more. */
export function isAmbiguous(m: Mention, index: NameIndex, tokens?: Token[]): boolean {
  if (m.full || !m.entries.every((e) => e.parts.length === 1)) return false;
  if (m.entries.every((e) => index.ambiguous.has(e.parts[0]!))) return true;
  const t = tokens?.[m.from];
  return t !== undefined && m.from === m.to && t.shape === 'lower' && isEnglishWord(t.key);
}

export function acceptMention(m: Mention, scan: Scan, index: NameIndex, text: string): boolean {
  if (m.full) return true;
  const { tokens } = scan;
  const t = tokens[m.from]!;
  const ambiguous = isAmbiguous(m, index, tokens);
  if (gluedByHyphen(tokens, m)) return false;
  if (t.where === 'tag') return !ambiguous || TAG_CUES.has(tokens[m.from - 1]?.key ?? '');
  if (t.where === 'url') return !ambiguous;
  if (partOfAnotherName(m, scan) || versusUnlisted(m, scan)) return false;
  const prev = prevIn(tokens, m.from);
  const prev2 = prev && prevIn(tokens, m.from - 1);
  if (prev?.key === 'a' || prev?.key === 'an') return false; // "a proper Karen", "a Leo"
  if ((prev2?.key === 'a' || prev2?.key === 'an') && prev && posOf(prev.key) === 'adjective')
    return false;
  if (inQuotedTitle(tokens, m.from, scan) || notAPerson(m, scan, text)) return false;
  if (ownFamilyBefore(tokens, m.from) || petOrToyBefore(tokens, m.from)) return false;
  const next = nextIn(tokens, m.to);
  const onlyLast = m.entries.every((e) => e.field === 'last');
  if (onlyLast && placeBefore(tokens, m.from)) return false;
  const family = next !== undefined && FAMILY_NOUNS.has(next.key);
  // "our Joanne in the office" is a person; "our summer" is not.
  const possessive = prev !== undefined && POSSESSIVES.has(prev.key);
  const determiner = prev && DETERMINERS.has(prev.key) && !determinerIsNoCue(m, scan, ambiguous);
  if (determiner && !family && (ambiguous || (!onlyLast && !possessive))) return false;
  if (m.variant && !variantContext(m, scan)) return false;
  if (!ambiguous) return true;
  if (ordinaryWordOpening(tokens, m)) return false; // "Amber weather warning"
  const season = scan.style === 'lower' && SEASON_NAMES.has(t.key);
  return score(m, scan, text) >= (onlyLast || season ? THRESHOLD_WEAK : THRESHOLD);
}

/** "reminder that Rehan, Megan and Kian …" ("that" joins a clause), and "Our Jay drew …"
 * (a capitalised name after "our" with no noun after it) are people, not "that Rose bush". */
function determinerIsNoCue(m: Mention, scan: Scan, ambiguous: boolean): boolean {
  const { tokens } = scan;
  const t = tokens[m.from]!;
  const prev = tokens[m.from - 1]!;
  const next = nextIn(tokens, m.to);
  if (prev.key === 'that') return !ambiguous && coordinated(m, scan);
  if (prev.key !== 'our' || t.shape !== 'title' || scan.style !== 'normal') return false;
  if (!next || next.shape !== 'lower' || !adjacent(next) || thingAfter(tokens, m.to)) return false;
  const pos = posOf(next.key);
  return verbish(next.key) || (pos !== 'noun' && pos !== 'adjective' && pos !== 'unknown');
}

/** Listed names joined by "and", "&" or commas: "Hunter and Jade", "Ruby, Ayaan, Mia". */
function coordinated(m: Mention, scan: Scan): boolean {
  const { tokens } = scan;
  const t = tokens[m.from]!;
  const before = tokens[m.from - 1];
  if (before && !t.sentenceStart) {
    if (/^\s*[,&+]\s*$/.test(t.gapBefore) && namedAt(m, scan, m.from - 1)) return true;
    const joins = before.key === 'and' || before.key === 'or';
    if (joins && !before.sentenceStart && namedAt(m, scan, m.from - 2)) return true;
  }
  const after = tokens[m.to + 1];
  if (after && !after.sentenceStart) {
    if (/^(?:['’ʼ]s?)?\s*[,&+]\s*$/.test(after.gapBefore) && namedAt(m, scan, m.to + 1))
      return true;
    if ((after.key === 'and' || after.key === 'or') && namedAt(m, scan, m.to + 2)) return true;
  }
  return false;
}

/** Another listed name at token i, not in lower case where case means something. */
function namedAt(m: Mention, scan: Scan, i: number): boolean {
  const c = candidateAt(scan, i);
  return (
    c !== undefined && c !== m && (scan.style !== 'normal' || scan.tokens[i]!.shape !== 'lower')
  );
}

/** A name alone on its line, as a sign-off: "— Dawn", "Dawn x". */
function signOff(m: Mention, scan: Scan): boolean {
  if (scan.tokens.length > m.to - m.from + 4) return false;
  const others = scan.tokens.filter(
    (t, i) => (i < m.from || i > m.to) && !/^(?:x+|thanks)$/.test(t.key),
  );
  return others.length === 0 && scan.style !== 'lower';
}

function score(m: Mention, scan: Scan, text: string): number {
  const { tokens, style } = scan;
  const t = tokens[m.from]!;
  const end = tokens[m.to]!;
  const next = nextIn(tokens, m.to);
  const prev = prevIn(tokens, m.from);
  const modalWord = posOf(t.key) === 'modal';
  let s = 0;
  // "well done baker": a praise cue makes even a lower-case word a name.
  const praised = prev !== undefined && endsWithAny(tokens, m.from, PRAISE.get(prev.key));
  if (style === 'normal') {
    if (t.shape === 'lower') s -= praised ? 0 : 3;
    else if (!t.sentenceStart) s += 2;
  }
  const after = text.slice(end.end, end.end + 8);
  if (/^(?:['’ʼ]s?)?\s*[£$€]?\d/.test(after)) return -10; // "Max 30", "May 12th"
  if (end.possessive) s += kinAfter(tokens, m.to) ? 3 : 1;
  else if (thingAfter(tokens, m.to)) s -= 4;
  else if (t.sentenceStart && vocative(t.key, tokens, m.to)) s += 3;
  else if (next && adjacent(next)) {
    const pos = verbish(next.key) ? 'verb' : posOf(next.key);
    if (FAMILY_NOUNS.has(next.key)) s += 2;
    else if (pos === 'noun' || (pos === 'unknown' && next.shape === 'lower')) s -= 4;
    else if (pos === 'adjective') s -= 3;
    else if (pos === 'verb') s += modalWord && isInfinitive(next.key) ? -4 : 2;
    else if (pos === 'modal') s += 2;
    else if (pos === 'adverb' && !modalWord && verbish(tokens[m.to + 2]?.key ?? '')) s += 2;
    else if (pos === 'pronoun' || pos === 'determiner' || pos === 'adverb') s += modalWord ? -4 : 0;
  } else if (t.sentenceStart && /^\s+[–—:-]\s/.test(after)) s += 2; // "May – the kindest friend"
  if (prev) {
    if (endsWithAny(tokens, m.from, CUES_BEFORE.get(prev.key))) s += 3;
    else if (PRONOUNS.has(prev.key) && adjacent(t))
      s -= 4; // "I will", "we hope"
    else if (endsWithAny(tokens, m.from, PLACES.get(prev.key))) s -= 3;
    else if (prev.key === 'to' || posOf(prev.key) === 'modal') s -= 2;
  }
  if (CUES_AFTER.some((p) => phraseStartsAfter(tokens, m.to, p))) s += 3;
  if (coordinated(m, scan)) s += 2;
  if (signOff(m, scan)) s += 3;
  if (scan.firmNames > 0) s += 1; // other pupils or staff named in the same piece
  return s;
}
