// What a policy import would save, before anything is saved: every clause found, under its
// section, and what to check (gaps in the numbering, numbers used twice, clauses very long or
// very short, text that looks like a page header) and what was left out as page furniture.
import type { Doubt } from '../../lib/policy/doubts';
import type { PolicyReading } from '../../lib/policy/parse';
import type { PolicyClause } from '../../lib/policy/types';

export interface PolicyPreviewProps {
  reading: PolicyReading;
  doubts: Doubt[];
  label: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** Enough of a clause to recognise it. */
const SHOWN = 160;

function sections(clauses: PolicyClause[]): { title: string; clauses: PolicyClause[] }[] {
  const out: { title: string; clauses: PolicyClause[] }[] = [];
  for (const clause of clauses) {
    const last = out.at(-1);
    if (last && last.title === clause.section) last.clauses.push(clause);
    else out.push({ title: clause.section, clauses: [clause] });
  }
  return out;
}

export function PolicyPreview({ reading, doubts, label }: PolicyPreviewProps) {
  const { pack, furniture, contentsLines } = reading;
  const grouped = sections(pack.clauses);
  const doubtful = new Set(doubts.flatMap((d) => (d.id ? [d.id] : [])));
  return (
    <div class="preview policy-preview" aria-labelledby="policy-preview-heading">
      <h3 id="policy-preview-heading">
        Preview of {label}: {plural(pack.clauses.length, 'clause')} in{' '}
        {plural(grouped.length, 'section')}
      </h3>
      <p>
        Title: <strong>{pack.title}</strong>
      </p>
      <h4>{doubts.length ? `${plural(doubts.length, 'thing')} to check` : 'Nothing doubtful'}</h4>
      {doubts.length ? (
        <ul class="doubts">
          {doubts.map((d, i) => (
            <li key={i} data-rule={d.rule}>
              {d.message}
            </li>
          ))}
        </ul>
      ) : null}
      {furniture.length || contentsLines ? (
        <>
          <h4>Left out</h4>
          <ul class="left-out">
            {contentsLines ? <li>{plural(contentsLines, 'line')} of contents table</li> : null}
            {furniture.map((line) => (
              <li key={line}>
                Page header, footer or number: <q>{line}</q>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4>Clauses found</h4>
      {grouped.map((section, i) => (
        <div class="policy-section" key={i}>
          <h5>{section.title || 'Before the first heading'}</h5>
          <ul class="clauses">
            {section.clauses.map((c) => (
              <li key={c.id} class={doubtful.has(c.id) ? 'doubtful' : undefined}>
                <strong>{c.id}</strong>{' '}
                {c.text.length > SHOWN ? `${c.text.slice(0, SHOWN).trimEnd()}…` : c.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
