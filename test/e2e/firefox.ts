// Starting Debian's Firefox ESR with the built Firefox (MV2) extension as a temporary add-on,
// driven by puppeteer-core over WebDriver BiDi. Never downloads a browser.
//
// Reaching the extension's own pages: Firefox's BiDi refuses to navigate a tab to
// moz-extension:// unless it is started with --remote-allow-system-access, which would also hand
// the test the browser's privileged chrome windows. It is not needed. The add-on's internal UUID
// (the host of its moz-extension:// pages) is fixed before Firefox starts, through the
// `extensions.webextensions.uuids` pref in the new profile, so every page's address is known.
// Installing opens the welcome tab (options.html?welcome), an ordinary tab BiDi scripts like any
// other; further extension pages are opened from it with the extension's own `tabs.create`, as a
// link in the extension would, and the tests drive those tabs too.
//
// Errors: Firefox is asked to print every console message and uncaught error of its web and
// extension processes (the background page included, which BiDi does not see) to its standard
// output, and the error lines are collected.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, type Browser, type Page } from 'puppeteer-core';
import { fakeSiteResponse, LOCAL_SCHEMES } from './fake-sites';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

export const FIREFOX_MISSING = `${FIREFOX_PATH} was not found. The Firefox end-to-end tests run in Debian's Firefox ESR. Install it with:
  sudo apt-get update && sudo apt-get install -y firefox-esr
(as root, without sudo). No other browser is downloaded.`;

export function assertFirefox(): void {
  if (!existsSync(FIREFOX_PATH)) throw new Error(FIREFOX_MISSING);
}

/** Any fixed v4 UUID: the host of the extension's pages in this test profile. */
const EXTENSION_UUID = '6b1f4c2e-8a3d-4e5f-9b7c-1d2e3f4a5b6c';

/** Firefox writes console messages and uncaught errors in these forms (see `PREFS`). */
const ERROR_LINE = /^(console\.error: |JavaScript error: )/;
/** Firefox's own modules (e.g. its backup service on a fresh profile) report errors too. */
const FIREFOX_OWN = /^JavaScript error: (resource|chrome):\/\//;

const PREFS = {
  // Print console.* calls and uncaught errors from web and extension processes.
  'devtools.console.stdout.content': true,
  'browser.dom.window.dump.enabled': true,
  // Quiet: no first-run pages or background traffic of Firefox's own.
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
};

/** The extension APIs called from an extension page (no WebExtension types in the tests). */
export interface ExtensionGlobal {
  browser: {
    tabs: {
      create(props: { url: string }): Promise<{ id?: number }>;
      query(q: object): Promise<{ id?: number }[]>;
    };
    browserAction: {
      getBadgeText(details: { tabId: number }): Promise<string>;
      getTitle(details: object): Promise<string>;
    };
    commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  };
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://UUID */
  origin: string;
  /** The welcome tab the install opened: an extension page to call extension APIs from. */
  extensionPage: Page;
  /** Opens an extension page, e.g. "popup.html?tab=3", in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Resolves with the extension page at `path` that opens next (e.g. after a click). */
  nextExtensionPage(path: string): Promise<Page>;
  /** Opens a stand-in social site (test/e2e/fake-sites.ts) in a new tab. */
  openSite(url: string): Promise<Page>;
  badgeText(tabId: number): Promise<string>;
  /** The id of the active tab: the extension has no "tabs" permission, so URLs are hidden. */
  activeTabId(): Promise<number>;
  /** Console errors and uncaught errors Firefox reported, from any page or the background. */
  errors: string[];
  /** Requests a page made to anything but the stand-in sites. */
  unexpectedRequests: string[];
  close(): Promise<void>;
}

function nextPage(browser: Browser): Promise<Page> {
  return new Promise((done) => {
    const onTarget = (target: { page(): Promise<Page | null> }) => {
      void target.page().then((page) => {
        if (!page) return;
        browser.off('targetcreated', onTarget);
        done(page);
      });
    };
    browser.on('targetcreated', onTarget);
  });
}

/** Puppeteer still reports a tab the extension opened as about:blank; its document knows. */
async function waitForAddress(page: Page, url: string): Promise<Page> {
  await page.waitForFunction(
    (expected) => location.href === expected && document.readyState === 'complete',
    { timeout: 15_000, polling: 50 },
    url,
  );
  return page;
}

function collectErrorLines(stream: NodeJS.ReadableStream | null | undefined, errors: string[]) {
  let pending = '';
  stream?.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (ERROR_LINE.test(line) && !FIREFOX_OWN.test(line)) errors.push(line);
    }
  });
}

export async function launchFirefoxWithExtension(bundle: string): Promise<FirefoxWithExtension> {
  assertFirefox();
  const manifestPath = resolve(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\`.`);
  }
  const addonId: string = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings
    .gecko.id;
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const browser = await launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      ...PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
    },
  });
  const errors: string[] = [];
  collectErrorLines(browser.process()?.stdout, errors);
  collectErrorLines(browser.process()?.stderr, errors);
  const unexpectedRequests: string[] = [];

  const welcomeTab = nextPage(browser);
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const extensionPage = await waitForAddress(await welcomeTab, `${origin}/options.html?welcome`);

  return {
    browser,
    origin,
    extensionPage,
    errors,
    unexpectedRequests,
    async openExtensionPage(path) {
      const url = `${origin}/${path}`;
      const opened = nextPage(browser);
      await extensionPage.evaluate(async (address) => {
        await (globalThis as unknown as ExtensionGlobal).browser.tabs.create({ url: address });
      }, url);
      return waitForAddress(await opened, url);
    },
    async nextExtensionPage(path) {
      return waitForAddress(await nextPage(browser), `${origin}/${path}`);
    },
    async openSite(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const address = request.url();
        if (LOCAL_SCHEMES.has(new URL(address).protocol)) return void request.continue();
        const response = fakeSiteResponse(address, bundle);
        if (response) return void request.respond(response);
        unexpectedRequests.push(address);
        return void request.abort('blockedbyclient');
      });
      await page.goto(url);
      return page;
    },
    badgeText: (tabId) =>
      extensionPage.evaluate(
        (id) =>
          (globalThis as unknown as ExtensionGlobal).browser.browserAction.getBadgeText({
            tabId: id,
          }),
        tabId,
      ),
    activeTabId: () =>
      extensionPage.evaluate(async () => {
        const { tabs } = (globalThis as unknown as ExtensionGlobal).browser;
        const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) throw new Error('no active tab');
        return tab.id;
      }),
    close: () => browser.close(),
  };
}
