// A token bucket per key: `burst` actions at once, then one more every `everyMs`.
// Used for what a page's process can ask the background to do beyond checking text,
// such as opening an extension page: a person clicks a few links, a loop clicks thousands.

export function createRateLimit(
  { burst, everyMs }: { burst: number; everyMs: number },
  now: () => number = Date.now,
) {
  const buckets = new Map<string | number, { tokens: number; at: number }>();
  return {
    /** Whether `key` may act now; counts the action if so. */
    allow(key: string | number): boolean {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: burst, at: t };
      bucket.tokens = Math.min(burst, bucket.tokens + (t - bucket.at) / everyMs);
      bucket.at = t;
      buckets.set(key, bucket);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
    forget(key: string | number): void {
      buckets.delete(key);
    },
  };
}
