import { describe, expect, it } from 'vitest';
import { createRateLimit } from './rate-limit';

describe('createRateLimit', () => {
  it('allows a burst, then one per interval, per key', () => {
    let now = 0;
    const limit = createRateLimit({ burst: 2, everyMs: 1000 }, () => now);
    expect([limit.allow(1), limit.allow(1), limit.allow(1)]).toEqual([true, true, false]);
    expect(limit.allow(2)).toBe(true);
    now = 999;
    expect(limit.allow(1)).toBe(false);
    now = 1999;
    expect(limit.allow(1)).toBe(true);
    expect(limit.allow(1)).toBe(false);
  });
});
