// Turns a school's numbered policy, pasted from a PDF or Word document, into a
// policy pack (CONTRACTS.md §6): each numbered clause once, in document order,
// with the heading it sits under and its whole text joined across page breaks.
// The contents table, headings, page numbers and running headers are not clauses.
import type { PolicyClause, PolicyPack } from './types';
import { readContents } from './contents';
import {
  isAllCaps,
  isHeadingLike,
  isListItem,
  isPageNumber,
  isTableRow,
  parseNamedHeading,
  parseNumbered,
  sentenceCase,
  stripMarkup,
} from './lines';

export class PolicyParseError extends Error {}

interface Piece {
  text: string;
  listItem: boolean;
  afterBlank: boolean;
}

interface OpenClause {
  id: string;
  section: string;
  pieces: Piece[];
}

export function parsePolicy(source: string): PolicyPack {
  const rawLines = source.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n');
  const lines = rawLines.map((l) => l.replace(/[ \t\u00a0]+$/, '').replace(/^[ \t\u00a0]+/, ''));
  const furniture = runningHeaders(lines);
  const { skip, titles } = readContents(lines);
  const ids = new Set(lines.map((l) => parseNumbered(l)?.id).filter((id) => id !== undefined));
  const hasChildren = (id: string) => [...ids].some((other) => other.startsWith(id + '.'));

  const clauses: PolicyClause[] = [];
  let title: string | undefined;
  let section = '';
  let open: OpenClause | undefined;
  let afterBlank = false;
  let awaitingTitle: string | undefined; // "Appendix A" whose title is on the next line

  const close = () => {
    if (open) addClause(clauses, open);
    open = undefined;
  };

  const ignored = (i: number) => skip.has(i) || furniture.has(lines[i]!) || isPageNumber(lines[i]!);
  /** A line that wraps straight on in lower case is the start of a sentence, not a heading. */
  const wrapsOn = (i: number) => {
    let j = i + 1;
    while (j < lines.length && ignored(j)) j++;
    return j < lines.length && /^[a-z]/.test(lines[j]!);
  };

  lines.forEach((line, i) => {
    if (ignored(i)) return;
    if (line === '') {
      afterBlank = true;
      return;
    }
    const wasAfterBlank = afterBlank;
    afterBlank = false;
    if (isTableRow(line)) return close();

    const numbered = parseNumbered(line);
    if (numbered) {
      awaitingTitle = undefined;
      const isTopLevel = !numbered.id.includes('.') || /^[A-Z]\.\d+$/.test(numbered.id);
      const heading =
        isHeadingLike(numbered.text) &&
        !wrapsOn(i) &&
        (isTopLevel || hasChildren(numbered.id) || isAllCaps(numbered.text));
      if (heading) {
        close();
        section = headingTitle(numbered.text, titles.get(numbered.id));
        return;
      }
      close();
      open = { id: numbered.id, section, pieces: [piece(numbered.text, false, false)] };
      return;
    }

    const named = parseNamedHeading(line);
    if (named) {
      close();
      const label = `${named.kind === 'roman' ? '' : cap(named.kind) + ' '}${named.label}`.trim();
      section = named.title ? headingTitle(named.title, undefined) : label;
      if (named.kind === 'appendix' || named.kind === 'annex' || named.kind === 'annexe') {
        section = named.title ? `${label}: ${section}` : label;
      }
      awaitingTitle = named.title ? undefined : label;
      return;
    }

    const text = stripMarkup(line);
    if (!open) {
      if (awaitingTitle && isHeadingLike(text)) section = `${awaitingTitle}: ${sentenceCase(text)}`;
      else if (title === undefined && clauses.length === 0 && /policy/i.test(text)) title = text;
      awaitingTitle = undefined;
      return;
    }
    if (isAllCaps(text) && isHeadingLike(text) && !isListItem(line)) {
      close();
      section = sentenceCase(text);
      return;
    }
    open.pieces.push(piece(text, isListItem(line), wasAfterBlank));
  });
  close();

  if (clauses.length === 0) throw new PolicyParseError('no numbered clauses found');
  return { format: 'policy-pack', version: 1, title: title ?? 'Policy', clauses };
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
    else if (!/[.:;!?]["'\u2019\u201d)]*$/.test(out) && /^[a-z(]/.test(p.text)) out += ' ' + p.text;
    else out += '\n' + p.text;
  }
  return out;
}

/** Each id once: when a number appears twice (an undetected contents entry), the fuller text wins. */
function addClause(clauses: PolicyClause[], open: OpenClause): void {
  const clause = { id: open.id, section: open.section, text: joinPieces(open.pieces) };
  const existing = clauses.findIndex((c) => c.id === clause.id);
  if (existing === -1) clauses.push(clause);
  else if (clause.text.length > clauses[existing]!.text.length) clauses[existing] = clause;
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

/** Short unnumbered lines that repeat on three or more pages: running headers and footers. */
function runningHeaders(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l === '' || l.length > 80 || isTableRow(l) || isListItem(l) || parseNumbered(l)) continue;
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([l]) => l));
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
