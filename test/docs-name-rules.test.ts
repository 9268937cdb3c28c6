// The list of name rules and score terms in docs/detectors.md is the rule data (lib/names/rules/).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  RULE_TABLE_HEADER,
  ruleTableRows,
  SCORE_TABLE_HEADER,
  scoreTableRows,
  tableMarkdown,
} from '../lib/names/rules/rule-table';

const readme = readFileSync(new URL('../docs/detectors.md', import.meta.url), 'utf8');

/** Rows of every Markdown table in the text whose header starts with `first`. */
function table(text: string, first: string): string[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^\\|\\s*${first}\\s*\\|`).test(l));
  if (start < 0) return [];
  const rows: string[][] = [];
  for (let i = start; i < lines.length && lines[i]!.startsWith('|'); i++) {
    if (/^\|[\s|:-]+\|$/.test(lines[i]!)) continue;
    rows.push(
      lines[i]!.slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

describe('docs/detectors.md: Names', () => {
  const section = readme.slice(readme.indexOf('\n## Names\n'));
  it('lists every name rule from the rule data', () => {
    expect(table(section, 'rule'), tableMarkdown(RULE_TABLE_HEADER, ruleTableRows())).toEqual([
      [...RULE_TABLE_HEADER],
      ...ruleTableRows(),
    ]);
  });
  it('lists every score term with its weight', () => {
    expect(
      table(section, 'score term'),
      tableMarkdown(SCORE_TABLE_HEADER, scoreTableRows()),
    ).toEqual([[...SCORE_TABLE_HEADER], ...scoreTableRows()]);
  });
});
