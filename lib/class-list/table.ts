// Reads delimited text (CSV, TSV, semicolon-separated) into rows that remember the line
// they started on, so every skipped row and broken value can be reported by line.
import Papa from 'papaparse';
import { roleOfHeading } from './columns';
import { consentColumnRestrictions } from './consent';

export interface TableRow {
  /** 1-based line number where the row starts in the file. */
  line: number;
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

function parseRows(text: string, delimiter: string, limit = Infinity): TableRow[] {
  const rows: TableRow[] = [];
  let rowStart = 0;
  let line = 1;
  const parser = Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    step(result, handle) {
      const end = result.meta.cursor;
      const row: TableRow = { line, cells: result.data.map((cell) => cell.trim()) };
      const error = result.errors.find((e) => e.type === 'Quotes');
      if (error) row.error = 'a quoted field never closes (a stray " mark?)';
      rows.push(row);
      for (let i = rowStart; i < end && i < text.length; i++) if (text[i] === '\n') line++;
      rowStart = end;
      if (rows.length >= limit) handle.abort();
    },
  });
  void parser;
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
