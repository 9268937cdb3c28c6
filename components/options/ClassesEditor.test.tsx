// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SchoolClass } from '../../lib/settings/types';
import { ClassesEditor } from './ClassesEditor';
import { settle } from './test-helpers';

afterEach(cleanup);

const classes: SchoolClass[] = [
  {
    name: 'Year 4 Oak',
    pupils: [
      { first: 'Amelia', last: 'Smith' },
      { first: 'Kacper', last: 'Nowak', restrictions: ['name'] },
    ],
  },
  { name: 'Year 5 Ash', pupils: [{ first: 'Oliver', last: 'Young' }] },
];

function setup(props: { managed?: boolean; undoLabel?: string | null } = {}) {
  const onChange = vi.fn(async (_classes: SchoolClass[], _undo?: string) => {});
  const onUndo = vi.fn(async () => {});
  render(
    <ClassesEditor
      classes={classes}
      undoLabel={props.undoLabel ?? null}
      managed={props.managed ?? false}
      onChange={onChange}
      onUndo={onUndo}
    />,
  );
  return { onChange, onUndo };
}

describe('ClassesEditor', () => {
  it('renames a class from the keyboard: the form submits on Enter', async () => {
    const { onChange } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Rename Year 5 Ash' }));
    const field = screen.getByLabelText('New name for Year 5 Ash');
    expect(document.activeElement).toBe(field);
    fireEvent.input(field, { target: { value: 'Year 5 Ash Tree' } });
    fireEvent.submit(field.closest('form')!);
    await settle();
    expect(onChange.mock.calls[0]![0].map((c) => c.name)).toEqual([
      'Year 4 Oak',
      'Year 5 Ash Tree',
    ]);
  });

  it('announces a clashing name and saves nothing', () => {
    const { onChange } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Rename Year 5 Ash' }));
    const field = screen.getByLabelText('New name for Year 5 Ash');
    fireEvent.input(field, { target: { value: 'year 4 oak' } });
    fireEvent.submit(field.closest('form')!);
    expect(screen.getByRole('alert').textContent).toBe(
      'There is already a class called year 4 oak.',
    );
    expect(onChange).not.toHaveBeenCalled();
  });

  it('deletes a class only after confirming, with focus on the confirmation', () => {
    const { onChange } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Year 4 Oak' }));
    expect(onChange).not.toHaveBeenCalled();
    const confirm = screen.getByRole('button', { name: 'Yes, delete Year 4 Oak' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);
    expect(onChange.mock.calls[0]![0].map((c) => c.name)).toEqual(['Year 5 Ash']);
  });

  it('marks and clears restrictions per pupil', () => {
    const { onChange } = setup();
    const noPhotos = screen.getByRole('checkbox', {
      name: 'No photos: Amelia Smith',
    }) as HTMLInputElement;
    expect(noPhotos.checked).toBe(false);
    fireEvent.click(noPhotos);
    expect(onChange.mock.calls[0]![0][0]!.pupils[0]!.restrictions).toEqual(['photo']);
    const doNotName = screen.getByRole('checkbox', {
      name: 'Do not name: Kacper Nowak',
    }) as HTMLInputElement;
    expect(doNotName.checked).toBe(true);
    fireEvent.click(doNotName);
    expect(onChange.mock.calls[1]![0][0]!.pupils[1]!.restrictions).toBeUndefined();
    expect(screen.getByText(/2 pupils, 1 restricted/)).toBeTruthy();
  });

  it('offers to undo the last import', () => {
    const { onUndo } = setup({ undoLabel: 'sims.csv' });
    fireEvent.click(screen.getByRole('button', { name: 'Undo the import of sims.csv' }));
    expect(onUndo).toHaveBeenCalled();
  });

  it('managed class lists are read-only and say who set them', () => {
    setup({ managed: true, undoLabel: 'sims.csv' });
    expect(screen.getByText(/Set by your school/)).toBeTruthy();
    expect(screen.queryByLabelText('Import class list')).toBeNull();
    expect(screen.queryByRole('button', { name: /Rename|Delete|Undo/ })).toBeNull();
    expect(
      (screen.getByRole('checkbox', { name: 'No photos: Amelia Smith' }) as HTMLInputElement)
        .disabled,
    ).toBe(true);
  });
});
