// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import { SettingsFileSection } from './SettingsFileSection';
import { readSettingsFile, settingsFileText } from './settings-file';
import { settle, textFile } from './test-helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const settings = sample as unknown as SchoolSettings;

function setup(current: SchoolSettings | null = null, undoLabel: string | null = null) {
  const onImport = vi.fn<(settings: SchoolSettings, label: string) => Promise<string | null>>(
    async () => null,
  );
  const onUndo = vi.fn(async () => {});
  render(
    <SettingsFileSection
      current={current}
      exportable={current}
      undoLabel={undoLabel}
      onImport={onImport}
      onUndo={onUndo}
    />,
  );
  return { onImport, onUndo, input: screen.getByLabelText('Import settings') };
}

/** The sample school a year on: a class renamed, two pupils gone, no timetable. */
function nextYear(): SchoolSettings {
  const next = structuredClone(settings);
  next.classes[0]!.name = 'Year 5 Oak';
  next.classes[0]!.pupils = next.classes[0]!.pupils.slice(2);
  delete next.workingHours;
  return next;
}

describe('readSettingsFile', () => {
  it('reports a JSON syntax error with its line and column', () => {
    const result = readSettingsFile('{\n  "format": "school-settings",\n  "school": {,\n}');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]!.message).toMatch(/^not valid JSON at line 3, column 14/);
  });
  it('export then import keeps every pupil restriction', () => {
    const exported = settingsFileText(settings);
    const result = readSettingsFile(exported);
    expect(result.ok && result.settings.classes[0]!.pupils[1]).toEqual({
      first: 'Kacper',
      last: 'Nowak',
      restrictions: ['name', 'photo'],
    });
  });

  it('accepts the sample settings and a leading byte-order mark', () => {
    expect(readSettingsFile(`\ufeff${JSON.stringify(sample)}`).ok).toBe(true);
  });
});

describe('Import settings', () => {
  it('into a browser with no settings yet, imports a valid file at once', async () => {
    const { onImport, input } = setup();
    fireEvent.change(input, {
      target: { files: [textFile('school-settings.json', JSON.stringify(sample))] },
    });
    await settle();
    expect(onImport).toHaveBeenCalledWith(
      expect.objectContaining({ school: expect.objectContaining({ name: settings.school.name }) }),
      'school-settings.json',
    );
    expect(screen.getByRole('status').textContent).toMatch(/Imported school-settings.json/);
  });

  it('over settings already here, shows what would change and replaces nothing until asked', async () => {
    const { onImport, input } = setup(settings);
    fireEvent.change(input, {
      target: { files: [textFile('next-year.json', JSON.stringify(nextYear()))] },
    });
    await settle();
    expect(onImport).not.toHaveBeenCalled();
    const preview = screen.getByRole('group', {
      name: 'Replace the settings in this browser with next-year.json?',
    });
    const rows = [...preview.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['School', settings.school.name, 'unchanged'],
      ['Classes', '1 class', '1 class (adds Year 5 Oak; removes Year 4 Oak)'],
      ['Pupils', '10 (1 restricted)', '8 (0 restricted) (removes 2 pupils)'],
      ['Staff', '2', 'unchanged'],
      ['Working hours', 'Mon–Fri 08:30–16:00, 2 breaks', 'none (no clause 6.13 reminders)'],
      ['Policy', 'the built-in policy', 'unchanged'],
      ['Checks', 'every check on', 'unchanged'],
    ]);
    // Focus lands on the decision.
    expect(document.activeElement?.textContent).toBe('Replace settings');
    fireEvent.click(screen.getByRole('button', { name: 'Replace settings' }));
    await settle();
    expect(onImport).toHaveBeenCalledWith(nextYear(), 'next-year.json');
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('Cancel keeps the settings as they were', async () => {
    const { onImport, input } = setup(settings);
    fireEvent.change(input, {
      target: { files: [textFile('next-year.json', JSON.stringify(nextYear()))] },
    });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await settle();
    expect(onImport).not.toHaveBeenCalled();
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/Nothing was imported/);
  });

  it('offers to undo the last import', async () => {
    const { onUndo } = setup(settings, 'next-year.json');
    fireEvent.click(screen.getByRole('button', { name: 'Undo the import of next-year.json' }));
    await settle();
    expect(onUndo).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toMatch(/before next-year.json are back/);
  });

  it.each([
    ['{ "school": ', /not valid JSON/],
    [JSON.stringify({ school: {} }), /school\.name/],
  ])('announces every problem and imports nothing: %s', async (text, problem) => {
    const { onImport, input } = setup(settings);
    fireEvent.change(input, { target: { files: [textFile('bad.json', text)] } });
    await settle();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Nothing was imported/);
    expect(alert.textContent).toMatch(problem);
    expect(onImport).not.toHaveBeenCalled();
  });
});

describe('Export settings', () => {
  it('downloads school-settings.json through an object URL, without the network', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    setup(settings);
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    expect(clicked[0]!.download).toBe('school-settings.json');
    expect(clicked[0]!.href).toBe('blob:test');
    expect(JSON.parse(await blobs[0]!.text())).toEqual(settings);
  });

  it('is disabled when there is nothing to export', () => {
    setup(null);
    expect(
      (screen.getByRole('button', { name: 'Export settings' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
