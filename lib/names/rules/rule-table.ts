// The list of name rules and score terms in docs/detectors.md, generated from the rules
// themselves (`npm run gen:rule-docs` rewrites the two tables in place) so the two cannot
// drift apart (test/docs-name-rules.test.ts compares them).
import { ALL_NAME_RULES } from '.';
import { ATTRIBUTION_RULES } from './attribution';
import { TERMS, THRESHOLD, THRESHOLD_WEAK } from '../score';

export const RULE_TABLE_HEADER = ['rule', 'says', 'why', 'example it decides'] as const;

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function ruleTableRows(): string[][] {
  const rows = ALL_NAME_RULES.map((r) => [
    `\`${r.id}\``,
    r.says,
    cell(r.why),
    cell(`“${(r.says === 'flag' ? r.flagged : r.quiet)[0]}”`),
  ]);
  for (const r of ATTRIBUTION_RULES)
    rows.push([`\`${r.id}\``, 'not a pupil', cell(r.why), cell(`“${r.quiet[0]}”`)]);
  return rows;
}

export const SCORE_TABLE_HEADER = ['score term', 'weight'] as const;

export function scoreTableRows(): string[][] {
  return TERMS.map((t) => [`\`${t.id}\``, t.weight > 0 ? `+${t.weight}` : `${t.weight}`]);
}

export const SCORE_THRESHOLDS = { THRESHOLD, THRESHOLD_WEAK };

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

export function tableMarkdown(header: readonly string[], rows: string[][]): string {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
}

/** `doc` with the rule table and the score table of its Names section replaced by the
 * rule data's (`npm run gen:rule-docs`; Prettier pads them afterwards). */
export function withRuleTables(doc: string): string {
  const section = doc.indexOf('\n## Names\n');
  if (section < 0) throw new Error('no "## Names" section');
  let out = doc;
  for (const [header, rows] of [
    [RULE_TABLE_HEADER, ruleTableRows()],
    [SCORE_TABLE_HEADER, scoreTableRows()],
  ] as const) {
    const lines = out.split('\n');
    const from = lines.findIndex(
      (l, i) =>
        i > out.slice(0, section).split('\n').length &&
        new RegExp(`^\\|\\s*${header[0]}\\s*\\|`).test(l),
    );
    if (from < 0) throw new Error(`no "${header[0]}" table under "## Names"`);
    let to = from;
    while (to < lines.length && lines[to]!.startsWith('|')) to++;
    lines.splice(from, to - from, tableMarkdown(header, rows));
    out = lines.join('\n');
  }
  return out;
}
