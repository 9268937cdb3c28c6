import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../test/class-list-fixtures';
import {
  importClassListFile,
  importClassListText,
  importPastedList,
  type ClassListResult,
} from '.';

function preview(result: ClassListResult) {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result.preview;
}
const importFixture = (name: string) => importClassListFile(fixtureBytes(name), name);
const names = (result: ClassListResult) =>
  Object.fromEntries(
    preview(result).classes.map((c) => [c.name, c.pupils.map((p) => `${p.first} ${p.last}`)]),
  );

describe('MIS exports', () => {
  it('SIMS: title lines before the headings, reg groups, duplicates, consent', () => {
    const result = importFixture('sims.csv');
    const p = preview(result);
    expect(names(result)).toEqual({
      '4O': ['Amelia Smith', 'Kacper Nowak', 'Zoë Adeyemi', 'Harrison Clarke-Jones'],
      '4A': ['Grace Bird', 'William Patel', "Summer O'Neill"],
    });
    expect(p.classes[0]!.pupils[0]).toEqual({
      first: 'Amelia',
      last: 'Smith',
      preferred: 'Millie',
    });
    // Same preferred name as legal name is not stored twice.
    expect(p.classes[0]!.pupils[1]).toEqual({
      first: 'Kacper',
      last: 'Nowak',
      restrictions: ['name', 'photo'],
    });
    // Photo Yes, Social Media N: social media refusal restricts name and photo.
    expect(p.classes[0]!.pupils[3]!.restrictions).toEqual(['name', 'photo']);
    expect(p.duplicates).toEqual([
      { line: 11, firstLine: 10, name: 'William Patel', className: '4A' },
    ]);
    expect(p.skipped).toEqual([{ line: 12, reason: 'no surname' }]);
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]!.line).toBe(13);
    expect(p.problems[0]!.message).toMatch(/"Maybe" in Photo Consent/);
    expect(p.restrictedCount).toBe(2);
    expect(p.consentColumns).toEqual(['Photo Consent', 'Social Media Consent']);
  });

  it('Arbor: CRLF, quoted fields with commas and doubled quotes, Granted/Refused/Withdrawn', () => {
    const p = preview(importFixture('arbor.csv'));
    expect(p.classes.map((c) => c.name)).toEqual(['5 Ash', '5 Beech']);
    const ash = p.classes[0]!.pupils;
    expect(ash.map((x) => [x.first, x.last, x.restrictions ?? []])).toEqual([
      ['Oliver', 'Young', []],
      ['Aisha', 'Rahman', ['photo']],
      ['Jayden "JJ"', 'Green', ['photo']],
    ]);
    expect(p.classes[1]!.pupils[0]!.last).toBe('van der Berg, Jr');
    expect(p.skipped).toEqual([]);
    expect(p.restrictedCount).toBe(2);
  });

  it('Bromcom: semicolon-delimited, tutor groups, True/False social media consent', () => {
    const p = preview(importFixture('bromcom.csv'));
    expect(p.classes).toHaveLength(1);
    expect(p.classes[0]!.name).toBe('6 Elm');
    expect(p.classes[0]!.pupils.map((x) => x.restrictions ?? [])).toEqual([
      [],
      ['name', 'photo'],
      [],
      [],
    ]);
    expect(p.classes[0]!.pupils[3]!.preferred).toBe('Teddy');
  });

  it.each(['scholarpack-utf16le.tsv', 'scholarpack-utf16be.tsv'])(
    'ScholarPack: %s, tab-separated, accents, Known As, year groups',
    (file) => {
      const result = importFixture(file);
      expect(names(result)).toEqual({
        Robins: ['Chloé Dubois', 'Émile Faure'],
        Wrens: ['Siân Lloyd'],
      });
      const p = preview(result);
      expect(p.classes[0]!.pupils[0]!.restrictions).toEqual(['photo']);
      expect(p.classes[0]!.pupils[1]!.preferred).toBe('Milo');
    },
  );

  it.each(['windows-1252.csv', 'utf8-bom.csv'])('%s keeps accented names intact', (file) => {
    expect(names(importFixture(file))).toEqual({
      '3B': ['Zoë Adeyemi', 'Chloé Dubois', 'Niamh Ó Súilleabháin'],
    });
  });

  it('a single Name column in "Last, First (Preferred)" and "First Last", classes by year', () => {
    const p = preview(importFixture('name-column.csv'));
    expect(p.classes.map((c) => c.name)).toEqual(['Reception', 'Year 1']);
    expect(p.classes[0]!.pupils[1]).toEqual({ first: 'Arjun', last: 'Shah', preferred: 'AJ' });
  });

  it('rows naming no class go into a class named after the file', () => {
    const text = 'Forename,Surname\nAmelia,Smith\n';
    expect(names(importClassListFile(new TextEncoder().encode(text), 'Year 4 Oak.csv'))).toEqual({
      'Year 4 Oak': ['Amelia Smith'],
    });
  });
});

