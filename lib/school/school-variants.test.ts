import { describe, expect, it } from 'vitest';
import { hollybrook, stMarys } from '../../test/fixtures/contact-schools';
import { schoolAcronyms, schoolPhrases, schoolWordsOf } from './school-variants';
import { SCHOOL_WORD_DATA } from './school-words';

const SHIPPED = schoolWordsOf(SCHOOL_WORD_DATA);

const phrasesOf = (kind: string, settings = hollybrook) =>
  schoolPhrases(settings.school, SHIPPED)
    .filter((p) => p.kind === kind)
    .map((p) => p.tokens.join(' '));

describe('schoolPhrases', () => {
  it('derives the forms people write from the full name', () => {
    expect(phrasesOf('name')).toEqual(
      expect.arrayContaining([
        'hollybrook primary school and nursery',
        'hollybrook primary school',
        'hollybrook primary',
        'hollybrook school',
        'hollybrook nursery',
      ]),
    );
    expect(phrasesOf('short-name')).toEqual(['hollybrook']);
  });

  it('drops "C of E" and keeps a saint\'s short name', () => {
    expect(phrasesOf('name', stMarys)).toEqual(
      expect.arrayContaining([
        'st marys c of e primary',
        'st marys primary academy',
        'st marys academy',
      ]),
    );
    expect(phrasesOf('short-name', stMarys)).toEqual(['st marys']);
  });

  it('names the council with and without "Council", but a one-word council only with it', () => {
    expect(phrasesOf('authority')).toEqual(
      expect.arrayContaining([
        'bath and north east somerset council',
        'bath and north east somerset',
      ]),
    );
    expect(phrasesOf('authority', stMarys)).toEqual([
      'dudley metropolitan borough council',
      'dudley council',
    ]);
  });

  it('takes street lines as written, a numbered one only with its number, not the town', () => {
    const streets = phrasesOf('address');
    expect(streets).toEqual(expect.arrayContaining(['quarry walk', '7 tannery row']));
    expect(streets).not.toContain('tannery row');
    expect(streets).not.toContain('bath');
  });
});

describe('council names', () => {
  it('strips "London Borough of", keeps "Council" and knows the initials ("LB Camden")', () => {
    const camden = { ...hollybrook.school, localAuthority: 'London Borough of Camden' };
    const phrases = schoolPhrases(camden, SHIPPED)
      .filter((p) => p.kind === 'authority')
      .map((p) => p.tokens.join(' '));
    expect(phrases).toEqual(['london borough of camden', 'camden council', 'lb camden']);
  });
  it("adds a Welsh council's Welsh name ('Cyngor Sir Penfro' is Pembrokeshire County Council)", () => {
    const penfro = { ...hollybrook.school, localAuthority: 'Pembrokeshire County Council' };
    const phrases = schoolPhrases(penfro, SHIPPED)
      .filter((p) => p.kind === 'authority')
      .map((p) => p.tokens.join(' '));
    expect(phrases).toEqual([
      'pembrokeshire county council',
      'pembrokeshire council',
      'cyngor sir penfro',
    ]);
  });
});

describe('aliases with no institution word', () => {
  it('are short names, matched only when written as a name', () => {
    const school = { ...stMarys.school, aliases: ["St Mary's"] };
    expect(
      schoolPhrases(school, SHIPPED).find((p) => p.tokens.join(' ') === 'st marys')?.kind,
    ).toBe('short-name');
  });
});

describe('schoolAcronyms', () => {
  it('keeps given acronyms and derives initials of a long name ending in School', () => {
    // "HPS" (three letters) is too likely to mean something else to derive
    expect(schoolAcronyms(hollybrook.school)).toEqual(['HPSN']);
    const longName = { ...hollybrook.school, name: 'Lower Ashby Primary School', aliases: [] };
    expect(schoolAcronyms(longName)).toEqual(['LAPS']);
    expect(schoolAcronyms(stMarys.school)).toEqual(['SMPA']);
  });
});
