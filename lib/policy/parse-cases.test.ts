// One fixture per way a real pasted policy broke the parser (issue 14), each written afresh
// for this test: test/fixtures/policies/cases/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPolicy } from './parse';

const read = (name: string) =>
  readPolicy(
    readFileSync(new URL(`../../test/fixtures/policies/cases/${name}`, import.meta.url), 'utf8'),
  );
const clauses = (name: string) => read(name).pack.clauses.map((c) => [c.id, c.section, c.text]);
const ids = (name: string) => read(name).pack.clauses.map((c) => c.id);

describe('clause numbers apart from their text', () => {
  it('joins a number alone on its line to the text below it, across a blank line', () => {
    expect(clauses('number-own-line.txt')).toEqual([
      ['1.1', 'General', 'Staff set an example to children both in school and online.'],
      [
        '1.2',
        'General',
        'Anything posted online may be copied and shared far beyond the people it was meant for.',
      ],
      [
        '2.1',
        'Personal profiles',
        'Profiles should be set so that only approved friends can see them.',
      ],
    ]);
  });

  it('splits a number glued to its text ("1.1Social"), quotes included', () => {
    expect(clauses('number-glued.txt')).toEqual([
      ['1.1', 'Principles', 'Social media is a public space, even when an account is private.'],
      [
        '1.2',
        'Principles',
        'Staff should think about how a post would look to a parent reading it.',
      ],
      ['1.3', 'Principles', '"Private" groups are not private: screenshots travel.'],
      ['2.1', 'Contact', 'Staff must not message pupils from a personal account.'],
    ]);
  });

  it('leaves "3D" and "2nd" alone, and drops a bare page number with no heading after it', () => {
    const pack = readPolicy(
      '1.1 Staff may use\n3D printers on the\n\n7\n\n2nd floor.\n1.2 Next.',
    ).pack;
    expect(pack.clauses.map((c) => [c.id, c.text])).toEqual([
      ['1.1', 'Staff may use 3D printers on the 2nd floor.'],
      ['1.2', 'Next.'],
    ]);
  });
});

describe('running headers and footers', () => {
  it('drops a footer that carries its page number, even on only two pages', () => {
    const reading = read('running-headers-page-numbers.txt');
    expect(reading.pack.clauses[0]!.text).toBe(
      'This policy covers all staff, governors and regular volunteers at the academy, and anyone else working on site.',
    );
    expect(reading.pack.clauses.map((c) => c.text).join(' ')).not.toMatch(/Page \d/);
    expect(reading.furniture).toHaveLength(2);
    expect(reading.pack.title).toBe('Oakfield Academy Social Media Policy');
  });

  it('drops a header and footer that appear on only two pages, beside the page break', () => {
    const reading = read('running-headers-two-pages.txt');
    expect(reading.pack.clauses.map((c) => c.text)).toEqual([
      'This code explains what staff may and may not post about their work.',
      'It should be read with the safeguarding policy, which takes priority where the two disagree.',
      'Staff must not post about incidents that happened at school.',
    ]);
    expect(reading.furniture).toEqual([
      'Pinecroft School – Code of Conduct Online',
      'Uncontrolled if printed',
    ]);
  });

  it('keeps a line that repeats twice in the body, away from any page break', () => {
    const text = [
      'Policy',
      '',
      '1 PURPOSE',
      '1.1 First clause about staff.',
      'Ask the headteacher',
      '1.2 Second clause about governors.',
      '1.3 Third clause about volunteers.',
      'Ask the headteacher',
      '1.4 Fourth clause about visitors.',
      '1.5 Fifth clause about contractors.',
      '1.6 Sixth clause about trainees.',
    ].join('\n');
    const reading = readPolicy(text);
    expect(reading.furniture).toEqual([]);
    expect(reading.pack.clauses[0]!.text).toBe('First clause about staff. Ask the headteacher');
  });
});

describe('contents tables', () => {
  it('leaves out a contents table without page numbers, and takes the body from its second "1."', () => {
    expect(clauses('contents-no-pages.txt')).toEqual([
      [
        '1.1',
        'Introduction',
        'This policy helps staff use social media without putting children or themselves at risk.',
      ],
      [
        '2.1',
        'Using social media at home',
        'Staff must not post photographs taken in school on their own accounts.',
      ],
      [
        '3.1',
        'Using social media for school',
        "The school's accounts are run by the office manager.",
      ],
    ]);
    expect(read('contents-no-pages.txt').contentsLines).toBe(4);
  });
});

