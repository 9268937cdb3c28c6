// docs/name-rules.md is generated from the rule data (npm run gen:rule-docs); this fails
// when a rule or score term changed and the file was not regenerated. Rows are compared,
// not bytes, so Prettier's padding of the tables does not matter.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  RULE_TABLE_HEADER,
  ruleTableRows,
  SCORE_TABLE_HEADER,
  scoreTableRows,
} from '../lib/names/rules/rule-table';

const doc = readFileSync(new URL('../docs/name-rules.md', import.meta.url), 'utf8');

/** Rows of the Markdown table in the text whose header starts with `first`. */
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

describe('docs/name-rules.md (run `npm run gen:rule-docs` when this fails)', () => {
  it('lists every name rule from the rule data, in order', () => {
    expect(table(doc, 'rule')).toEqual([[...RULE_TABLE_HEADER], ...ruleTableRows()]);
  });
  it('lists every score term with its weight', () => {
    expect(table(doc, 'score term')).toEqual([[...SCORE_TABLE_HEADER], ...scoreTableRows()]);
  });
});
