// A school loads its own policy in real Chromium, as the office would: a Word file, then a
// PDF, each read by the built extension's options page (mammoth; pdf.js with its bundled
// worker under the extension's CSP), previewed, confirmed and undone; then a post on a
// watched site cites the new policy's clauses, not the built-in one's.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../lib/policy/parse';
import { makeDocx } from '../fixtures/make-docx';
import { makePdf, wrap } from '../fixtures/make-pdf';
import { activeTabId, badgeText, type ExtensionBrowser } from './chromium';
import { EDITOR_SELECTOR } from './editor-helpers';
import { siteUrl } from './fake-sites';
import { launchOnFakeSites } from './session';
import { OverlayProbe } from './overlay';

let browser: ExtensionBrowser;
let network: { unexpected: string[] };
const dir = mkdtempSync(join(tmpdir(), 'before-you-post-policy-'));
const fixture = (name: string) =>
  readFileSync(join(process.cwd(), 'test/fixtures/policies', name), 'utf8');

beforeAll(async () => {
  ({ browser, network } = await launchOnFakeSites());
  await browser.context.route(/^chrome-extension:\/\//, (route) => route.continue());
});

afterAll(async () => {
  await browser?.close();
});

/** The Brookfield policy as a Word file: one paragraph a line, numbers typed. */
function docxFile(): string {
  const path = join(dir, 'brookfield-policy.docx');
  const lines = fixture('brookfield-appendices.txt')
    .split('\n')
    .filter((l) => l.trim());
  writeFileSync(path, makeDocx(lines));
  return path;
}

/** The trust policy as a two-page PDF: wrapped lines, a footer with its page number. */
function pdfFile(): string {
  const path = join(dir, 'trust-policy.pdf');
  const lines = fixture('trust-hillside.txt')
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => wrap(l));
  const half = Math.ceil(lines.length / 2);
  const pages = [lines.slice(0, half), lines.slice(half)].map((page, i) => [
    ...page,
    `Hillside Learning Trust | Social Media Policy | Page ${i + 1} of 2`,
  ]);
  writeFileSync(path, makePdf(pages));
  return path;
}

const heading = (page: Page) => page.locator('#policy-preview-heading').textContent();
const status = (page: Page, text: RegExp) =>
  page.getByRole('status').filter({ hasText: text }).textContent();

describe('importing a policy in Chromium', () => {
  it('reads a .docx and a .pdf, previews, confirms and undoes; a post then cites the new clauses', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('School name').fill('Hillside Park Academy');
    await options.getByLabel('School name').press('Enter');
    const input = options.getByLabel('Import policy');
    await input.waitFor();

    // Word: the preview finds what the text itself holds, then confirm and undo.
    const brookfield = parsePolicy(fixture('brookfield-appendices.txt'));
    await input.setInputFiles(docxFile());
    await expect
      .poll(() => heading(options), { timeout: 15_000 })
      .toBe(
        `Preview of brookfield-policy.docx: ${brookfield.clauses.length} clauses in 8 sections`,
      );
    expect(await options.locator('.policy-preview .clauses li').count()).toBe(21);
    await expect
      .poll(() => options.evaluate(() => document.activeElement?.textContent))
      .toBe('Use this policy (21 clauses)');
    await options.keyboard.press('Enter');
    await expect
      .poll(() => status(options, /clauses from/))
      .toBe('Saved 21 clauses from brookfield-policy.docx.');
    await expect
      .poll(() => options.getByText(/Warnings cite your school’s policy/).textContent())
      .toMatch(/Online Conduct Policy for Staff and Volunteers”, 21 clauses/);
    await options
      .getByRole('button', { name: 'Undo the policy import of brookfield-policy.docx' })
      .click();
    await expect
      .poll(() => options.getByText(/Warnings cite the built-in example policy/).count())
      .toBe(1);

    // PDF: read by pdf.js and its worker from the extension itself; the footers are left out.
    await input.setInputFiles(pdfFile());
    await expect
      .poll(() => heading(options), { timeout: 20_000 })
      .toBe('Preview of trust-policy.pdf: 27 clauses in 6 sections');
    const leftOut = await options.locator('.policy-preview .left-out').textContent();
    expect(leftOut).toContain('Page 1 of 2');
    expect(leftOut).toContain('Page 2 of 2');
    await options.getByRole('button', { name: 'Use this policy (27 clauses)' }).click();
    await expect
      .poll(() => status(options, /clauses from/))
      .toBe('Saved 27 clauses from trust-policy.pdf.');
    await expect.poll(() => options.getByLabel('Phone number: clauses').inputValue()).toBe('4.7');

    // A post now cites the trust's clauses: 4.7 (contact details) for the number, not the
    // seed's 6.15, and "ring me" (an invitation to contact you) its 4.3 and 4.4, not 6.2.1.
    const site = await browser.context.newPage();
    await site.goto(siteUrl('textarea'));
    await site.locator(EDITOR_SELECTOR).first().click();
    const tabId = await activeTabId(browser.worker);
    await site.keyboard.type('Ring me on 07700 900123 about the trip', { delay: 5 });
    await expect.poll(() => badgeText(browser.worker, tabId), { timeout: 5000 }).not.toBe('');
    // The overlay's shadow root is closed: read it the way a debugger can (test/e2e/overlay.ts).
    const overlay = await OverlayProbe.of(site);
    await overlay.click('.indicator');
    await expect.poll(() => overlay.text('.card'), { timeout: 5000 }).toContain('07700 900123');
    const clausesOf = await overlay.evaluate((root) =>
      [...root.querySelectorAll('.card li.finding')].map((li) => ({
        text: li.textContent ?? '',
        clauses: [...li.querySelectorAll('.clause a')].map((a) => a.textContent ?? ''),
      })),
    );
    const phone = (clausesOf ?? []).find((f) => f.text.includes('07700 900123'));
    expect(phone?.clauses).toEqual(['4.7']);
    const trustIds = new Set(parsePolicy(fixture('trust-hillside.txt')).clauses.map((c) => c.id));
    const cited = (clausesOf ?? []).flatMap((f) => f.clauses);
    expect(cited.length).toBeGreaterThan(0);
    for (const id of cited) expect(trustIds).toContain(id);
    expect(cited).not.toContain('6.15');
    await overlay.detach();
    expect(network.unexpected).toEqual([]);
  });
});
