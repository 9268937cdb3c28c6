// The list of name rules in docs/detectors.md, generated from the rules themselves so the two
// cannot drift apart (test/docs-name-rules.test.ts compares them).
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
