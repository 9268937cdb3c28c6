import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findClause, parsePolicy, SEED_MAPPING, SEED_REASONS, seedPolicyPack } from './index';
import { topicClauses } from './mapping';

const seedText = readFileSync(
  new URL('../../test/fixtures/policies/social-media-policy-old-park.txt', import.meta.url),
  'utf8',
);

describe('seed policy pack', () => {
  it('is exactly the parser output on the seed policy (regenerate with npm run policy)', () => {
    const { kindClauses: _k, reminderClauses: _r, otherClauses: _o, ...parsed } = seedPolicyPack;
    expect(parsed).toEqual(parsePolicy(seedText));
  });

  it('keeps the seed school’s own mapping, not the one its text would give', () => {
    expect(seedPolicyPack.kindClauses?.['pupil-name']).toEqual(['5.4', '6.8']);
    expect(seedPolicyPack.reminderClauses).toEqual({
      'working-hours': ['6.13'],
      photos: ['6.9'],
      encyclopaedia: ['6.11'],
      'school-email': ['6.10'],
    });
    expect(topicClauses(seedPolicyPack)).toEqual({
      ...SEED_MAPPING.kindClauses,
      ...SEED_MAPPING.reminderClauses,
      ...SEED_MAPPING.otherClauses,
    });
  });

  it('has the title and every clause once, in document order', () => {
    expect(seedPolicyPack.title).toBe('Social Media Policy');
    const ids = seedPolicyPack.clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 4)).toEqual(['1.1', '1.2', '1.3', '1.4']);
    expect(ids).toContain('6.2.1');
    expect(ids.indexOf('6.5.1')).toBe(ids.indexOf('6.8') - 1);
    expect(ids.at(-1)).toBe('A.5.9');
    expect(ids).toHaveLength(83);
  });

  it('joins clause 6.13 across its page break, mid-sentence', () => {
    const clause = findClause(seedPolicyPack, '6.13')!;
    expect(clause.text).toContain('contracted hours of work to their professional duties');
    expect(clause.text).toMatch(/paper\.$/);
    expect(clause.section).toBe('Personal use of social media');
  });

  it('takes sections from the headings, spelt as the contents table spells them', () => {
    expect(findClause(seedPolicyPack, '5.4')!.section).toBe(
      'Principles – be professional, responsible and respectful',
    );
    expect(findClause(seedPolicyPack, 'A.5.2')!.section).toBe(
      'Contributors and moderation of content',
    );
  });

  it('keeps list items with their clause and ends the last clause at Appendix B', () => {
    expect(findClause(seedPolicyPack, '3.1')!.text).toMatch(/including:\n- the Human Rights Act/);
    expect(findClause(seedPolicyPack, 'A.5.9')!.text).not.toMatch(/Approval Form/);
  });

  it('drops Markdown emphasis', () => {
    expect(findClause(seedPolicyPack, '1.1')!.text).toContain('such as Facebook to');
  });

  it('has every clause the kind mapping cites', () => {
    const cited = Object.entries(SEED_REASONS).flatMap(([topic, reasons]) =>
      reasons.map((c) => [topic, c] as const),
    );
    expect(cited.length).toBeGreaterThan(10);
    for (const [kind, { id, why }] of cited) {
      expect(findClause(seedPolicyPack, id), `${kind} cites ${id}`).toBeDefined();
      expect(why, `${kind} ${id}`).toMatch(/^[A-Z].{20,}\.$/);
    }
  });

  it('finds nothing for an unknown id', () => {
    expect(findClause(seedPolicyPack, '6.6')).toBeUndefined();
  });
});
