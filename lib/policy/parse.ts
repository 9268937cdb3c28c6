// Turns a school's numbered policy, pasted from a PDF or Word document, into a
// policy pack (CONTRACTS.md §6): each numbered clause once, in document order,
// with the heading it sits under and its whole text joined across page breaks.
// The contents table, headings, page numbers and running headers are not clauses.
import type { PolicyPack } from './types';
import { readContents } from './contents';
import { findFurniture, PAGE_BREAK } from './furniture';
import { settleIds, type RawClause, type Renamed } from './clause-ids';
import { joinLoneNumbers } from './lone-numbers';
import {
  endsOpen,
  hasModal,
  isAllCaps,
  isHeadingLike,
  isListItem,
  isTableRow,
  isUndotted,
  looksLikeTitle,
  parseNamedHeading,
  parseNumbered,
  sentenceCase,
  stripMarkup,
} from './lines';

export class PolicyParseError extends Error {}

/** What the parser read, and what it left out, for the import preview to show. */
export interface PolicyReading {
  pack: PolicyPack;
  /** Numbers the policy used twice, and the ids they were given to keep both. */
  renamed: Renamed[];
  /** Lines left out as page furniture (page numbers, running headers), each once. */
  furniture: string[];
  /** How many lines of contents table were left out. */
  contentsLines: number;
}

interface Piece {
  text: string;
  listItem: boolean;
  afterBlank: boolean;
}

interface OpenClause {
  id: string;
  section: string;
  appendix?: string;
  pieces: Piece[];
}

/** What a policy's title says it is, "policy" first: "Staff Guidance on Social Networking". */
const TITLE_WORDS = /\b(?:policy|guidance|guidelines|code|rules|protocol|procedures?)\b/i;

const APPENDIX_KINDS = new Set(['appendix', 'annex', 'annexe', 'schedule']);

export function parsePolicy(source: string): PolicyPack {
  return readPolicy(source).pack;
}

