// How one line of a pasted policy reads: a clause number, a heading, a list
// item, page furniture or a contents entry. Every pattern is anchored and made
// of distinct character classes, so none can backtrack badly on long lines.

/** `1.1`, `6.2.1`, `A.5.2`, `A1.2`, `A1`, with an optional trailing dot; or a bare `7` / `7.`. */
const NUMBERED =
  /^(?:(\d{1,3}(?:\.\d{1,3})+|[A-Z]\.?\d{1,3}(?:\.\d{1,3})+|[A-Z]\.?\d{1,3})\.?|(\d{1,3})\.?)[ \t\u00a0]+(\S.*)$/;
/**
 * A number glued to its text by a PDF or Word copy: "1.1Social media…", "A2.3Staff…", "4.Personal".
 * Only a dotted number (or a bare one with its dot) before a capital or an opening quote, so
 * "3D printing" and "2nd" stay text.
 */
const GLUED =
  /^(\d{1,3}(?:\.\d{1,3})+|[A-Z]\.?\d{1,3}(?:\.\d{1,3})+|\d{1,3}(?=\.))\.?((?:[A-Z][a-z]|[A-Z]{2}|["\u201c\u2018'(]).*)$/;
/** A number alone on its line, its text on the next: `1.1`, `2.`, `7`, `A.3`, `A1.2`. */
const LONE_NUMBER = /^(\d{1,3}(?:\.\d{1,3})*|[A-Z]\.?\d{1,3}(?:\.\d{1,3})*)\.?$/;
/** `Section 3: Title`, `Part II – Title`, `Appendix A`, `Annex 2`, `Schedule B`. */
const NAMED_HEADING =
  /^(section|part|chapter|appendix|annex|annexe|schedule)[ \t]+([A-Z]|\d{1,3}|[IVXLC]{1,6})\b[ \t]*[.:\-\u2013\u2014]?[ \t]*(.*)$/i;
/** A top-level roman-numbered heading: `IV. Personal use`. */
const ROMAN_HEADING = /^([IVXLC]{1,6})\.[ \t]+(\S.*)$/;
/** Page furniture: `7`, `Page 7`, `Page 7 of 12`, `- 7 -`, `7 | Page`. */
const PAGE_NUMBER =
  /^(?:page[ \t]*)?[-\u2013\u2014 ]*\d{1,3}[-\u2013\u2014 ]*(?:of[ \t]*\d{1,3})?(?:[ \t]*\|?[ \t]*page)?$/i;
/** A contents entry: a title, a leader (dots or a wide gap) and a page number. */
const LEADER_PAGE = /(?:\.{3,}|\u2026{2,}|\u00b7{3,}|\t|[ ]{3,})[ \t.]*(?:\d{1,3}|[ivxlc]{1,6})$/i;
const TRAILING_PAGE = /[ \t](?:\d{1,3}|[ivxlc]{1,6})$/i;
const CONTENTS = /^\W*(?:table[ \t]+of[ \t]+)?contents\W*$/i;
/** A list item inside a clause: `- x`, `• x`, `(a) x`, `a) x`, `(iv) x`, `1) x`, `a. x`, `ii. x`. */
const LIST_ITEM =
  /^(?:[-\u2022\u25e6\u25aa\u2023\u2043*o][ \t]|\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})\)[ \t]|(?:[a-z]|[ivx]{1,5})\.[ \t])/;

export interface NumberedLine {
  id: string;
  text: string;
}

export function parseNumbered(line: string): NumberedLine | undefined {
  const m = NUMBERED.exec(line);
  if (m) {
    const text = m[3]!;
    // "1.5 million pupils" or "2018 and the Act" are wrapped sentences, not clauses.
    if (/^[a-z]/.test(text)) return undefined;
    return { id: (m[1] ?? m[2])!, text };
  }
  const g = GLUED.exec(line);
  return g ? { id: g[1]!, text: g[2]! } : undefined;
}

