// Class-list import: MIS exports (CSV, TSV, semicolon-separated; UTF-8, UTF-16 or
// Windows-1252) and pasted lists, previewed before anything is saved.
import { decodeBytes, stripBom } from './decode';
import { importPastedList } from './pasted';
import { readTable } from './table';
import { importTable } from './table-import';
import type { ClassListResult } from './types';

export { applyImport, deleteClass, renameClass, setRestriction } from './edit';
export { decodeBytes } from './decode';
export { importPastedList } from './pasted';
export type * from './types';
export { countPupils } from './types';

/** "Year 4 Oak.csv" → "Year 4 Oak": the class for rows that name none. */
export function classNameFromFileName(fileName: string): string {
  return fileName.replace(/\.[a-z0-9]{1,4}$/i, '').trim() || 'Imported class';
}

export function importClassListText(text: string, defaultClassName: string): ClassListResult {
  const clean = stripBom(text);
  if (!clean.trim()) return { ok: false, error: 'The file is empty.' };
  const table = readTable(clean);
  if (table) return importTable(table, defaultClassName);
  // No headings at all: treat it as a plain list of names, one a line.
  const pasted = importPastedList(clean, defaultClassName);
  if (pasted.ok) return pasted;
  return {
    ok: false,
    error: `Found no column headings such as "Legal Forename" and "Legal Surname", and the lines are not names one a line. ${pasted.error}`,
  };
}

export function importClassListFile(bytes: Uint8Array, fileName: string): ClassListResult {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    return {
      ok: false,
      error:
        'This is an Excel workbook (.xlsx). Save it as "CSV UTF-8" or "Unicode Text" from Excel and import that.',
    };
  }
  const { text } = decodeBytes(bytes);
  return importClassListText(text, classNameFromFileName(fileName));
}
