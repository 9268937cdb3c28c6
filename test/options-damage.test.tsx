// @vitest-environment happy-dom
// The options page with damaged storage and files too large to keep: it always renders, says
// what is damaged, offers repair, and refuses an import storage cannot hold before anything
// is replaced.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Root } from '../entrypoints/options/Root';
import sample from '../lib/sample/sample-settings.json';
import { textFile } from '../components/options/test-helpers';
import type { SchoolSettings } from '../lib/settings/types';
import { settingsItem } from '../platform/storage';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function page() {
  render(<Root search="" />);
  await screen.findByRole('heading', { name: /settings/, level: 1 });
}

describe('damaged keys in storage', () => {
  it.each([
    ['a site list that is text', { sites: 'facebook' }],
    ['a site list of the wrong shape', { sites: { builtIn: null, extra: 'x' } }],
    [
      'a site list with a pattern no one could add',
      { sites: { builtIn: {}, extra: [{ pattern: '<all_urls>', label: 'all' }] } },
    ],
    ['an undo copy of the wrong shape', { classListUndo: { classes: 'none', label: 3 } }],
    ['a reminder record of the wrong shape', { reminderShown: ['facebook.com'] }],
  ])('renders the whole page with %s, says what is damaged, and repairs it', async (_, stored) => {
    await fakeBrowser.storage.local.set({ settings: sample, ...stored });
    await page();
    // Every part of the page is there: importing, exporting and deleting still work.
    expect(screen.getByLabelText('Import settings')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export settings' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete all school data' })).toBeTruthy();
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThan(5);
    const heading = await screen.findByRole('heading', {
      name: 'Some saved data could not be read',
    });
    const section = heading.closest('section')!;
    const key = Object.keys(stored)[0]!;
    fireEvent.click(section.querySelector('button')!);
    await waitFor(() =>
      expect(
        screen.queryByRole('heading', { name: 'Some saved data could not be read' }),
      ).toBeNull(),
    );
    expect((await fakeBrowser.storage.local.get(key))[key]).toBeUndefined();
    // The settings themselves were left alone.
    expect((await settingsItem.getValue())?.school.name).toBe(sample.school.name);
  });
});

/** A valid settings file of about `megabytes` MB: the sample with a very long alias list. */
function bigSettings(megabytes: number): string {
  const alias = 'An alias that is long enough to fill the file quickly, again and again';
  const count = Math.ceil((megabytes * 1024 * 1024) / (alias.length + 3));
  return JSON.stringify({
    ...sample,
    school: {
      ...sample.school,
      aliases: Array.from({ length: count }, (_, i) => `${alias} ${i}`),
    },
  });
}

async function importFile(text: string) {
  fireEvent.change(screen.getByLabelText('Import settings'), {
    target: { files: [textFile('school-settings.json', text)] },
  });
}

describe('importing a settings file too large to keep', () => {
  it('refuses a file larger than storage can hold, with a message, and keeps the settings', async () => {
    await settingsItem.setValue(sample as never);
    await page();
    await importFile(bigSettings(11));
    const alert = await screen.findByText(/too large/i);
    expect(alert.textContent).toMatch(/Nothing was imported/);
    expect((await settingsItem.getValue())?.school.aliases).toEqual(sample.school.aliases);
  });

  it('refuses a file that fits on its own but not beside the copy kept for Undo', async () => {
    // 6 MB of settings here already: replacing them keeps them for Undo, and a 5 MB file does
    // not fit beside that copy.
    const current = JSON.parse(bigSettings(6)) as SchoolSettings;
    await settingsItem.setValue(current);
    await page();
    await importFile(bigSettings(5));
    // Settings are here, so the page shows what would change and asks first.
    fireEvent.click(await screen.findByRole('button', { name: 'Replace settings' }));
    const alert = await screen.findByText(/too large/i);
    expect(alert.textContent).toMatch(/Nothing was imported/);
    expect((await settingsItem.getValue())?.school.aliases).toEqual(current.school.aliases);
    expect(await fakeBrowser.storage.local.get('settingsUndo')).toEqual({});
  });

  it('still imports a file of ordinary size', async () => {
    await page();
    await importFile(bigSettings(1));
    await screen.findByText(/Imported school-settings.json/);
    expect((await settingsItem.getValue())?.school.aliases.length).toBeGreaterThan(1000);
  });
});
