// A pasted list, one pupil a line: "Amelia Smith" or "Smith, Amelia", all into one class.
import { ClassCollector, countRestricted, makePupil } from './collect';
import { splitName } from './names';
import { describeNothingImported } from './table-import';
import type { ClassListResult, SkippedRow } from './types';

export function importPastedList(text: string, className: string): ClassListResult {
  const name = className.trim();
  if (!name) return { ok: false, error: 'Give the class a name before importing a pasted list.' };
  const collector = new ClassCollector();
  const skipped: SkippedRow[] = [];
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((written, index) => {
      const line = index + 1;
      // Tabs or semicolons mean a spreadsheet row was pasted; its first cell is the name.
      const cellText = written.split(/[\t;]/)[0]!.trim();
      if (!cellText) return;
      const split = splitName(cellText);
      if (!split) {
        skipped.push({ line, reason: `"${cellText}" is not a first name and a surname` });
        return;
      }
      collector.add(name, makePupil(split.first, split.last, split.preferred, []), line);
    });
  const classes = collector.result();
  if (classes.length === 0) return { ok: false, error: describeNothingImported(skipped) };
  return {
    ok: true,
    preview: {
      classes,
      skipped,
      duplicates: collector.duplicates,
      problems: [],
      restrictedCount: countRestricted(classes),
      columnsUsed: ['one pupil a line'],
      consentColumns: [],
    },
  };
}
