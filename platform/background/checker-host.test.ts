// A woken worker starts reading the settings and the data file when its script runs
// (`start`, called first in the background's main), not when the first check asks: the
// keystroke that woke it waits only for what is left.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkerDataFileText } from '../../lib/engine/shipped-data';

let reads: number;

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  reads = 0;
  vi.stubGlobal('fetch', async () => {
    reads++;
    return new Response(checkerDataFileText());
  });
});

afterEach(() => vi.unstubAllGlobals());

it('reads the data file once `start` is called, before any check asks, and once only', async () => {
  const { createCheckerHost } = await import('./checker-host');
  const host = createCheckerHost(() => undefined);
  expect(reads).toBe(0);
  host.start();
  await vi.waitFor(() => expect(reads).toBe(1));
  const checker = await host.checker();
  expect(checker.check('Ring me on 07700 900123').map((f) => f.kind)).toContain('phone-number');
  expect(reads).toBe(1);
  host.unwatch();
});

it('without `start`, reads nothing until the first check asks', async () => {
  const { createCheckerHost } = await import('./checker-host');
  const host = createCheckerHost(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(reads).toBe(0);
  await host.checker();
  expect(reads).toBe(1);
  host.unwatch();
});
