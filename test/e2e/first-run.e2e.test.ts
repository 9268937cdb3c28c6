// The first run in real Chromium: the welcome page the install opens leads somewhere. After
// "Try it with the sample school" a box right there warns as you type (checked by the
// background through the extension's own messaging), and says where posts are checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ keepWelcome: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('first run', () => {
  it('the sample school leads to a try-it box that warns as you type, the sites and next steps', async () => {
    const page = browser.welcome;
    await page.getByRole('button', { name: 'Try it with the sample school' }).click();
    const ready = page.getByRole('region', { name: 'The sample school is loaded' });
    await ready.waitFor({ timeout: 15_000 });
    // Focus moves to what just appeared, so a screen reader hears it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('The sample school is loaded');
    expect(await ready.textContent()).toMatch(
      /Old Park Primary School and Nursery: 10 pupils in 1 class, 2 members of staff\./,
    );
    expect(await ready.textContent()).toMatch(/As you write a post on Facebook, X \(Twitter\),/);

    const status = ready.getByRole('status');
    const lines = ready.locator('.finding summary');
    // The example names a sample pupil and asks parents to ring a mobile number.
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^3 warnings/);
    expect(await lines.allTextContents()).toEqual([
      '‼ High risk Pupil name Millie',
      expect.stringMatching(/^‼ High risk .* Ring me$/),
      '⚠ Check Phone number 07700 900123',
    ]);

    const box = ready.getByLabel('Try a post');
    await box.fill('');
    await box.pressSequentially('Lovely to see Kacper at the fair', { delay: 10 });
    await expect
      .poll(() => lines.allTextContents(), { timeout: 15_000 })
      .toEqual(['‼ High risk ⛔ Do not name: Pupil name Kacper']);
    await box.fill('A lovely day at the fair.');
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toBe('No warnings for this text.');

    await ready.getByRole('button', { name: 'Done' }).click();
    expect(await ready.count()).toBe(0);
  });
});
