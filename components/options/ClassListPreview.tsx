// What an import would save, before anything is saved: pupils per class, what was skipped
// and why (by line), duplicates, unreadable values and how many pupils are restricted.
import { countPupils, type ClassListPreview as Preview } from '../../lib/class-list';

export interface ClassListPreviewProps {
  preview: Preview;
  label: string;
  existingClassNames: string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function ClassListPreview({ preview, label, existingClassNames }: ClassListPreviewProps) {
  const existing = new Set(existingClassNames.map((name) => name.toLowerCase()));
  const { skipped, duplicates, problems } = preview;
  return (
    <div class="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">
        Preview of {label}: {plural(countPupils(preview), 'pupil')} in{' '}
        {plural(preview.classes.length, 'class', 'classes')}
      </h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Class</th>
            <th scope="col">Pupils</th>
            <th scope="col">Restricted</th>
          </tr>
        </thead>
        <tbody>
          {preview.classes.map((schoolClass) => (
            <tr key={schoolClass.name}>
              <th scope="row">
                {schoolClass.name}
                {existing.has(schoolClass.name.toLowerCase())
                  ? ' (replaces the class of this name)'
                  : ''}
              </th>
              <td>{schoolClass.pupils.length}</td>
              <td>{schoolClass.pupils.filter((p) => p.restrictions?.length).length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {plural(preview.restrictedCount, 'pupil')} restricted (must not be named or photographed
        online)
        {preview.consentColumns.length ? `, from ${preview.consentColumns.join(', ')}` : ''}.
      </p>
      <p>Columns read: {preview.columnsUsed.join('; ')}.</p>
      <h4>{plural(skipped.length, 'row')} skipped</h4>
      {skipped.length ? (
        <ul>
          {skipped.map((row) => (
            <li key={row.line}>
              {row.endLine ? `Lines ${row.line}–${row.endLine}` : `Line ${row.line}`}: {row.reason}
            </li>
          ))}
        </ul>
      ) : null}
      <h4>{plural(duplicates.length, 'duplicate')}</h4>
      {duplicates.length ? (
        <ul>
          {duplicates.map((row) => (
            <li key={row.line}>
              Line {row.line}: {row.name} in {row.className} repeats line {row.firstLine}
            </li>
          ))}
        </ul>
      ) : null}
      {problems.length ? (
        <>
          <h4>{plural(problems.length, 'value')} not understood</h4>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>
                Line {problem.line}: {problem.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
