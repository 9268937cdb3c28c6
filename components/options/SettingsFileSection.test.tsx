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

function setup(current: SchoolSettings | null = null) {
  const onImport = vi.fn<(settings: SchoolSettings) => Promise<void>>(async () => {});
  render(<SettingsFileSection settings={current} onImport={onImport} />);
  return { onImport, input: screen.getByLabelText('Import settings') };
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
  it('imports a valid file', async () => {
    const { onImport, input } = setup();
    fireEvent.change(input, {
      target: { files: [textFile('school-settings.json', JSON.stringify(sample))] },
    });
    await settle();
    expect(onImport).toHaveBeenCalledWith(
      expect.objectContaining({ school: expect.objectContaining({ name: settings.school.name }) }),
    );
    expect(screen.getByRole('status').textContent).toMatch(/Imported school-settings.json/);
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
