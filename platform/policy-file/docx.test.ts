// @vitest-environment happy-dom
// Word files through the real mammoth: typed clause numbers pass through, and the numbers of
// Word's automatic numbering, which are not in the file's text, are put back.
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../test/fixtures/make-docx';
import { parsePolicy } from '../../lib/policy/parse';
import { docxText } from './docx';

const bytes = (b: Buffer) =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('docxText', () => {
  it('gives typed numbers as they are, a paragraph a line', async () => {
    const text = await docxText(
      bytes(
        makeDocx([
          'Maple Grove School Social Media Policy',
          '1. PERSONAL ACCOUNTS',
          '1.1 Staff must not share photographs of pupils.',
          '1.2 Staff must not give parents their personal phone number.',
        ]),
      ),
    );
    expect(parsePolicy(text).clauses.map((c) => [c.id, c.section, c.text])).toEqual([
      ['1.1', 'Personal accounts', 'Staff must not share photographs of pupils.'],
      ['1.2', 'Personal accounts', 'Staff must not give parents their personal phone number.'],
    ]);
  });

  it('puts back the numbers of Word’s automatic numbering, carrying on across paragraphs', async () => {
    const text = await docxText(
      bytes(
        makeDocx([
          'Maple Grove School Social Media Policy',
          { numbered: 'Scope', level: 0 },
          { numbered: 'This policy applies to all staff.', level: 1 },
          'A note between the clauses.',
          { numbered: 'It applies at home and at work.', level: 1 },
          { numbered: 'Personal accounts', level: 0 },
          { numbered: 'Staff must not befriend pupils online.', level: 1 },
        ]),
      ),
    );
    expect(parsePolicy(text).clauses.map((c) => [c.id, c.section])).toEqual([
      ['1.1', 'Scope'],
      ['1.2', 'Scope'],
      ['2.1', 'Personal accounts'],
    ]);
  });
});
