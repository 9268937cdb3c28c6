// Three whole fictional policies, numbered unlike the seed, written for these tests: a trust
// policy (sections 1–6, personal accounts under 4.x), a primary school's with two appendices
// numbered two ways, and an academy's pasted from a PDF with headers and footers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyDoubts } from './doubts';
import { readPolicy, type PolicyReading } from './parse';

const textOf = (reading: PolicyReading, id: string) =>
  reading.pack.clauses.find((c) => c.id === id)!.text;
const read = (name: string) =>
  readPolicy(
    readFileSync(new URL(`../../test/fixtures/policies/${name}`, import.meta.url), 'utf8'),
  );

describe('a trust policy: contents without pages, a question heading, a "1." list', () => {
  const reading = read('trust-hillside.txt');
  const { clauses } = reading.pack;

  it('finds every clause once, in order', () => {
    expect(clauses.map((c) => c.id)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '3.1',
      '3.2',
      '3.3',
      ...Array.from({ length: 13 }, (_, i) => `4.${i + 1}`),
      '5.1',
      '5.2',
      '5.3',
      '5.4',
      '6.1',
      '6.2',
    ]);
    expect(reading.pack.title).toBe('Social Media Policy for Staff');
  });

  it('takes sections from the headings, the question included', () => {
    expect(clauses.find((c) => c.id === '2.1')!.section).toBe('What is social media?');
    expect(clauses.find((c) => c.id === '4.10')!.section).toBe('Personal accounts');
  });

  it('keeps the list in 4.2 and the unstopped 1.2 and 4.3 whole', () => {
    expect(clauses.find((c) => c.id === '4.2')!.text).toMatch(
      /must never post:\n1\. A pupil's name, nickname or initials\n2\. .*\n3\. .*a pupil number$/,
    );
    expect(clauses.find((c) => c.id === '4.3')!.text).toMatch(/under the age of 18$/);
  });

  it('has nothing doubtful', () => {
    expect(policyDoubts(reading)).toEqual([]);
  });
});

describe('a primary school policy with numbers on their own line, glued numbers and appendices', () => {
  const reading = read('brookfield-appendices.txt');
  const ids = reading.pack.clauses.map((c) => c.id);

  it('finds every clause, the restarted appendix under ids of its own', () => {
    expect(ids).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '3.5',
      '4.1',
      '4.2',
      '5.1',
      'App1.1.1',
      'App1.1.2',
      'App1.1.3',
      'A1.1',
      'A1.2',
      'A2.1',
      'A2.2',
    ]);
  });

  it('joins 1.1 and 2.4 to the text on the line below, and splits 2.1Staff', () => {
    expect(textOf(reading, '1.1')).toMatch(/^Brookfield Primary School knows/);
    expect(textOf(reading, '2.4')).toMatch(/^Pupil records, including Unique Pupil Numbers/);
    expect(textOf(reading, '2.1')).toMatch(/^Staff must not name pupils/);
    expect(textOf(reading, 'App1.1.2')).toMatch(/^Staff must not post images of pupils/);
  });
});

describe('an academy policy pasted from a PDF', () => {
  const reading = read('st-aidans-pdf.txt');

  it('drops the running header (with its page number) and the two-page footer', () => {
    expect(reading.furniture).toContain('Uncontrolled when printed');
    const all = reading.pack.clauses.map((c) => c.text).join('\n');
    expect(all).not.toMatch(/Page \d|Uncontrolled|CE Academy \|/);
  });

  it('joins clauses wrapped across lines and across a page break', () => {
    expect(textOf(reading, '2.4')).toBe(
      'Keep your own telephone number, home address and email address off public pages; once shared, contact details cannot be taken back.',
    );
    expect(reading.pack.clauses.map((c) => c.id)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '2.7',
      '3.1',
      '3.2',
      '4.1',
      '4.2',
    ]);
    expect(reading.pack.clauses.find((c) => c.id === '3.1')!.section).toBe('Photographs');
  });
});
