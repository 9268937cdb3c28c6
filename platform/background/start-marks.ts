// The background's start-up on its own Performance timeline, once per service worker:
// `main` (its script loaded and run), `message` (the first message from a page), `data` (the
// checker data file read and parsed), `settings` (read from storage), `checker` (built),
// `check` (the first text checked) and `badge` (the first badge set). Times count from
// the worker's start, so test/e2e/timing.e2e.test.ts reads where a woken worker spends
// its time before the first badge. Marks cost nothing and leave the browser with nothing.
export type StartStep = 'main' | 'message' | 'data' | 'settings' | 'checker' | 'check' | 'badge';

const marked = new Set<StartStep>();

export const START_MARK_PREFIX = 'before-you-post:start:';

export function markStart(step: StartStep): void {
  if (marked.has(step)) return;
  marked.add(step);
  performance.mark(`${START_MARK_PREFIX}${step}`);
}
