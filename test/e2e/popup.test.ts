// End to end in real Chromium: popup.html?tab=N for a tab with warnings shows each clause's
// number, plain-English why and full text; policy.html opens at a clause and with a search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIND_POLICY } from '../../lib/policy';
import sample from '../../lib/sample/sample-settings.json';
import { FINDINGS } from '../fixtures/findings';
import {
  buildExtension,
  launchExtension,
  type LaunchedExtension,
  type WorkerChrome,
} from './extension';

let ext: LaunchedExtension;

beforeAll(async () => {
  ext = await launchExtension(await buildExtension('e2e-popup'));
  await ext.worker.evaluate(async (settings) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    await chrome.storage.local.set({ settings });
  }, sample);
}, 120_000);

afterAll(async () => ext?.close());

describe('popup', () => {
  it('shows tab N’s warnings, most serious first, with every clause in full', async () => {
    const tabId = 777;
    // What the background keeps for a tab whose compose box has these warnings.
    await ext.worker.evaluate(
      async ({ tab, findings }) => {
        const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
        await chrome.storage.session.set({ tabFindings: { [tab]: { tabId: tab, findings } } });
      },
      { tab: tabId, findings: FINDINGS },
    );
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.id}/popup.html?tab=${tabId}`);
    await expect.poll(() => page.locator('.finding').count()).toBe(2);
    const first = page.locator('.finding').first();
    expect(await first.locator('q').textContent()).toBe('Millie');
    expect(await first.locator('.severity').textContent()).toMatch(/High risk/);
    const clause = first.locator('.clause').first();
    expect(await clause.getByRole('link').textContent()).toBe('Clause 5.4');
    expect(await clause.locator('.why').textContent()).toBe(
      KIND_POLICY['pupil-name'].clauses[0]!.why,
    );
    expect(await clause.locator('blockquote').textContent()).toMatch(
      /^You must not discuss personal information about pupils, .* on social media\.$/,
    );
    await page.close();
  });

  it('says the post looks fine for a tab without warnings', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.id}/popup.html?tab=999999`);
    await page.getByText('The post looks fine').waitFor();
    await page.close();
  });
});

describe('policy page', () => {
  it('marks the clause in the address and runs the search in the address', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.id}/policy.html?q=friend%20request#6.13`);
    const target = page.locator('[aria-current="location"]');
    expect(await target.getAttribute('id')).toBe('6.13');
    expect(await target.textContent()).toMatch(/personal use of social media while at work/);
    const results = page.getByRole('list', { name: /matching clauses/ });
    expect(await results.getByRole('link').first().textContent()).toBe('Clause 6.5');
    await page.close();
  });
});
