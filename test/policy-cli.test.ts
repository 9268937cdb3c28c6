import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScript } from './run-script';

describe('npm run policy', () => {
  it('prints the policy pack for a file, with the mapping from its text and its doubts', () => {
    const { status, stdout, stderr } = runScript('policy.ts', [
      'test/fixtures/policies/social-media-policy-old-park.txt',
    ]);
    expect(stderr).toBe(
      'policy: check: No clause 6.6 or 6.7 between 6.5 and 6.8: check nothing was left out.\n',
    );
    expect(status).toBe(0);
    const { kindClauses, reminderClauses, otherClauses, ...pack } = JSON.parse(stdout);
    expect(pack).toEqual(JSON.parse(readFileSync('lib/policy/seed-pack.json', 'utf8')));
    expect(Object.keys(kindClauses)).toHaveLength(10);
    expect(reminderClauses).toEqual({
      'working-hours': ['6.13'],
      photos: ['6.9'],
      encyclopaedia: ['6.11'],
      'school-email': ['6.10'],
    });
    expect(otherClauses.defamation).toEqual(['3.3']);
  });

  it('fills the mapping from the text of a policy numbered unlike the seed', () => {
    const { status, stdout } = runScript('policy.ts', [
      'test/fixtures/policies/trust-hillside.txt',
    ]);
    expect(status).toBe(0);
    const pack = JSON.parse(stdout);
    expect(pack.kindClauses['phone-number']).toEqual(['4.7']);
    expect(pack.reminderClauses['working-hours']).toEqual(['4.9']);
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