export function readPolicy(source: string): PolicyReading {
  const lines = source
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, `\n${PAGE_BREAK}\n`)
    .split('\n')
    .map((l) => l.replace(/^[ \t\u00a0]+|[ \t\u00a0]+$/g, ''));
  const furniture = findFurniture(lines);
  const { skip, titles } = readContents(lines);
  const joined = joinLoneNumbers(lines, (i) => skip.has(i) || furniture.has(i));
  const ignored = (i: number) =>
    skip.has(i) || joined.consumed.has(i) || (furniture.has(i) && !joined.text.has(i));
  const lineAt = (i: number) => joined.text.get(i) ?? lines[i]!;

  const ids = new Set<string>();
  lines.forEach((_, i) => {
    const id = ignored(i) ? undefined : parseNumbered(lineAt(i))?.id;
    if (id) ids.add(id);
  });
  const hasChildren = (id: string) => [...ids].some((other) => other.startsWith(id + '.'));
  /** The next numbered line after line i, if any. */
  const nextNumbered = (i: number) => {
    for (let j = i + 1; j < lines.length; j++) {
      const n = ignored(j) ? undefined : parseNumbered(lineAt(j));
      if (n) return n;
    }
    return undefined;
  };
  /** The next line with content, not counting left-out lines; '' when a blank line comes first. */
  const nextLine = (i: number) => {
    let j = i + 1;
    while (j < lines.length && (ignored(j) || lines[j] === PAGE_BREAK)) j++;
    return j < lines.length ? lineAt(j) : '';
  };

  /** A numbered line that is a heading: "4 PERSONAL USE", "2. What is social media?". */
  const isHeading = (id: string, text: string, i: number) => {
    if (!isHeadingLike(text, true)) return false;
    const next = nextLine(i);
    const wraps = /^[a-z]/.test(next) || (endsOpen(text) && next !== '' && !parseNumbered(next));
    if (wraps) return false; // "1. This applies to every adult who works for" + "Willow Bank…"
    if (isAllCaps(text)) return true;
    const rule = hasModal(text) && !text.endsWith('?');
    if (hasChildren(id)) return !rule;
    // A short top-level clause without a full stop ("3. Do not accept parents as friends").
    return isUndotted(id) && !rule && looksLikeTitle(text);
  };

  const clauses: RawClause[] = [];
  const titleLines: string[] = [];
  let section = '';
  let appendix: string | undefined;
  let open: OpenClause | undefined;
  let afterBlank = false;
  let awaitingTitle: string | undefined; // "Appendix A" whose title is on the next line
  let listNext = 0; // the number a "1." list inside the open clause continues with

  const close = () => {
    if (open) {
      const { id, section: s, appendix: a } = open;
      clauses.push({ id, section: s, text: joinPieces(open.pieces), appendix: a });
    }
    open = undefined;
    listNext = 0;
  };

  lines.forEach((_, i) => {
    if (ignored(i)) return;
    const line = lineAt(i);
    if (line === '' || line === PAGE_BREAK) {
      afterBlank = true;
      return;
    }
    const wasAfterBlank = afterBlank;
    afterBlank = false;
    if (isTableRow(line)) return close();

    const numbered = parseNumbered(line);
    // "A1" alone is a section of an appendix only when "A1.1" follows; else it is text ("A4 paper").
    const usable =
      numbered &&
      !(/^[A-Z]\d/.test(numbered.id) && isUndotted(numbered.id) && !hasChildren(numbered.id));
    if (numbered && usable) {
      awaitingTitle = undefined;
      const { id, text } = numbered;
      // "2.1 Staff must never post:" then "1. A pupil's name", "2. …": a list inside the clause.
      const last = open?.pieces.at(-1)?.text ?? '';
      const startsList = id === '1' && last.endsWith(':');
      const continuesList = listNext > 0 && id === String(listNext);
      const childNext = nextNumbered(i)?.id.startsWith(id + '.');
      if (
        open &&
        /^\d+$/.test(id) &&
        (startsList || continuesList) &&
        !isAllCaps(text) &&
        !childNext
      ) {
        open.pieces.push(piece(`${id}. ${text}`, true, wasAfterBlank));
        listNext = Number(id) + 1;
        return;
      }
      if (isHeading(id, text, i)) {
        close();
        section = headingTitle(text, titles.get(id));
        return;
      }
      close();
      open = { id, section, appendix, pieces: [piece(text, false, false)] };
      return;
    }

    const named = parseNamedHeading(line);
    if (named) {
      close();
      const label = `${named.kind === 'roman' ? '' : cap(named.kind) + ' '}${named.label}`.trim();
      section = named.title ? headingTitle(named.title, undefined) : label;
      if (APPENDIX_KINDS.has(named.kind)) {
        section = named.title ? `${label}: ${section}` : label;
        appendix = `${named.kind}:${named.label}`;
      } else {
        appendix = undefined;
      }
      awaitingTitle = named.title ? undefined : label;
      return;
    }

    const text = stripMarkup(line);
    if (!open) {
      if (awaitingTitle && isHeadingLike(text)) section = `${awaitingTitle}: ${sentenceCase(text)}`;
      else if (clauses.length === 0 && TITLE_WORDS.test(text)) titleLines.push(text);
      awaitingTitle = undefined;
      return;
    }
    if (isAllCaps(text) && isHeadingLike(text) && !isListItem(line)) {
      close();
      section = sentenceCase(text);
      return;
    }
    const listItem = isListItem(line);
    if (!listItem && listNext > 0 && !wasAfterBlank) {
      // A "1." list item wrapped onto a second line.
      open.pieces.push(piece(text, false, false));
      return;
    }
    if (listItem) listNext = 0;
    open.pieces.push(piece(text, listItem, wasAfterBlank));
  });
  close();

  if (clauses.length === 0) throw new PolicyParseError('no numbered clauses found');
  const settled = settleIds(clauses);
  const title =
    titleLines.find((t) => /policy/i.test(t)) ?? furnitureTitle(lines, furniture) ?? titleLines[0];
  return {
    pack: { format: 'policy-pack', version: 1, title: title ?? 'Policy', clauses: settled.clauses },
    renamed: settled.renamed,
    furniture: [
      ...new Set([...furniture].filter((i) => !joined.text.has(i)).map((i) => lines[i]!)),
    ],
    contentsLines: skip.size,
  };
}

/** A title found only in a running header ("Oakfield Academy Social Media Policy | Page 2"). */
function furnitureTitle(lines: string[], furniture: Set<number>): string | undefined {
  const first = [...furniture].sort((a, b) => a - b).find((i) => /policy/i.test(lines[i]!));
  return first === undefined
    ? undefined
    : lines[first]!.split(/[|\u2013\u2014]/)
        .find((part) => /policy/i.test(part))
        ?.trim();
}

function piece(text: string, listItem: boolean, afterBlank: boolean): Piece {
  return { text: stripMarkup(text), listItem, afterBlank };
}

/**
 * Lines of one paragraph were wrapped by the document, so they join with a
 * space; list items keep their own line. Across a blank line (often a page
 * break) a sentence that did not end carries on with a space.
 */
function joinPieces(pieces: Piece[]): string {
  let out = '';
  for (const p of pieces) {
    if (out === '') out = p.text;
    else if (p.listItem) out += '\n' + p.text;
    else if (!p.afterBlank) out += ' ' + p.text;
    else if (!/[.:;!?]["'\u2019\u201d)]*$/.test(out) && /^[a-z(\d]/.test(p.text))
      out += ' ' + p.text;
    else out += '\n' + p.text;
  }
  return out;
}

/** Prefers the contents table's spelling of a heading, which is usually in sentence case. */
function headingTitle(text: string, fromContents: string | undefined): string {
  const plain = stripMarkup(text);
  if (fromContents && squash(fromContents) === squash(plain)) return fromContents;
  return sentenceCase(plain);
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[\s\u2013\u2014-]+/g, ' ');
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
