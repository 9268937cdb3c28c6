import { describe, expect, it } from 'vitest';
import type { SchoolClass } from '../settings/types';
import { applyImport, deleteClass, renameClass, setRestriction } from './edit';

const oak: SchoolClass = {
  name: 'Year 4 Oak',
  pupils: [
    { first: 'Amelia', last: 'Smith' },
    { first: 'Kacper', last: 'Nowak', restrictions: ['name'] },
  ],
};
const ash: SchoolClass = { name: 'Year 5 Ash', pupils: [{ first: 'Oliver', last: 'Young' }] };

describe('applyImport', () => {
  it('replaces a class of the same name, keeps the others and adds new ones', () => {
    const incoming: SchoolClass[] = [
      { name: 'year 4 oak', pupils: [{ first: 'Grace', last: 'Bird' }] },
      { name: 'Year 6 Elm', pupils: [{ first: 'Freya', last: 'Holt' }] },
    ];
    expect(applyImport([oak, ash], incoming).map((c) => c.name)).toEqual([
      'Year 5 Ash',
      'year 4 oak',
      'Year 6 Elm',
    ]);
  });

  it('keeps a restriction set by hand when the new export has none for that pupil', () => {
    const incoming: SchoolClass[] = [
      {
        name: 'Year 4 Oak',
        pupils: [
          { first: 'Kacper', last: 'NOWAK', restrictions: ['photo'] },
          { first: 'Amelia', last: 'Smith' },
        ],
      },
    ];
    const [merged] = applyImport([oak], incoming);
    expect(merged!.pupils).toEqual([
      { first: 'Kacper', last: 'NOWAK', restrictions: ['name', 'photo'] },
      { first: 'Amelia', last: 'Smith' },
    ]);
  });
});

describe('renameClass', () => {
  it('renames', () => {
    const result = renameClass([oak, ash], 1, '  Year 5 Ash Tree ');
    expect(result.ok && result.classes[1]!.name).toBe('Year 5 Ash Tree');
  });
  it.each([
    ['', 'A class needs a name.'],
    ['YEAR 4 OAK', 'There is already a class called YEAR 4 OAK.'],
  ])('refuses %j', (name, error) => {
    expect(renameClass([oak, ash], 1, name)).toEqual({ ok: false, error });
  });
  it('allows changing only the case of its own name', () => {
    expect(renameClass([oak, ash], 0, 'YEAR 4 OAK').ok).toBe(true);
  });
});

describe('deleteClass and setRestriction', () => {
  it('deletes one class', () => {
    expect(deleteClass([oak, ash], 0)).toEqual([ash]);
  });
  it('marks and clears restrictions without touching other pupils', () => {
    const marked = setRestriction([oak, ash], 0, 0, 'photo', true);
    expect(marked[0]!.pupils[0]).toEqual({
      first: 'Amelia',
      last: 'Smith',
      restrictions: ['photo'],
    });
    expect(marked[1]).toBe(ash);
    const cleared = setRestriction(marked, 0, 1, 'name', false);
    expect(cleared[0]!.pupils[1]).toEqual({ first: 'Kacper', last: 'Nowak' });
    const twice = setRestriction(setRestriction(marked, 0, 0, 'photo', true), 0, 0, 'name', true);
    expect(twice[0]!.pupils[0]!.restrictions).toEqual(['name', 'photo']);
  });
});
