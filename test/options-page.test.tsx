// @vitest-environment happy-dom
// The options page wired to real (fake) extension storage: each flow end to end.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from '#imports';
import { Root } from '../entrypoints/options/Root';
import { fixtureFile, settle } from '../components/options/test-helpers';
import { settingsItem, siteListItem } from '../platform/storage';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function page(search = '') {
  render(<Root search={search} />);
  await screen.findByRole('heading', { name: /settings/, level: 1 });
}

async function saveSchoolName(name: string) {
  fireEvent.input(screen.getByLabelText('School name'), { target: { value: name } });
  fireEvent.submit(screen.getByRole('button', { name: 'Save school profile' }).closest('form')!);
  // Staff and working hours appear once there are settings to add them to.
  await screen.findByRole('heading', { name: 'Staff' });
}

async function importClassList(file: string) {
  fireEvent.change(screen.getByLabelText('Import class list'), {
    target: { files: [fixtureFile(file)] },
  });
  fireEvent.click(await screen.findByRole('button', { name: /^Save \d+ pupils$/ }));
  await settle();
}

describe('options page with storage', () => {
  it('from nothing: school name, class-list import, undo', async () => {
    await page();
    await saveSchoolName('Old Park Primary');
    await importClassList('sims.csv');
    const saved = await settingsItem.getValue();
    expect(saved?.school.name).toBe('Old Park Primary');
    expect(saved?.classes.map((c) => c.pupils.length)).toEqual([4, 3]);
    await waitFor(() =>
      expect(screen.getByText(/holds the names of 7 pupils in 2 classes/)).toBeTruthy(),
    );

    await importClassList('bromcom.csv');
    expect((await settingsItem.getValue())?.classes).toHaveLength(3);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo the import of bromcom.csv' }));
    await waitFor(async () => expect((await settingsItem.getValue())?.classes).toHaveLength(2));
  });

  it('imports a policy with a preview, stores it with its mapping, lets it be corrected and undone', async () => {
    await page();
    await saveSchoolName('Hillside Park Academy');
    const text = readFileSync(join(process.cwd(), 'test/fixtures/policies/trust-hillside.txt'));
    fireEvent.change(screen.getByLabelText('Import policy'), {
      target: { files: [new File([text], 'trust-policy.txt')] },
    });
    const use = await screen.findByRole('button', { name: 'Use this policy (27 clauses)' });
    expect(await settingsItem.getValue()).not.toHaveProperty('policy');
    fireEvent.click(use);
    await waitFor(async () =>
      expect((await settingsItem.getValue())?.policy?.clauses).toHaveLength(27),
    );
    const stored = (await settingsItem.getValue())!.policy!;
    expect(stored.kindClauses?.['phone-number']).toEqual(['4.7']);
    expect(stored.reminderClauses?.['working-hours']).toEqual(['4.9']);

    const field = (await screen.findByLabelText('Staff name: clauses')) as HTMLInputElement;
    await waitFor(() => expect(field.value).toBe('4.12'));
    fireEvent.input(field, { target: { value: '4.12, 4.6' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save these clauses' }));
    await waitFor(async () =>
      expect((await settingsItem.getValue())?.policy?.kindClauses?.['staff-name']).toEqual([
        '4.12',
        '4.6',
      ]),
    );

    fireEvent.click(
      await screen.findByRole('button', { name: 'Undo the policy import of trust-policy.txt' }),
    );
    await waitFor(async () => expect(await settingsItem.getValue()).not.toHaveProperty('policy'));
    expect((await settingsItem.getValue())?.school.name).toBe('Hillside Park Academy');
  });

  it('a class list can come first: the school name is asked for beside its preview', async () => {
    await page('?welcome');
    fireEvent.change(screen.getByLabelText('Import class list'), {
      target: { files: [fixtureFile('sims.csv')] },
    });
    const save = (await screen.findByRole('button', {
      name: 'Save 7 pupils',
    })) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText(/Your school's name/), {
      target: { value: 'Old Park Primary' },
    });
    fireEvent.click(save);
    await waitFor(async () =>
      expect((await settingsItem.getValue())?.school.name).toBe('Old Park Primary'),
    );
    expect((await settingsItem.getValue())?.classes).toHaveLength(2);
    // Right there: what was loaded, a box to try a post in and what to do next.
    const ready = await screen.findByRole('region', { name: 'Saved the class list from sims.csv' });
    expect(ready.textContent).toMatch(/Old Park Primary: 7 pupils in 2 classes/);
    expect((screen.getByLabelText('Try a post') as HTMLTextAreaElement).value).toMatch(
      /^Well done Millie in 4O today!/,
    );
  });

  it('a restriction marked on the page is stored', async () => {
    await page('?welcome');
    fireEvent.click(screen.getByRole('button', { name: 'Try it with the sample school' }));
    const box = (await screen.findByRole('checkbox', {
      name: 'No photos: Amelia Smith',
    })) as HTMLInputElement;
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Welcome to Before You Post' })).toBeNull(),
    );
    fireEvent.click(box);
    await waitFor(async () =>
      expect((await settingsItem.getValue())?.classes[0]!.pupils[0]!.restrictions).toEqual([
        'photo',
      ]),
    );
  });

  it('damaged stored settings are reported, kept, and can be discarded; never a blank page', async () => {
    await fakeBrowser.storage.local.set({ settings: { classes: 'garbled' } });
    await page();
    expect(
      screen.getByRole('heading', { name: 'The saved settings could not be read' }),
    ).toBeTruthy();
    expect(screen.getAllByRole('alert')[0]!.textContent).toMatch(/damaged/);
    expect(await settingsItem.getValue()).toEqual({ classes: 'garbled' });
    fireEvent.click(screen.getByRole('button', { name: 'Discard them and start again' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: /could not be read/ })).toBeNull(),
    );
  });

  it('managed values show read-only as set by your school', async () => {
    await fakeBrowser.storage.managed.set({
      school: {
        name: 'Old Park Academy',
        aliases: [],
        addresses: [],
        postcodes: [],
        emailDomains: [],
        websites: [],
        phones: [],
        socialHandles: [],
        hashtags: [],
      },
    });
    await page();
    expect((screen.getByLabelText('School name') as HTMLInputElement).value).toBe(
      'Old Park Academy',
    );
    expect(screen.getByText(/Set by your school/)).toBeTruthy();
    // With a managed profile the school can still add its own class lists.
    expect(screen.getByLabelText('Import class list')).toBeTruthy();
  });

  it('adding a site asks for its host permission first', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    await page();
    const field = screen.getByLabelText(/Add a site/);
    fireEvent.input(field, { target: { value: 'https://community.example.org/feed' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(async () => expect((await siteListItem.getValue()).extra).toHaveLength(1));
    expect(request).toHaveBeenCalledWith({ origins: ['https://community.example.org/*'] });
  });

  it('Import settings over settings already here asks first, then can be undone', async () => {
    await page('?welcome');
    fireEvent.click(screen.getByRole('button', { name: 'Try it with the sample school' }));
    await screen.findByText(/holds the names of 10 pupils in 1 classes/);
    const sampleSettings = await settingsItem.getValue();
    const next = { ...sampleSettings!, classes: [], staff: [] };
    fireEvent.change(screen.getByLabelText('Import settings'), {
      target: { files: [new File([JSON.stringify(next)], 'empty-lists.json')] },
    });
    await screen.findByRole('group', { name: /with empty-lists\.json\?$/ });
    expect(await settingsItem.getValue()).toEqual(sampleSettings);
    fireEvent.click(screen.getByRole('button', { name: 'Replace settings' }));
    await screen.findByText(/holds the names of 0 pupils in 0 classes/);
    expect((await settingsItem.getValue())?.classes).toEqual([]);

    fireEvent.click(
      await screen.findByRole('button', { name: 'Undo the import of empty-lists.json' }),
    );
    await screen.findByText(/holds the names of 10 pupils in 1 classes/);
    expect(await settingsItem.getValue()).toEqual(sampleSettings);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /^Undo the import of empty-lists/ })).toBeNull(),
    );
  });

  it('undoing the sample school leaves the browser as empty as it was', async () => {
    await page('?welcome');
    fireEvent.click(screen.getByRole('button', { name: 'Try it with the sample school' }));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Undo the import of the sample school' }),
    );
    await waitFor(async () => expect(await settingsItem.getValue()).toBeNull());
  });

  it('Delete all school data leaves nothing behind', async () => {
    await page('?welcome');
    fireEvent.click(screen.getByRole('button', { name: 'Try it with the sample school' }));
    await screen.findByText(/holds the names of 10 pupils in 1 classes/);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all school data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByText(/holds the names of 0 pupils in 0 classes/);
    expect(await browser.storage.local.get(null)).toEqual({});
  });
});

describe('keyboard and screen readers', () => {
  it('every control is a native, named, tab-reachable element', async () => {
    await page('?welcome');
    fireEvent.click(screen.getByRole('button', { name: 'Try it with the sample school' }));
    await screen.findByRole('checkbox', { name: 'No photos: Amelia Smith' });
    const controls = [
      ...document.querySelectorAll<HTMLElement>('input, button, textarea, select, summary'),
    ];
    expect(controls.length).toBeGreaterThan(40);
    for (const control of controls) {
      const named =
        control.tagName === 'SUMMARY' ||
        (control.tagName === 'BUTTON' && control.textContent!.trim() !== '') ||
        (control as HTMLInputElement).labels?.length ||
        control.getAttribute('aria-label');
      expect(named, control.outerHTML).toBeTruthy();
      // happy-dom does not know <summary> is focusable; browsers do.
      if (control.tagName !== 'SUMMARY')
        expect(control.tabIndex, control.outerHTML).toBeGreaterThanOrEqual(0);
    }
    // Tab order follows the page: no positive tabindex anywhere.
    expect(
      document.querySelectorAll('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])'),
    ).toHaveLength(0);
  });
});
