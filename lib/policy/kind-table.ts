// The README's "What it flags" table, generated from the kind mapping so the two
// cannot drift apart (test/docs-match-code.test.ts compares them).
import { FINDING_KINDS } from '../engine/finding';
import { KIND_POLICY } from './kind-clauses';

export const KIND_TABLE_HEADER = ['kind', 'what it flags', 'clauses', 'severity'] as const;

export function kindTableRows(): string[][] {
  return FINDING_KINDS.map((kind) => {
    const policy = KIND_POLICY[kind];
    return [
      `\`${kind}\``,
      policy.flags,
      policy.clauses.map((c) => c.id).join(', '),
      policy.severity,
    ];
  });
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

export function kindTableMarkdown(): string {
  return [
    row(KIND_TABLE_HEADER),
    row(KIND_TABLE_HEADER.map(() => '---')),
    ...kindTableRows().map(row),
  ].join('\n');
}
