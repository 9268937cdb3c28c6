// A record whose values are worked out when first read, then kept: a policy's clauses for
// each topic come from reading the whole policy (auto-map.ts), tens of milliseconds for all
// topics, while the first warning after the worker wakes needs one ("pupil-name").
// `lazyRecord(['a', 'b'], (k) => k.length).a` computes only `a`. Enumerable, so
// Object.entries and JSON.stringify see every key (and work each out).
export function lazyRecord<K extends string, V>(
  keys: readonly K[],
  compute: (key: K) => V,
): Record<K, V> {
  const record = {} as Record<K, V>;
  for (const key of keys) {
    Object.defineProperty(record, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = compute(key);
        Object.defineProperty(record, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return record;
}
