import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy, PolicyParseError } from './parse';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/policies/${name}`, import.meta.url), 'utf8');
const summary = (name: string) =>
  parsePolicy(fixture(name)).clauses.map((c) => [c.id, c.section, c.text]);

describe('parsePolicy on a PDF paste (dotted contents, page footers, running headers, wrapped lines)', () => {
  const pack = parsePolicy(fixture('pdf-style.txt'));

  it('finds the title and every clause once, skipping contents and headings', () => {
    expect(pack.title).toBe('Online Safety and Social Media Policy');
    expect(pack.clauses.map((c) => c.id)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '2.2.1',
      '3.1',
      'A.1',
      'A.1.1',
    ]);
  });

  it('joins wrapped lines and a sentence broken by a page footer and running header', () => {
    expect(summary('pdf-style.txt')[0]).toEqual([
      '1.1',
      'Purpose',
      'This policy explains how staff should use social media, both personally and on behalf of the academy.',
    ]);
    expect(pack.clauses[3]!.text).toBe(
      'Staff must keep their personal accounts private and must not accept friend requests from pupils or from parents of pupils at the academy.',
    );
  });

  it('keeps (a) sub-items inside their clause, one a line', () => {
    expect(pack.clauses[2]!.text).toBe(
      "Staff must not post anything that identifies a pupil, including:\n(a) names or nicknames;\n(b) photographs in which a pupil can be recognised; and\n(c) details of a pupil's family.",
    );
  });

  it('names sections from capitalised headings and lettered appendices', () => {
    expect(pack.clauses.map((c) => c.section)).toEqual([
      'Purpose',
      'Purpose',
      'Staff conduct online',
      'Staff conduct online',
      'Staff conduct online',
      'Contact with pupils and parents',
      'Appendix A: Official accounts',
      'Appendix A: Official accounts',
    ]);
  });
});

describe('parsePolicy on a Word paste ("Section N" headings, "1." clauses, roman sub-items)', () => {
  it('reads single-level numbers as clauses under named sections', () => {
    expect(summary('word-sections.txt')).toEqual([
      ['1', 'Introduction', 'Staff are role models for the children in our care.'],
      ['2', 'Introduction', 'This guidance sits alongside the Code of Conduct.'],
      [
        '3',
        'Personal accounts',
        "You must not use your personal account to contact a child or a parent.\ni) This includes direct messages.\nii) It also includes comments on a parent's posts.",
      ],
      ['4', 'Personal accounts', 'Do not mention the school by name.'],
      ['5', 'Monitoring', 'The school may monitor use of its own network.'],
    ]);
  });
});

describe('parsePolicy with roman-numbered sections', () => {
  it('uses the roman headings as sections', () => {
    expect(summary('roman.txt')).toEqual([
      ['1.1', 'General', 'Devices remain the property of the school.'],
      ['2.1', 'Social media', 'Staff must not share images of pupils.'],
      ['2.1.1', 'Social media', 'This includes images in which faces are blurred.'],
    ]);
  });
});

describe('parsePolicy edge cases', () => {
  it('rejects text with no numbered clauses', () => {
    expect(() => parsePolicy(fixture('no-clauses.txt'))).toThrow(PolicyParseError);
    expect(() => parsePolicy('')).toThrow('no numbered clauses');
  });

  it('does not read wrapped numbers as clause numbers', () => {
    const pack = parsePolicy('1.1 The trust has\n2.5 million pupils in its schools.\n1.2 Next.');
    expect(pack.clauses.map((c) => c.id)).toEqual(['1.1', '1.2']);
  });

  it('keeps the fuller text when a number appears twice (an undotted contents list)', () => {
    const pack = parsePolicy('1.1 Purpose 2\n\n1.1 This policy explains the rules for staff.');
    expect(pack.clauses).toEqual([
      { id: '1.1', section: '', text: 'This policy explains the rules for staff.' },
    ]);
  });

  it('accepts trailing dots and tabs after numbers, and Windows line ends', () => {
    const pack = parsePolicy('3.2.\tStaff must not.\r\n3.3.\tNor must governors.\r\n');
    expect(pack.clauses.map((c) => [c.id, c.text])).toEqual([
      ['3.2', 'Staff must not.'],
      ['3.3', 'Nor must governors.'],
    ]);
  });
});
