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
