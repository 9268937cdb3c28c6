// The browser APIs as Chrome's MV3 build and Firefox's MV2 build offer them: each resolver is
// given a browser that lacks one API or names it differently, as Firefox does. (`browser` is
// WXT's fakeBrowser here, typed as the real one.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from '#imports';
import {
  alarmsApi,
  commandsApi,
  createManagedStorage,
  scriptingApi,
  sessionStorageArea,
  toolbarButton,
} from './browser-api';
import { createTabFindingsStore } from './tab-state';

beforeEach(() => fakeBrowser.reset());

describe('toolbarButton', () => {
  it('is `action` in Chrome MV3', () => {
    expect(toolbarButton(browser)).toBe(browser.action);
  });

  it('is `browserAction` when only that exists (Firefox MV2), and sets its badge', async () => {
    const browserAction = { ...browser.action };
    const button = toolbarButton({ ...browser, action: undefined, browserAction });
    expect(button).toBe(browserAction);
    await button?.setBadgeText({ tabId: 5, text: '2' });
    expect(await browser.action.getBadgeText({ tabId: 5 })).toBe('2');
  });

  it('prefers `action` where a browser has both', () => {
    const browserAction = { ...browser.action };
    expect(toolbarButton({ ...browser, browserAction })).toBe(browser.action);
  });

  it('is undefined where there is no toolbar button at all', () => {
    expect(toolbarButton({ action: undefined, browserAction: undefined })).toBeUndefined();
  });
});

describe('the APIs Firefox MV2 may lack', () => {
  it.each([
    ['storage.session', sessionStorageArea, browser.storage.session, { storage: {} }],
    ['scripting', scriptingApi, browser.scripting, { scripting: undefined }],
    ['commands', commandsApi, browser.commands, { commands: undefined }],
    ['alarms', alarmsApi, browser.alarms, { alarms: undefined }],
  ] as const)(
    '%s: the API where there is one, undefined where not',
    (_name, resolve, api, without) => {
      expect(resolve(browser)).toBe(api);
      expect(resolve({ ...browser, ...without })).toBeUndefined();
    },
  );
});

describe('tab findings without storage.session', () => {
  const findings = { 3: { tabId: 3, findings: [] } };

  it('are kept in storage.session where there is one', async () => {
    await createTabFindingsStore(browser).setValue(findings);
    expect(await browser.storage.session.get('tabFindings')).toEqual({ tabFindings: findings });
  });

  it('are kept in memory where there is none', async () => {
    const store = createTabFindingsStore({ storage: {} });
    expect(await store.getValue()).toEqual({});
    await store.setValue(findings);
    expect(await store.getValue()).toEqual(findings);
    expect(await browser.storage.session.get()).toEqual({});
  });
});

describe('managed storage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads what school IT pushed', async () => {
    await browser.storage.managed.set({ school: { name: 'Old Park' }, other: 1 });
    expect(await createManagedStorage(browser).read(['school', 'staff'])).toEqual({
      school: { name: 'Old Park' },
      staff: undefined,
    });
  });

  it('with no policy (Firefox rejects), reads nothing, quietly, and asks the browser only once', async () => {
    const get = vi.fn().mockRejectedValue(new Error('Managed storage manifest not found'));
    const managed = createManagedStorage({ storage: { managed: { get } } });
    expect(await managed.read(['school'])).toEqual({});
    expect(await managed.read(['school'])).toEqual({});
    expect(await managed.read(['staff'])).toEqual({});
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('where there is no managed area at all, reads nothing', async () => {
    expect(await createManagedStorage({ storage: {} }).read(['school'])).toEqual({});
  });

  it('hears changes to the managed area only, through storage.onChanged', async () => {
    // Firefox's storage.managed.onChanged is unimplemented and warns for each listener.
    const managedListener = vi.spyOn(browser.storage.managed.onChanged, 'addListener');
    let heard = 0;
    const stop = createManagedStorage(browser).watch(() => heard++);
    await browser.storage.local.set({ settings: 1 });
    expect(heard).toBe(0);
    await browser.storage.managed.set({ school: { name: 'Old Park' } });
    expect(heard).toBe(1);
    stop();
    await browser.storage.managed.set({ school: { name: 'New Park' } });
    expect(heard).toBe(1);
    expect(managedListener).not.toHaveBeenCalled();
  });
});
