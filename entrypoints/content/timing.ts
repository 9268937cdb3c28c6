// Main-thread cost of the content script, for the end-to-end measurements. Off
// unless the page's <html> carries data-before-you-post-measure, so normal pages
// get no extra performance entries.
export function measured<A extends unknown[], R>(name: string, fn: (...args: A) => R) {
  return (...args: A): R => {
    if (!document.documentElement.hasAttribute('data-before-you-post-measure')) return fn(...args);
    const start = performance.now();
    try {
      return fn(...args);
    } finally {
      performance.measure(`before-you-post:${name}`, { start, end: performance.now() });
    }
  };
}
