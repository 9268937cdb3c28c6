import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from '#imports';
import sample from '../../lib/sample/sample-settings.json';
import { openWelcomeIfNew, registerFirstRun } from '../../platform/first-run';
import { readStoredSettings } from '../../platform/settings-source';
import { migrateSettingsToV2 } from '../../platform/settings-migrations';
import {
  classListUndoItem,
  deleteAllSchoolData,
  settingsItem,
  siteListItem,
} from '../../platform/storage';

beforeEach(() => fakeBrowser.reset());

describe('settings migrations', () => {
  it('v1 → v2 joins classes of the same name and lists restrictions once', async () => {
    const v1 = {
      ...sample,
      classes: [
        {
          name: 'Year 4',
          pupils: [{ first: 'Amelia', last: 'Smith', restrictions: ['photo', 'name', 'photo'] }],
        },
        { name: 'Year 5', pupils: [] },
        { name: ' year 4 ', pupils: [{ first: 'Grace', last: 'Bird' }] },
      ],
    };
    await fakeBrowser.storage.local.set({ settings: v1, settings$: { v: 1 } });
    await settingsItem.migrate();
    const migrated = await settingsItem.getValue();
    expect(migrated?.classes).toEqual([
      {
        name: 'Year 4',
        pupils: [
          { first: 'Amelia', last: 'Smith', restrictions: ['name', 'photo'] },
          { first: 'Grace', last: 'Bird' },
        ],
      },
      { name: 'Year 5', pupils: [] },
    ]);
    expect(await settingsItem.getMeta()).toEqual({ v: 2 });
    // Everything else is kept as it was.
    expect(migrated?.school).toEqual(sample.school);
  });

  it('leaves a value it does not recognise untouched for the damaged-data path', () => {
    for (const odd of ['text', 42, [1], { classes: 'nope' }, { classes: [{ name: 3 }] }]) {
      expect(migrateSettingsToV2(odd)).toBe(odd);
    }
  });

  it('a fresh install stores the current version', async () => {
    await settingsItem.migrate(); // as at start-up, on empty storage
    await settingsItem.setValue(sample as never);
    expect(await settingsItem.getMeta()).toEqual({ v: 2 });
  });
});

describe('readStoredSettings', () => {
  it('reports empty, ok and damaged values without throwing', async () => {
    expect(await readStoredSettings()).toEqual({ status: 'empty' });
    await settingsItem.setValue(sample as never);
    expect((await readStoredSettings()).status).toBe('ok');
    await fakeBrowser.storage.local.set({ settings: { school: 'garbled' } });
    const damaged = await readStoredSettings();
    expect(damaged.status).toBe('damaged');
    if (damaged.status === 'damaged') {
      expect(damaged.raw).toEqual({ school: 'garbled' });
      expect(damaged.problems.length).toBeGreaterThan(0);
    }
  });
});

describe('Delete all school data', () => {
  it('leaves nothing behind in local or session storage', async () => {
    await settingsItem.setValue(sample as never);
    await classListUndoItem.setValue({ classes: sample.classes as never, label: 'x.csv' });
    await siteListItem.setValue({ builtIn: { facebook: false }, extra: [] });
    await fakeBrowser.storage.session.set({ tab7: { findings: ['Kacper'] } });
    expect(Object.keys(await browser.storage.local.get(null)).length).toBeGreaterThanOrEqual(3);
    await deleteAllSchoolData();
    expect(await browser.storage.local.get(null)).toEqual({});
    expect(await browser.storage.session.get(null)).toEqual({});
    expect(await browser.storage.sync.get(null)).toEqual({});
    expect(await readStoredSettings()).toEqual({ status: 'empty' });
  });

  it('class lists never go to sync storage', async () => {
    await settingsItem.setValue(sample as never);
    expect(await browser.storage.sync.get(null)).toEqual({});
  });
});

const welcomeTabs = async () =>
  (await browser.tabs.query({})).map((tab) => tab.url).filter((url) => url?.includes('options'));

describe('first run', () => {
  it('opens the welcome once, on install only', async () => {
    expect(await openWelcomeIfNew({ reason: 'update' })).toBe(false);
    expect(await welcomeTabs()).toEqual([]);
    expect(await openWelcomeIfNew({ reason: 'install' })).toBe(true);
    expect(await openWelcomeIfNew({ reason: 'install' })).toBe(false);
    expect(await welcomeTabs()).toEqual([
      browser.runtime.getURL('/options.html?welcome' as '/options.html'),
    ]);
  });

  it('registerFirstRun listens for installation', async () => {
    registerFirstRun();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await welcomeTabs())[0]).toMatch(/options\.html\?welcome$/);
  });
});