describe('headings and clauses that look alike', () => {
  it('reads a wrapped top-level paragraph as one clause, even when the wrap starts with a capital', () => {
    expect(clauses('wrapped-top-level.txt')).toEqual([
      [
        '1',
        '',
        'This guidance applies to every adult who works at or volunteers for Willow Bank School, whether paid or unpaid.',
      ],
      [
        '2',
        '',
        'Staff who are worried about something they have seen online should speak to the designated safeguarding lead the same day.',
      ],
      ['3', '', 'Nothing here replaces the Staff Code of Conduct.'],
    ]);
  });

  it('reads short clauses without a full stop as clauses, not headings', () => {
    expect(clauses('short-clause-no-stop.txt')).toEqual([
      ['1', '', 'Keep your accounts private'],
      ['2', '', 'Never post pictures of the children'],
      ['3', '', 'Do not accept parents as friends'],
      ['4', '', 'Ask the manager if you are unsure'],
    ]);
  });

  it('reads a heading that ends in a question mark as a heading', () => {
    expect(clauses('heading-question.txt')).toEqual([
      [
        '1.1',
        'Why do we need this policy?',
        'Social media makes it easy to share something in a moment that cannot be taken back.',
      ],
      [
        '2.1',
        'Who does it apply to?',
        'It applies to teaching and support staff, governors and volunteers.',
      ],
    ]);
  });

  it('keeps a capitalised "1." list inside its clause instead of reading headings', () => {
    expect(clauses('capitalised-list.txt')).toEqual([
      ['1.1', 'Scope', 'This policy applies to all staff.'],
      [
        '2.1',
        'Personal accounts',
        "Staff must never post any of the following:\n1. A pupil's name or photograph\n2. The name of the school alongside a complaint\n3. Details of a safeguarding matter",
      ],
      ['2.2', 'Personal accounts', 'Staff should use the strongest privacy settings available.'],
      ['3.1', 'Monitoring', 'The academy may monitor its own network.'],
    ]);
  });
});

describe('appendices', () => {
  it('gives an appendix that restarts at 1.1 ids of its own, dropping and overwriting nothing', () => {
    const reading = read('appendix-restart.txt');
    expect(reading.pack.clauses.map((c) => [c.id, c.section])).toEqual([
      ['1.1', 'Purpose'],
      ['1.2', 'Purpose'],
      ['2.1', 'Personal use'],
      ['App1.1.1', 'Appendix 1: School Accounts'],
      ['App1.1.2', 'Appendix 1: School Accounts'],
      ['App2.1.1', 'Appendix 2: Parental Consent'],
    ]);
    expect(reading.pack.clauses[0]!.text).toBe('This policy sets out how staff use social media.');
    expect(reading.renamed).toEqual([]);
  });

  it('reads "A1" appendix numbering: A1 and A2 as headings, A1.1 and A2.1 as clauses', () => {
    expect(clauses('appendix-a1.txt')).toEqual([
      ['1.1', 'General', 'All staff must follow this policy.'],
      ['A1.1', 'Setting up', "An official account needs the headteacher's written approval."],
      ['A1.2', 'Setting up', 'Two members of staff hold the login details.'],
      [
        'A2.1',
        'Day-to-day running',
        'Posts are checked by a second member of staff before they go live.',
      ],
    ]);
  });

  it('keeps both clauses when a number is used twice outside an appendix, and says so', () => {
    const reading = readPolicy(
      '1.1 Staff must be kind.\n1.2 Staff must be fair.\n1.2 Staff must be honest.',
    );
    expect(ids('appendix-restart.txt')).toHaveLength(6);
    expect(reading.pack.clauses.map((c) => c.id)).toEqual(['1.1', '1.2', '1.2(2)']);
    expect(reading.renamed).toEqual([{ id: '1.2', as: '1.2(2)' }]);
  });
});

describe('nested lists', () => {
  it('keeps "a." and "i." items on lines of their own', () => {
    expect(read('nested-lists.txt').pack.clauses[0]!.text).toBe(
      [
        'Before posting, staff should check that the post does not:',
        'a. identify a pupil, for example by',
        'i. a name or nickname,',
        'ii. a uniform badge, or',
        'iii. a house or street;',
        'b. reveal anything said in confidence.',
      ].join('\n'),
    );
  });
});