/** The id of a number standing alone on its line ("1.1", "2."), whose text follows on the next. */
export function parseLoneNumber(line: string): string | undefined {
  return LONE_NUMBER.exec(line)?.[1];
}

/** A clause number with no dot in it (`7`, `A1`): a section, a list item or a page number. */
export const isUndotted = (id: string): boolean => !id.includes('.');

export interface NamedHeading {
  /** The number or letter it carries, if any, e.g. "A" or "3". */
  label: string;
  kind: string;
  title: string;
}

export function parseNamedHeading(line: string): NamedHeading | undefined {
  const m = NAMED_HEADING.exec(line);
  if (m) return { kind: m[1]!.toLowerCase(), label: m[2]!, title: m[3]!.trim() };
  const r = ROMAN_HEADING.exec(line);
  if (r && isHeadingLike(r[2]!)) return { kind: 'roman', label: r[1]!, title: r[2]! };
  return undefined;
}

/**
 * Short, and not ending like a sentence: a title rather than a clause. With `question`, a
 * title may be a question ("What is social media?").
 */
export function isHeadingLike(text: string, question = false): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  const end = question ? /[.;:,!]$/ : /[.;:,!?]$/;
  return words > 0 && words <= 15 && !end.test(text.trim());
}

/** Words a title leaves in lower case ("Use of Social Media at Work"). */
const SMALL_WORDS = new Set(
  'a an and as at by for from in into of on or the to vs with about our your its their'.split(' '),
);

/**
 * Reads as a title rather than a short rule: three words or fewer ("Purpose and scope"), or
 * every longer word capitalised ("Use of Personal Social Media").
 */
export function looksLikeTitle(text: string): boolean {
  const words = text.replace(/[?]$/, '').split(/\s+/).filter(Boolean);
  if (words.length <= 3) return true;
  return words.every((w) => SMALL_WORDS.has(w.toLowerCase()) || /^[^\p{Ll}]/u.test(w));
}

/** Says what someone must or must not do: "Staff must not…", "Do not…", "Never…". */
export const hasModal = (text: string): boolean =>
  /\b(?:must|should|shall|will|may|cannot|can't|do not|don't|never|always)\b/i.test(text);

/** Words a wrapped line can end on but a title cannot: "…who works at or volunteers for". */
export const endsOpen = (text: string): boolean =>
  /\b(?:a|an|and|the|of|for|to|in|on|at|by|with|or|from|their|our|your|its|that|who|which|is|are)$/i.test(
    text.trim(),
  );

export function isAllCaps(text: string): boolean {
  return /[A-Z]{2}/.test(text) && !/[a-z]/.test(text);
}

export const isPageNumber = (line: string): boolean => PAGE_NUMBER.test(line);
export const isContentsHeading = (line: string): boolean =>
  CONTENTS.test(line.replace(/\|/g, ' ').trim());
export const hasLeaderAndPage = (line: string): boolean => LEADER_PAGE.test(line);
export const endsWithPageNumber = (line: string): boolean => TRAILING_PAGE.test(line);
export const isTableRow = (line: string): boolean => line.startsWith('|');
export const isListItem = (line: string): boolean => LIST_ITEM.test(line);

/** Drops Markdown emphasis and underline tags left by document converters. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<\/?u>/g, '')
    .replace(/(\*{1,2}|_{2})(\S(?:[^*\n]*?\S)?)\1/g, '$2')
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

/**
 * "PERSONAL USE OF SOCIAL MEDIA" → "Personal use of social media"; in a mixed
 * heading ("USING SOCIAL MEDIA ON BEHALF OF Old Park") only the capitalised
 * words are lowered, so proper names keep their case.
 */
export function sentenceCase(heading: string): string {
  if (!/[A-Z]{2}/.test(heading)) return heading;
  const lowered = isAllCaps(heading)
    ? heading.toLowerCase()
    : heading.replace(/\b[A-Z][A-Z']+\b/g, (w) => w.toLowerCase());
  return lowered.charAt(0).toUpperCase() + lowered.slice(1);
}