describe('broken files', () => {
  it.each([
    ['broken-empty.csv', /empty/],
    ['broken-no-surname-column.csv', /Line 1: found no surname column/],
    [
      'broken-all-skipped.csv',
      /No pupils found: all 2 rows were skipped \(line 2: no first name\)/,
    ],
    ['broken-prose.txt', /no column headings/],
    ['broken-xlsx.xlsx', /Excel workbook/],
  ])('%s is refused with a reason', (file, message) => {
    const result = importFixture(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('an unclosed quote costs its own row only: the rows it would swallow are read, and it says which', () => {
    const p = preview(importFixture('broken-unclosed-quote.csv'));
    expect(names({ ok: true, preview: p })).toEqual({
      '4O': ['Amelia Smith'],
      '4A': ['Grace Bird'],
    });
    expect(p.skipped).toEqual([
      {
        line: 3,
        reason:
          'a quoted field never closes (a stray " mark?), which would have swallowed line 4; this row was skipped and the lines after it were read on their own',
      },
    ]);
  });

  it('several unclosed quotes each cost one row, with the lines each would have swallowed', () => {
    const text = [
      'Legal Forename,Legal Surname,Reg Group',
      'Amelia,Smith,4O',
      'Kacper,"Nowak,4O',
      'Grace,Bird,4A',
      'Will,Pa"tel",4A',
      'Summer,"O\'Neill,4A',
      'Aisha,Rahman,4A',
      'Jayden,Green,4A',
    ].join('\r\n');
    const p = preview(importClassListText(text, 'Class'));
    expect(p.classes.flatMap((c) => c.pupils.map((x) => x.first))).toEqual([
      'Amelia',
      'Grace',
      'Will',
      'Aisha',
      'Jayden',
    ]);
    expect(
      p.skipped.map((row) => [row.line, /swallowed (lines? [\d–]+)/.exec(row.reason)?.[1]]),
    ).toEqual([
      // Line 5's `tel",` happens to close line 3's quote, so that quote would swallow 4–5.
      [3, 'lines 4–5'],
      [6, 'lines 7–8'],
    ]);
  });

  it('a stray quote closed by another stray quote lines later is reported with both lines', () => {
    const text = [
      'Legal Forename,Legal Surname,Reg Group',
      'Kacper,"Nowak,4O',
      'Grace,Bird,4A',
      'Jo,Smith",4A',
      'Aisha,Rahman,4A',
    ].join('\n');
    const p = preview(importClassListText(text, 'Class'));
    expect(p.classes.flatMap((c) => c.pupils.map((x) => x.first))).toEqual(['Aisha']);
    expect(p.skipped).toEqual([
      {
        line: 2,
        endLine: 4,
        reason:
          'a quoted field runs over lines 2–4 (a stray " mark?), so the rows on those lines were not read',
      },
    ]);
  });

  it('a quoted address over two lines in a column not read is no problem', () => {
    const text = [
      'Legal Forename,Legal Surname,Address,Reg Group',
      'Amelia,Smith,"1 High Street',
      'Telford",4O',
      'Grace,Bird,"2 Low Road",4A',
    ].join('\n');
    const p = preview(importClassListText(text, 'Class'));
    expect(p.skipped).toEqual([]);
    expect(names({ ok: true, preview: p })).toEqual({
      '4O': ['Amelia Smith'],
      '4A': ['Grace Bird'],
    });
  });

  it('a row with an unquoted comma is skipped, not misread', () => {
    const p = preview(importFixture('broken-ragged.csv'));
    expect(p.skipped).toEqual([
      {
        line: 3,
        reason: 'has 4 fields but the headings have 3 (a comma inside a name without quotes?)',
      },
    ]);
    expect(p.classes.flatMap((c) => c.pupils.map((x) => x.first))).toEqual(['Amelia', 'Grace']);
  });

  it('unreadable consent values are reported with their line and column', () => {
    const p = preview(importFixture('broken-consent-values.csv'));
    expect(p.problems.map((x) => [x.line, x.message.slice(0, x.message.indexOf(' is'))])).toEqual([
      [3, '"Perhaps" in Photo Consent'],
      [4, '"maybe" in Consent - Photographs'],
      [5, '"??" in Image Consent'],
    ]);
    // Grace's Photo Consent "No" still counts although another column is unreadable.
    expect(p.classes[1]!.pupils[0]!.restrictions).toEqual(['photo']);
    expect(p.restrictedCount).toBe(1);
  });
});

describe('pasted lists', () => {
  it('"First Last" one a line, reporting blank-free skips and duplicates by line', () => {
    const text = new TextDecoder().decode(fixtureBytes('pasted-first-last.txt'));
    const p = preview(importPastedList(text, 'Year 4 Oak'));
    expect(p.classes[0]!.pupils.map((x) => `${x.first}|${x.last}`)).toEqual([
      'Amelia|Smith',
      'Kacper|Nowak',
      'Zoë|Adeyemi',
      'Harrison|Clarke-Jones',
      'Lucas|van der Berg',
    ]);
    expect(p.duplicates).toEqual([
      { line: 7, firstLine: 1, name: 'Amelia Smith', className: 'Year 4 Oak' },
    ]);
    expect(p.skipped).toEqual([{ line: 8, reason: '"Madonna" is not a first name and a surname' }]);
  });

  it('"Last, First" one a line', () => {
    const text = new TextDecoder().decode(fixtureBytes('pasted-last-first.txt'));
    expect(names(importPastedList(text, '4O'))).toEqual({
      '4O': ['Amelia Smith', 'Kacper Nowak', "Summer O'Neill"],
    });
  });

  it('needs a class name', () => {
    expect(importPastedList('Amelia Smith', '  ')).toEqual({
      ok: false,
      error: 'Give the class a name before importing a pasted list.',
    });
  });

  it('a file without headings is read as a pasted list', () => {
    expect(names(importClassListText('Amelia Smith\nGrace Bird\n', 'Year 3'))).toEqual({
      'Year 3': ['Amelia Smith', 'Grace Bird'],
    });
  });
});
