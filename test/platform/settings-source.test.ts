import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import { mergeManaged } from '../../platform/managed-merge';
import {
  describeEffectiveSettings,
  loadEffectiveSettings,
  loadEffectiveSiteList,
  MANAGED_WAIT_MS,
  PAGE_MANAGED_GRACE_MS,
  watchEffectiveSettings,
} from '../../platform/settings-source';
import { managedStorage } from '../../platform/browser-api';
import { settingsItem, siteListItem } from '../../platform/storage';
import { BUILT_IN_SITES, enabledMatchPatterns, parseSiteInput } from '../../platform/sites';

const local = sample as unknown as SchoolSettings;
const pushedSchool = { ...local.school, name: 'Old Park Academy Trust' };

beforeEach(() => fakeBrowser.reset());

describe('mergeManaged', () => {
  it('without a policy, the local settings are used as they are', () => {
    expect(mergeManaged(local, {})).toEqual({ settings: local, managed: [], problems: [] });
  });

  it('managed parts win over local ones; the rest stays local', () => {
    const merged = mergeManaged(local, { school: pushedSchool, staff: [] });
    expect(merged.settings?.school.name).toBe('Old Park Academy Trust');
    expect(merged.settings?.staff).toEqual([]);
    expect(merged.settings?.classes).toEqual(local.classes);
    expect(merged.managed).toEqual(['school', 'staff']);
  });

  it('a managed profile works with no local settings at all', () => {
    expect(mergeManaged(null, { school: pushedSchool }).settings?.classes).toEqual([]);
  });

  it('a broken policy is reported and the local settings stay in use', () => {
    const merged = mergeManaged(local, { school: { aliases: [] } });
    expect(merged.settings).toBe(local);
    expect(merged.problems[0]?.path).toMatch(/school/);
  });
});

describe('effective settings from storage', () => {
  it('reads managed storage over local storage', async () => {
    await settingsItem.setValue(local);
    await fakeBrowser.storage.managed.set({
      school: pushedSchool,
      sites: { builtIn: { x: false }, extra: [] },
    });
    await siteListItem.setValue({ builtIn: {}, extra: [] });
    expect((await loadEffectiveSettings())?.school.name).toBe('Old Park Academy Trust');
    expect((await describeEffectiveSettings()).managed).toEqual(['school', 'sites']);
    expect((await loadEffectiveSiteList()).builtIn).toEqual({ x: false });
  });

  it('watchers hear local changes', async () => {
    const seen: (string | undefined)[] = [];
    const stop = watchEffectiveSettings((settings) => seen.push(settings?.school.name));
    await settingsItem.setValue(local);
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    await settingsItem.setValue(null);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual(['Old Park Primary School and Nursery']);
  });
});

describe('managed storage that answers late', () => {
  // Chromium answers the first managed read after the browser starts only when its policy
  // service is up, seconds later: the first check and the options page must not wait.
  afterEach(() => vi.restoreAllMocks());

  it('goes ahead with the local settings, then tells watchers when the values come', async () => {
    await settingsItem.setValue(local);
    await fakeBrowser.storage.managed.set({ school: pushedSchool });
    // Only the first read is slow, as in Chromium; the values were there all along, so no
    // storage change event will announce them.
    const read = managedStorage.read.bind(managedStorage);
    // Which came first is asserted, not how long it took: the slow read has not answered yet.
    let managedAnswered = false;
    vi.spyOn(managedStorage, 'read').mockImplementationOnce(
      (keys) =>
        new Promise((resolve) =>
          setTimeout(
            () =>
              void read(keys).then((values) => {
                managedAnswered = true;
                resolve(values);
              }),
            MANAGED_WAIT_MS * 3,
          ),
        ),
    );
    const seen: (string | undefined)[] = [];
    const stop = watchEffectiveSettings((settings) => seen.push(settings?.school.name));
    expect((await loadEffectiveSettings())?.school.name).toBe(local.school.name);
    expect(managedAnswered).toBe(false);
    expect(seen).toEqual([]);
    await vi.waitFor(() => expect(seen).toEqual(['Old Park Academy Trust']), { timeout: 2000 });
    stop();
  });

  // The popup and the options page: right after the browser starts, managed storage answers
  // seconds later, and the 100 ms the background waits was most of the popup's time to its
  // content. Timers are faked: what is asserted is which read has answered when.
  it('an extension page waits only a moment past its own storage; the background longer', async () => {
    await settingsItem.setValue(local);
    vi.spyOn(managedStorage, 'read').mockImplementation(() => new Promise(() => undefined));
    vi.useFakeTimers();
    try {
      let page: string | undefined;
      let background: string | undefined;
      void loadEffectiveSettings({ page: true }).then((s) => (page = s?.school.name));
      void loadEffectiveSettings().then((s) => (background = s?.school.name));
      await vi.advanceTimersByTimeAsync(PAGE_MANAGED_GRACE_MS);
      expect(page).toBe(local.school.name);
      expect(background).toBeUndefined();
      await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS);
      expect(background).toBe(local.school.name);
    } finally {
      vi.useRealTimers();
    }
  });

  it('an extension page still shows what managed storage answers promptly', async () => {
    await settingsItem.setValue(local);
    await fakeBrowser.storage.managed.set({ school: pushedSchool });
    const described = await describeEffectiveSettings({ page: true });
    expect(described.settings?.school.name).toBe('Old Park Academy Trust');
    expect(described.managed).toEqual(['school']);
  });

  it('waits for a prompt answer', async () => {
    await settingsItem.setValue(local);
    await fakeBrowser.storage.managed.set({ school: pushedSchool });
    expect((await loadEffectiveSettings())?.school.name).toBe('Old Park Academy Trust');
  });
});

describe('effective settings without a managed policy', () => {
  it('watchers hear a policy change school IT pushes', async () => {
    const seen: (string | undefined)[] = [];
    const stop = watchEffectiveSettings((settings) => seen.push(settings?.school.name));
    await settingsItem.setValue(local);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await fakeBrowser.storage.managed.set({ school: pushedSchool });
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    expect(seen).toEqual(['Old Park Primary School and Nursery', 'Old Park Academy Trust']);
  });
});

describe('sites', () => {
  it.each([
    ['community.example.org', 'https://community.example.org/*'],
    ['https://community.example.org/feed?x=1', 'https://community.example.org/*'],
    ['  http://intranet.example.sch.uk ', 'http://intranet.example.sch.uk/*'],
  ])('%j → %s', (input, pattern) => {
    const result = parseSiteInput(input);
    expect(result.ok && result.site.pattern).toBe(pattern);
  });
  it.each(['', 'localhost', 'ftp://files.example.org', 'not a site', 'https://'])(
    'refuses %j',
    (input) => {
      expect(parseSiteInput(input).ok).toBe(false);
    },
  );
  it('lists enabled built-ins and added sites', () => {
    const patterns = enabledMatchPatterns({
      builtIn: { facebook: false },
      extra: [{ pattern: 'https://a.example.org/*', label: 'a.example.org' }],
    });
    expect(patterns).not.toContain('https://*.facebook.com/*');
    expect(patterns).toContain('https://*.x.com/*');
    expect(patterns.at(-1)).toBe('https://a.example.org/*');
  });
});

describe('built-in site ids', () => {
  it('are short, unique and stable', () => {
    const ids = BUILT_IN_SITES.map((site) => site.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['facebook', 'x', 'instagram', 'whatsapp-web', 'mastodon']),
    );
  });
});
