// The README's sections on what the checker flags, the scanner and the settings
// file say what the code does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_TABLE_HEADER, kindTableMarkdown, kindTableRows } from '../lib/policy/kind-table';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

/** A `## heading` section of README.md or a file under docs/. */
function section(heading: string, file = 'README.md'): string {
  const text = read(file);
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`${file} has no "## ${heading}"`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The rows of the first Markdown table in some text, cells trimmed (Prettier pads them). */
function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|[\s|:-]+\|$/.test(l))
    .map((l) =>
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
}

describe('README: What it flags', () => {
  it('has the table generated from the kind mapping', () => {
    const rows = tableRows(section('What it flags'));
    expect(rows, `expected:\n${kindTableMarkdown()}`).toEqual([
      [...KIND_TABLE_HEADER],
      ...kindTableRows(),
    ]);
  });
});

describe('docs/developer.md: Scanning text from the command line', () => {
  it('shows both modes of the scan command and the policy command', () => {
    const text = section('Scanning text from the command line', 'docs/developer.md');
    expect(text).toContain('npm run scan -- --settings school-settings.json post.txt');
    expect(text).toContain('--jsonl posts.jsonl');
    expect(text).toContain('npm run policy --');
  });
});

describe('docs/admin.md: The settings file', () => {
  it('documents the fields the schema defaults', () => {
    const text = section('The settings file', 'docs/admin.md');
    const fields = [
      'school.name',
      'pupils[].restrictions',
      'workingHours.timeZone',
      'policy',
      'checks',
    ];
    for (const field of fields) expect(text).toContain(`${field}\``);
    expect(text).toContain('classes[2].pupils[5].first: expected text');
  });
});
