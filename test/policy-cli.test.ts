import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScript } from './run-script';

describe('npm run policy', () => {
  it('prints the policy pack for a file', () => {
    const { status, stdout, stderr } = runScript('policy.ts', [
      'test/fixtures/policies/social-media-policy-old-park.txt',
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(
      JSON.parse(readFileSync('lib/policy/seed-pack.json', 'utf8')),
    );
  });

  it('reads standard input', () => {
    const { status, stdout } = runScript('policy.ts', ['-'], '1.1 Be kind online.\n');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).clauses).toEqual([
      { id: '1.1', section: '', text: 'Be kind online.' },
    ]);
  });

  it('fails on text with no numbered clauses, with nothing on standard output', () => {
    const { status, stdout, stderr } = runScript('policy.ts', [
      'test/fixtures/policies/no-clauses.txt',
    ]);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/no-clauses\.txt: no numbered clauses found/);
  });

  it('fails on a missing file', () => {
    const { status, stderr } = runScript('policy.ts', ['test/fixtures/policies/missing.txt']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/cannot read/);
  });
});
