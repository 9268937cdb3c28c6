// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClassListPreview } from '../../lib/class-list';
import { ClassListImport } from './ClassListImport';
import { fixtureFile, settle } from './test-helpers';

afterEach(cleanup);

function setup(existingClassNames: string[] = []) {
  const onSave = vi.fn<(preview: ClassListPreview, label: string) => Promise<void>>(async () => {});
  render(<ClassListImport existingClassNames={existingClassNames} onSave={onSave} />);
  return { onSave, input: screen.getByLabelText('Import class list') as HTMLInputElement };
}

async function choose(input: HTMLInputElement, file: File) {
  fireEvent.change(input, { target: { files: [file] } });
  await settle();
}

describe('Import class list', () => {
  it.each([
    ['sims.csv', 'Preview of sims.csv: 7 pupils in 2 classes', '2 pupils restricted'],
    ['arbor.csv', 'Preview of arbor.csv: 5 pupils in 2 classes', '2 pupils restricted'],
    ['bromcom.csv', 'Preview of bromcom.csv: 4 pupils in 1 class', '1 pupil restricted'],
    [
      'scholarpack-utf16le.tsv',
      'Preview of scholarpack-utf16le.tsv: 3 pupils in 2 classes',
      '1 pupil restricted',
    ],
    ['windows-1252.csv', 'Preview of windows-1252.csv: 3 pupils in 1 class', '0 pupils restricted'],
  ])('%s: previews, then saves only when asked', async (file, heading, restricted) => {
    const { onSave, input } = setup();
    await choose(input, fixtureFile(file));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(heading);
    expect(screen.getByText(new RegExp(restricted))).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /^Save \d+ pupils$/ }));
    await settle();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![1]).toBe(file);
    expect(screen.getByRole('status').textContent).toMatch(/^Saved \d+ pupils from /);
  });

  it('says so when the browser cannot keep the class list (storage full), and claims no save', async () => {
    const { onSave, input } = setup();
    onSave.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await choose(input, fixtureFile('sims.csv'));
    fireEvent.click(screen.getByRole('button', { name: /^Save \d+ pupils$/ }));
    await settle();
    expect(screen.getByRole('alert').textContent).toMatch(
      /could not be saved .*quota.*Nothing was changed/,
    );
    expect(screen.queryByText(/^Saved \d+ pupils/)).toBeNull();
  });

  it('lists skipped rows, duplicates and unreadable values by line', async () => {
    const { input } = setup(['4a']);
    await choose(input, fixtureFile('sims.csv'));
    expect(screen.getByText('Line 12: no surname')).toBeTruthy();
    expect(screen.getByText('Line 11: William Patel in 4A repeats line 10')).toBeTruthy();
    expect(screen.getByText(/Line 13: "Maybe" in Photo Consent/)).toBeTruthy();
    expect(
      screen.getByRole('rowheader', { name: '4A (replaces the class of this name)' }),
    ).toBeTruthy();
  });

  it.each([
    ['broken-no-surname-column.csv', /found no surname column/],
    ['broken-empty.csv', /empty/],
    ['broken-all-skipped.csv', /No pupils found/],
    ['broken-xlsx.xlsx', /Excel workbook/],
    ['broken-prose.txt', /no column headings/],
  ])('%s: announces the error and saves nothing', async (file, message) => {
    const { onSave, input } = setup();
    await choose(input, fixtureFile(file));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toMatch(/Nothing was saved/);
    expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('a broken file after a good one withdraws the earlier preview', async () => {
    const { input } = setup();
    await choose(input, fixtureFile('sims.csv'));
    await choose(input, fixtureFile('broken-empty.csv'));
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
  });

  it('Cancel drops the preview without saving', async () => {
    const { onSave, input } = setup();
    await choose(input, fixtureFile('bromcom.csv'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('a pasted list is previewed under the class name given', async () => {
    const { onSave } = setup();
    fireEvent.input(screen.getByLabelText(/Names, one a line/), {
      target: { value: 'Smith, Amelia\nKacper Nowak\nMadonna' },
    });
    fireEvent.input(screen.getByLabelText('Class name'), { target: { value: 'Year 4 Oak' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview pasted list' }));
    await settle();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      'Preview of the pasted list: 2 pupils in 1 class',
    );
    expect(screen.getByText('Line 3: "Madonna" is not a first name and a surname')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save 2 pupils' }));
    await settle();
    expect(onSave.mock.calls[0]![0].classes[0]!.name).toBe('Year 4 Oak');
  });

  it('keyboard: after choosing a file, focus moves to the Save button', async () => {
    const { input } = setup();
    input.focus();
    await choose(input, fixtureFile('arbor.csv'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Save 5 pupils'));
  });
});
