// Starting Debian's Chromium with the built extension. Shared by the end-to-end
// tests and `npm run demo`. Never downloads a browser.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { TabFindings } from '../../lib/messaging/protocol';

/** The few extension APIs evaluated inside the service worker (no @types/chrome here). */
declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export const CHROMIUM_MISSING = `${CHROMIUM_PATH} was not found. The end-to-end tests and the demo run in Debian's Chromium. Install it with:
  sudo apt-get update && sudo apt-get install -y chromium
(as root, without sudo). No other browser is downloaded.`;

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING);
}

/** Flags this machine's Chromium needs, plus quiet: no background traffic of its own. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The welcome page the install opened (closed unless `keepWelcome`). */
  welcome: Page;
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: {
    headless?: boolean;
    viewport?: { width: number; height: number };
    /** Leave the first-run welcome tab open (it is closed by default). */
    keepWelcome?: boolean;
    /** More Chromium flags, e.g. TOOLBAR_FLAGS (test/e2e/toolbar.ts). */
    args?: string[];
  } = {},
): Promise<ExtensionBrowser> {
  assertChromium();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'before-you-post-chromium-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: options.viewport ?? { width: 1000, height: 700 },
    args: [
      ...FLAGS,
      ...(headless ? ['--headless=new'] : []),
      ...(options.args ?? []),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // Installing opens the welcome tab a moment later. Left open, it could become the active
  // tab after a test opened its own page, and the test would read the wrong tab's badge.
  const welcome = await waitForPage(context, (url) => url.endsWith(WELCOME_SUFFIX));
  if (!options.keepWelcome) await welcome.close();
  return {
    context,
    worker,
    extensionId,
    welcome,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const WELCOME_SUFFIX = '/options.html?welcome';

async function waitForPage(
  context: BrowserContext,
  matches: (url: string) => boolean,
  timeoutMs = 15_000,
): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const page = context.pages().find((p) => matches(p.url()));
    if (page) return page;
    await sleep(25);
  }
  throw new Error(
    `No page opened within ${timeoutMs} ms; open: ${context
      .pages()
      .map((p) => p.url())
      .join(', ')}`,
  );
}

/** A zone in which it is now about midday, so a test does not depend on when it runs. */
function middayZone(now = new Date()): string {
  const shift = 12 - now.getUTCHours(); // Etc/GMT-3 is three hours ahead of UTC
  return shift >= 0 ? `Etc/GMT-${shift}` : `Etc/GMT+${-shift}`;
}

/**
 * The settings with a timetable under which it is working time now. Tests that type into
 * compose boxes use it, so the clause 6.13 note is always on the page with them and they
 * prove it never gets in the way, whatever time of day they run.
 */
export function duringWorkingTime<T extends object>(settings: T): T & { workingHours: object } {
  return {
    ...settings,
    workingHours: {
      timeZone: middayZone(),
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      start: '00:00',
      end: '23:59',
      breaks: [],
      closedDays: [],
    },
  };
}

/** Loads a settings file the way the options page stores it (WXT `local:settings`). */
export async function storeSettings(worker: Worker, settings: unknown): Promise<void> {
  await worker.evaluate(async (value) => {
    await chrome.storage.local.set({ settings: value });
  }, settings);
}

/**
 * Asks content scripts to record their main-thread time as performance measures (the
 * `local:measure` item, which only the extension's own contexts can set: a page cannot).
 * Content scripts hear it when they first connect to the background.
 */
export async function measureContentScripts(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    await chrome.storage.local.set({ measure: true });
  });
}

/** What the background answers the popup's request for a tab's warnings, asked from an
 * extension page as the popup asks it (the page is closed after). */
export async function tabFindingsAsThePopupAsks(
  browser: ExtensionBrowser,
  tabId: number,
): Promise<TabFindings> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const answer = await popup.evaluate(
    (id) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: object): Promise<TabFindings> } };
        }
      ).chrome.runtime.sendMessage({ type: 'get-tab-findings', tabId: id }),
    tabId,
  );
  await popup.close();
  return answer;
}

export function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * The id of the tab just opened: the extension has no "tabs" permission, so tab
 * URLs are hidden from it, but a new page is the active tab.
 */
export function activeTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}
