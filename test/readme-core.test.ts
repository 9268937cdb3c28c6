// The README's sections on what the checker flags, the scanner and the settings
// file say what the code does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_TABLE_HEADER, kindTableMarkdown, kindTableRows } from '../lib/policy/kind-table';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no "## ${heading}"`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
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

describe('README: Scanning text from the command line', () => {
  it('shows both modes of the scan command and the policy command', () => {
    const text = section('Scanning text from the command line');
    expect(text).toContain('npm run scan -- --settings school-settings.json post.txt');
    expect(text).toContain('--jsonl posts.jsonl');
    expect(text).toContain('npm run policy --');
  });
});

describe('README: The settings file', () => {
  it('documents the fields the schema defaults', () => {
    const text = section('The settings file');
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
