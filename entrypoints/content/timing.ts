// Main-thread cost of the content script, for the end-to-end timing test. Off unless the
// background says otherwise (the test sets `local:measure` through the service worker):
// a page cannot switch it on, so it never gets a timeline of how long drawing the
// warnings took, which would hint at how many there are.
let measuring = false;

export function startMeasuring(): void {
  measuring = true;
}

export function measured<A extends unknown[], R>(name: string, fn: (...args: A) => R) {
  return (...args: A): R => {
    if (!measuring) return fn(...args);
    const start = performance.now();
    try {
      return fn(...args);
    } finally {
      performance.measure(`before-you-post:${name}`, { start, end: performance.now() });
    }
  };
}

/**
 * Marks a decision with its value, for the end-to-end tests to read instead of a
 * stopwatch: `note('wait', 0)` says the next check was set to run 0 ms after a paste,
 * where a clock reading on a busy machine could not tell a 0 ms wait from a 90 ms one.
 */
export function note(name: string, detail: number): void {
  if (measuring) performance.mark(`before-you-post:${name}`, { detail });
}
