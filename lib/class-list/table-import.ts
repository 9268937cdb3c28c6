// Turns a table read from an MIS export into classes of pupils, reporting every row it skips.
import type { Restriction } from '../settings/types';
import { ClassCollector, countRestricted, makePupil } from './collect';
import { COLUMN_HEADINGS, roleOfHeading, type ColumnRole } from './columns';
import { CONSENT_VALUES_HELP, consentColumnRestrictions, readConsentValue } from './consent';
import { splitName } from './names';
import type { Table } from './table';
import type { ClassListResult, SkippedRow, ValueProblem } from './types';

const ROLE_LABELS: Record<ColumnRole, string> = {
  first: 'first name',
  preferred: 'preferred name',
  last: 'surname',
  fullName: 'full name',
  className: 'class',
  year: 'year group',
};

interface ConsentColumn {
  index: number;
  heading: string;
  restrictions: readonly Restriction[];
}

/** "4" → "Year 4", "R" → "Reception"; anything else as written. */
export function yearGroupClassName(year: string): string {
  if (/^\d{1,2}$/.test(year)) return `Year ${Number(year)}`;
  if (/^(r|rec)$/i.test(year)) return 'Reception';
  if (/^n\d?$/i.test(year)) return 'Nursery';
  return year;
}

export function importTable(table: Table, defaultClassName: string): ClassListResult {
  const columns = new Map<ColumnRole, number>();
  const consentColumns: ConsentColumn[] = [];
  const columnsUsed: string[] = [];
  table.header.cells.forEach((heading, index) => {
    const role = roleOfHeading(heading);
    if (role && !columns.has(role)) {
      columns.set(role, index);
      columnsUsed.push(`${heading} → ${ROLE_LABELS[role]}`);
      return;
    }
    const restrictions = consentColumnRestrictions(heading);
    if (restrictions) {
      consentColumns.push({ index, heading, restrictions });
      columnsUsed.push(`${heading} → consent (refused: no ${restrictions.join(', no ')})`);
    }
  });
  const hasSplitNames = columns.has('first') && columns.has('last');
  if (!hasSplitNames && !columns.has('fullName')) {
    const missing = columns.has('first') ? 'surname' : 'first name';
    return {
      ok: false,
      error: `Line ${table.header.line}: found no ${missing} column. Expected headings such as ${COLUMN_HEADINGS.first.slice(0, 2).join(', ')} and ${COLUMN_HEADINGS.last.slice(0, 2).join(', ')}, or a single Name column.`,
    };
  }

  const collector = new ClassCollector();
  const skipped: SkippedRow[] = [];
  const problems: ValueProblem[] = [];
  const width = table.header.cells.length;
  const cell = (cells: string[], role: ColumnRole) => {
    const index = columns.get(role);
    return index === undefined ? '' : (cells[index] ?? '');
  };

  const used = [...columns.values()];
  for (const { line, endLine, cells, error } of table.rows) {
    if (error) {
      skipped.push({ line, reason: error });
      continue;
    }
    // A stray quote that a later stray quote happens to close: `Kacper,"Nowak,4O` on line 3 and
    // `Jo,Smith",4A` on line 7 read as one row whose surname holds lines 3–7. (A quoted address
    // over two lines is fine: only the columns read here are checked.)
    if (endLine > line && used.some((index) => cells[index]?.includes('\n'))) {
      skipped.push({
        line,
        endLine,
        reason: `a quoted field runs over lines ${line}–${endLine} (a stray " mark?), so the rows on those lines were not read`,
      });
      continue;
    }
    if (cells.length > width && cells.slice(width).some((extra) => extra !== '')) {
      skipped.push({
        line,
        reason: `has ${cells.length} fields but the headings have ${width} (a comma inside a name without quotes?)`,
      });
      continue;
    }
    let first = cell(cells, 'first');
    let last = cell(cells, 'last');
    let preferred = cell(cells, 'preferred') || undefined;
    if ((!first || !last) && cell(cells, 'fullName')) {
      const split = splitName(cell(cells, 'fullName'));
      if (split) ({ first, last } = split);
      preferred ??= split?.preferred;
    }
    if (!first || !last) {
      skipped.push({
        line,
        reason: !first && !last ? 'no name' : !first ? 'no first name' : 'no surname',
      });
      continue;
    }
    const restrictions: Restriction[] = [];
    for (const column of consentColumns) {
      const value = cells[column.index] ?? '';
      const answer = readConsentValue(value);
      if (answer === 'refused') restrictions.push(...column.restrictions);
      if (answer === undefined) {
        problems.push({
          line,
          message: `"${value}" in ${column.heading} is not a consent answer (${CONSENT_VALUES_HELP}); no restriction recorded for ${first} ${last}`,
        });
      }
    }
    const className =
      cell(cells, 'className') ||
      (cell(cells, 'year') ? yearGroupClassName(cell(cells, 'year')) : '') ||
      defaultClassName;
    collector.add(className, makePupil(first, last, preferred, restrictions), line);
  }

  const classes = collector.result();
  if (classes.length === 0) {
    return { ok: false, error: describeNothingImported(skipped) };
  }
  return {
    ok: true,
    preview: {
      classes,
      skipped,
      duplicates: collector.duplicates,
      problems,
      restrictedCount: countRestricted(classes),
      columnsUsed,
      consentColumns: consentColumns.map((column) => column.heading),
    },
  };
}

export function describeNothingImported(skipped: SkippedRow[]): string {
  const first = skipped[0];
  return first
    ? `No pupils found: all ${skipped.length} rows were skipped (line ${first.line}: ${first.reason}).`
    : 'No pupils found: the file has headings but no rows under them.';
}
