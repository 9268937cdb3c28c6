// axe-core (WCAG 2.2 A and AA) on the options, popup, policy and privacy pages in real
// Chromium, in the states people meet: first run, the sample loaded with the try-it box and
// a warning opened, an import waiting for an answer, the popup with warnings and on a site
// that is not watched (the real toolbar popup), the policy at a clause and searched.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sample from '../../lib/sample/sample-settings.json';
import { axeExpression, axeViolations } from './axe';
import {
  activeTabId,
  badgeText,
  duringWorkingTime,
  launchWithExtension,
  storeSettings,
  type ExtensionBrowser,
} from './chromium';
import { EDITOR_SELECTOR } from './editor-helpers';
import { routeFakeSites, siteUrl } from './fake-sites';
import { TEST_PAGES_BUNDLE } from './global-setup';
import { TOOLBAR_FLAGS, clickToolbarButton } from './toolbar';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ keepWelcome: true, args: TOOLBAR_FLAGS });
});

afterAll(async () => {
  await browser?.close();
});

const pageUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

async function open(path: string, ready: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(pageUrl(path));
  await ready(page);
  return page;
}

describe('axe-core finds no WCAG A/AA violation', () => {
  it('options: the first-run welcome', async () => {
    const page = browser.welcome;
    await page.getByRole('heading', { name: 'Welcome to Before You Post' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('options: the sample loaded, its try-it box warning, one warning opened', async () => {
    const page = browser.welcome;
    await page.getByRole('button', { name: 'Try it with the sample school' }).click();
    const ready = page.getByRole('region', { name: 'The sample school is loaded' });
    await ready.locator('.finding').first().waitFor({ timeout: 15_000 });
    await ready.locator('.finding summary').first().click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('options: Import settings waiting for an answer, a class-list preview, pupils shown', async () => {
    const page = browser.welcome;
    const { workingHours: _none, ...next } = sample;
    const file = join(mkdtempSync(join(tmpdir(), 'byp-axe-')), 'next-year.json');
    writeFileSync(file, JSON.stringify(next));
    await page.getByLabel('Import settings').setInputFiles(file);
    await page.getByRole('button', { name: 'Replace settings' }).waitFor();
    await page
      .getByLabel('Import class list')
      .setInputFiles(
        join(import.meta.dirname, '../fixtures/class-lists/broken-unclosed-quote.csv'),
      );
    await page.getByRole('button', { name: /^Save \d+ pupils$/ }).waitFor();
    await page.getByText('Pupils in Year 4 Oak').click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('popup: warnings in working time, a warning and the clause opened', async () => {
    await storeSettings(browser.worker, duringWorkingTime(sample));
    await routeFakeSites(browser.context, readFileSync(TEST_PAGES_BUNDLE, 'utf8'));
    const site = await browser.context.newPage();
    await site.goto(siteUrl('textarea'));
    await site.locator(EDITOR_SELECTOR).first().click();
    await site.keyboard.type('Well done Millie and Grace Bird! Ring me on 07700 900123.');
    const tabId = await activeTabId(browser.worker);
    await expect.poll(() => badgeText(browser.worker, tabId), { timeout: 15_000 }).not.toBe('');
    await browser.context.unrouteAll();
    const popup = await open(`popup.html?tab=${tabId}`, (p) =>
      p.locator('.finding').first().waitFor({ timeout: 15_000 }),
    );
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.locator('.finding summary').first().click();
    await popup.locator('.work-status summary').click();
    await popup.getByRole('searchbox').fill('friend request');
    expect(await axeViolations(popup)).toEqual([]);
    await site.close();
  });

  it('popup: the toolbar popup on a site that is not watched', async () => {
    await browser.context.route('https://forum.example.org/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Forum</title><p>Forum</p>' }),
    );
    const forum = await browser.context.newPage();
    await forum.goto('https://forum.example.org/');
    const popup = await clickToolbarButton(browser, forum);
    await expect
      .poll(() => popup.evaluate<string>('document.body.innerText'), { timeout: 15_000 })
      .toMatch(/not checked/);
    expect(await popup.evaluate<string[]>(axeExpression())).toEqual([]);
    await browser.context.unrouteAll();
    await forum.close();
  });

  it('policy: at a clause, and searched', async () => {
    const page = await open('policy.html?q=friend%20request#6.13', (p) =>
      p.locator('[aria-current="location"]').waitFor({ timeout: 15_000 }),
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('privacy', async () => {
    const page = await open('privacy.html', (p) =>
      p.getByRole('heading', { name: 'Privacy' }).waitFor(),
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
