// Reads delimited text (CSV, TSV, semicolon-separated) into rows that remember the line
// they started on, so every skipped row and broken value can be reported by line.
import Papa from 'papaparse';
import { roleOfHeading } from './columns';
import { consentColumnRestrictions } from './consent';

export interface TableRow {
  /** 1-based line number where the row starts in the file. */
  line: number;
  /** Line where the row ends: after `line` when a quoted value runs over line breaks. */
  endLine: number;
  cells: string[];
  /** Set when the parser could not read the row cleanly, e.g. a quote that never closes. */
  error?: string;
}

export interface Table {
  delimiter: string;
  header: TableRow;
  /** Rows after the header, blank rows left out. */
  rows: TableRow[];
  /** Lines before the header (report titles, blank lines) that were passed over. */
  linesBeforeHeader: number;
}

const DELIMITERS = [',', '\t', ';', '|'] as const;
/** Exports often start with a report title and a blank line or two before the headings. */
const HEADER_SEARCH_ROWS = 15;

const newlinesIn = (text: string, from: number, to: number) => {
  let count = 0;
  for (let i = from; i < to && i < text.length; i++) if (text[i] === '\n') count++;
  return count;
};

/**
 * Rows with the lines they span. A quote that never closes makes the parser read the rest of
 * the file as one value: `Kacper,"Nowak,4O` on line 3 would swallow every row after it. That
 * row is kept as an error naming the lines it swallowed, and reading starts again on the next
 * line, so one stray " mark costs one row, not the rest of the class list.
 */
function parseRows(text: string, delimiter: string, limit = Infinity): TableRow[] {
  const rows: TableRow[] = [];
  let from = 0;
  let line = 1;
  while (from < text.length && rows.length < limit) {
    let resume: { from: number; line: number } | null = null;
    let rowStart = from;
    const start = from;
    Papa.parse<string[]>(text.slice(start), {
      delimiter,
      newline: '\n',
      step(result, handle) {
        const end = start + result.meta.cursor;
        const inside = newlinesIn(text, rowStart, end) - (text[end - 1] === '\n' ? 1 : 0);
        const row: TableRow = {
          line,
          endLine: line + inside,
          cells: result.data.map((cell) => cell.trim()),
        };
        const quoteError = result.errors.some((e) => e.type === 'Quotes');
        if (quoteError && inside > 0) {
          const lineEnd = text.indexOf('\n', rowStart);
          row.error = `a quoted field never closes (a stray " mark?), which would have swallowed ${
            inside === 1 ? `line ${line + 1}` : `lines ${line + 1}–${line + inside}`
          }; this row was skipped and the lines after it were read on their own`;
          row.endLine = line;
          row.cells = text.slice(rowStart, lineEnd).split(delimiter);
          rows.push(row);
          resume = { from: lineEnd + 1, line: line + 1 };
          handle.abort();
          return;
        }
        if (quoteError) row.error = 'a quoted field never closes (a stray " mark?)';
        rows.push(row);
        line += newlinesIn(text, rowStart, end);
        rowStart = end;
        if (rows.length >= limit) handle.abort();
      },
    });
    if (!resume) break;
    ({ from, line } = resume);
  }
  return rows;
}

function headingScore(cells: string[]): number {
  let score = 0;
  for (const cell of cells) {
    if (roleOfHeading(cell)) score += 2;
    else if (consentColumnRestrictions(cell)) score += 1;
  }
  return score;
}

function isBlank(row: TableRow): boolean {
  return row.cells.every((cell) => cell === '');
}

/** Finds the delimiter and header row; null when no row looks like column headings. */
export function readTable(rawText: string): Table | null {
  const text = rawText.replace(/\r\n?/g, '\n');
  let best: { delimiter: string; index: number; score: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const head = parseRows(text, delimiter, HEADER_SEARCH_ROWS);
    head.forEach((row, index) => {
      const score = headingScore(row.cells);
      const hasName = row.cells.some((cell) => {
        const role = roleOfHeading(cell);
        return role === 'first' || role === 'last' || role === 'fullName';
      });
      if (hasName && (!best || score > best.score)) best = { delimiter, index, score };
    });
  }
  if (!best) return null;
  const { delimiter, index } = best as { delimiter: string; index: number };
  const all = parseRows(text, delimiter);
  return {
    delimiter,
    header: all[index]!,
    rows: all.slice(index + 1).filter((row) => !isBlank(row)),
    linesBeforeHeader: index,
  };
}
