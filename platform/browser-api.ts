// The one place that knows where Chrome's MV3 build and Firefox's MV2 build (WXT builds Firefox
// as MV2) differ in the browser APIs this extension uses. Everything else asks here rather than
// guessing with `?.` and fallbacks of its own. Checked with the built extension in Chromium 156
// and Firefox ESR 153 (test/e2e/firefox.e2e.test.ts):
//
//   API                        Chrome MV3                 Firefox MV2
//   toolbar button             action                     browserAction (action is undefined)
//   storage.session            yes                        yes since Firefox 115; absent before
//   scripting                  yes                        yes, with the "scripting" permission
//   commands                   yes                        yes; not on Firefox for Android
//   alarms                     yes                        yes
//   storage.managed            {} when no policy is set   rejects "Managed storage manifest not
//                                                         found" without a policies.json entry,
//                                                         and its onChanged is unimplemented
//   optional host permissions  optional_host_permissions  optional_permissions (wxt.config.ts)
//
// Each function takes the browser as a defaulted parameter so that tests can hand it a browser
// that lacks one API or another.
import { browser } from '#imports';

type Browser = typeof browser;

/** The parts of `browser` looked at here, each of which may be missing at run time. */
export interface BrowserLike {
  action?: Browser['action'];
  browserAction?: unknown;
  scripting?: Browser['scripting'];
  commands?: Browser['commands'];
  alarms?: Browser['alarms'];
  storage?: {
    session?: Browser['storage']['session'];
    managed?: Pick<Browser['storage']['managed'], 'get'>;
    onChanged?: Browser['storage']['onChanged'];
  };
}

/** What the extension does with its toolbar button: the badge and the title. */
export type ToolbarButton = Pick<
  Browser['action'],
  'setBadgeText' | 'getBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'
>;

/**
 * `action` in MV3, `browserAction` in Firefox's MV2 build. @types/chrome describes MV2's
 * `browserAction` with callbacks only; Firefox's returns promises exactly as `action` does.
 */
export function toolbarButton(b: BrowserLike = browser): ToolbarButton | undefined {
  return b.action ?? (b.browserAction as ToolbarButton | undefined);
}

/** Memory-only storage that outlives a stopped MV3 service worker; undefined before Firefox 115. */
export function sessionStorageArea(
  b: BrowserLike = browser,
): Browser['storage']['session'] | undefined {
  return b.storage?.session;
}

/** Registering content scripts for the sites a school adds (platform/site-access.ts). */
export function scriptingApi(b: BrowserLike = browser): Browser['scripting'] | undefined {
  return b.scripting;
}

/** The keyboard shortcut; Firefox for Android has none. */
export function commandsApi(b: BrowserLike = browser): Browser['commands'] | undefined {
  return b.commands;
}

/** Wakes the background when working time starts or ends (platform/working-time.ts). */
export function alarmsApi(b: BrowserLike = browser): Browser['alarms'] | undefined {
  return b.alarms;
}

export interface ManagedStorage {
  /** What school IT pushed, by key; empty when there is no policy. Never rejects. */
  read(keys: readonly string[]): Promise<Record<string, unknown>>;
  /** Calls back when school IT changes a pushed value. Returns the unwatch function. */
  watch(callback: () => void): () => void;
}

/**
 * What school IT pushed through browser policy. Firefox rejects every read when no policy names
 * this add-on, so the first rejection is remembered and the area is not asked again: one quiet
 * read per page instead of an error on every settings load. Changes are heard through
 * `storage.onChanged` (area "managed"), because Firefox's `storage.managed.onChanged` is
 * unimplemented and warns for each listener.
 */
export function createManagedStorage(b: BrowserLike = browser): ManagedStorage {
  let absent = b.storage?.managed === undefined;
  return {
    async read(keys) {
      if (absent) return {};
      try {
        return ((await b.storage?.managed?.get([...keys])) ?? {}) as Record<string, unknown>;
      } catch {
        absent = true; // no policy for this add-on; Firefox reads policies once, at start-up
        return {};
      }
    },
    watch(callback) {
      const listener = (_changes: unknown, area: string) => {
        if (area === 'managed') callback();
      };
      b.storage?.onChanged?.addListener(listener);
      return () => b.storage?.onChanged?.removeListener(listener);
    },
  };
}

/** The managed storage of this page or background. */
export const managedStorage: ManagedStorage = createManagedStorage();
