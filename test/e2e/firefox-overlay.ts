// Reads and presses our overlay in Firefox from a test. Its shadow root is closed, so neither
// the page nor Puppeteer's `>>>` selectors see into it; WebDriver BiDi can (as only a test or
// a debugger can): a node serialized with `includeShadowTree: 'all'` carries its closed shadow
// root, which a function run in the page then gets as an argument. Presses are real mouse
// clicks (input.performActions), so they are trusted, as a person's are. The Chromium tests
// do the same through the DevTools protocol (overlay.ts).
import type { Browser, Page } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}
interface BidiResult {
  type: 'success' | 'exception';
  result?: { value?: { shadowRoot?: { sharedId?: string } | null } };
  exceptionDetails?: { text: string };
}

export function firefoxOverlay(browser: Browser, page: Page) {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  // Puppeteer's frame keeps its browsing context id here (not public API).
  // oxlint-disable-next-line no-underscore-dangle
  const context = (page.mainFrame() as unknown as { _id: string })._id;

  const root = async (): Promise<string | null> => {
    const { result } = await connection.send('script.evaluate', {
      expression: "document.querySelector('before-you-post-overlay')",
      target: { context },
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    return result.result?.value?.shadowRoot?.sharedId ?? null;
  };

  /** Runs `fn(root, arg)` on our shadow root and returns what it returns (JSON), or null. */
  const call = async <T>(fn: string, arg: string): Promise<T | null> => {
    const sharedId = await root();
    if (!sharedId) return null;
    const { result } = await connection.send('script.callFunction', {
      functionDeclaration: `(root, arg) => JSON.stringify((${fn})(root, arg) ?? null)`,
      arguments: [{ sharedId }, { type: 'string', value: arg }],
      target: { context },
      awaitPromise: false,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(result.exceptionDetails?.text);
    return JSON.parse((result.result as { value: string }).value) as T | null;
  };

  return {
    text: (selector: string) =>
      call<string>('(root, sel) => root.querySelector(sel)?.textContent', selector),
    /** The element's rectangle in the viewport, or null when there is none. */
    rect: (selector: string) =>
      call<{ left: number; top: number; right: number; bottom: number }>(
        `(root, sel) => {
          const r = root.querySelector(sel)?.getBoundingClientRect();
          return r && { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        }`,
        selector,
      ),
    async click(selector: string): Promise<void> {
      const at = await call<{ x: number; y: number }>(
        `(root, sel) => {
          const el = root.querySelector(sel);
          // Scrolled into view inside the card first, as a person would.
          el?.scrollIntoView({ block: 'nearest' });
          const r = el?.getBoundingClientRect();
          return r && { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }`,
        selector,
      );
      if (!at) throw new Error(`no ${selector} in the overlay`);
      await page.mouse.click(at.x, at.y);
    },
  };
}
