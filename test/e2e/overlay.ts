// Reads and presses our overlay from a test. Its shadow root is closed, so neither the page
// nor Playwright's locators can see into it; the DevTools protocol can (as only a test or a
// debugger can): DOM.describeNode with `pierce` shows a host's closed shadow root, and
// DOM.resolveNode hands it to a function run in the page. Presses are real mouse clicks at
// the element's centre, so they are trusted, as a person's are.
import type { CDPSession, Frame, Page } from 'playwright-core';

interface DomNode {
  nodeName: string;
  localName?: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export const OVERLAY_TAG = 'before-you-post-overlay';

export class OverlayProbe {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly frame: Frame | undefined,
    private readonly tag: string,
  ) {}

  /**
   * The overlay of `page`, or of the iframe `frame` when the editor is in one; `tag` names
   * another of our closed hosts (the 6.10 note is `before-you-post-note`).
   */
  static async of(page: Page, frame?: Frame, tag = OVERLAY_TAG): Promise<OverlayProbe> {
    const cdp = await page.context().newCDPSession(page);
    const inFrame = frame && frame !== page.mainFrame() ? frame : undefined;
    return new OverlayProbe(page, cdp, inFrame, tag);
  }

  /**
   * The shadow roots of our overlay hosts, in the top document or inside (same-origin) frames.
   * The host is found with querySelector in the page, and only its own node is described:
   * listing the whole document would copy every text node, a 10 MB text area's included.
   */
  private async roots(): Promise<string[]> {
    const expression = this.frame
      ? `[...document.querySelectorAll('iframe')].map((f) => f.contentDocument && f.contentDocument.querySelector(${JSON.stringify(this.tag)})).filter(Boolean)`
      : `[...document.querySelectorAll(${JSON.stringify(this.tag)})]`;
    const { result } = (await this.cdp.send('Runtime.evaluate', { expression })) as {
      result: { objectId?: string };
    };
    if (!result.objectId) return [];
    const { result: items } = (await this.cdp.send('Runtime.getProperties', {
      objectId: result.objectId,
      ownProperties: true,
    })) as { result: { name: string; value?: { objectId?: string } }[] };
    const ids: string[] = [];
    for (const item of items) {
      if (!/^\d+$/.test(item.name) || !item.value?.objectId) continue;
      const { node } = (await this.cdp.send('DOM.describeNode', {
        objectId: item.value.objectId,
        depth: 1,
        pierce: true,
      })) as { node: DomNode };
      const shadow = node.shadowRoots?.[0];
      if (!shadow) continue;
      const { object } = (await this.cdp.send('DOM.resolveNode', {
        backendNodeId: shadow.backendNodeId,
      })) as { object: { objectId?: string } };
      if (object.objectId) ids.push(object.objectId);
    }
    return ids;
  }

  /** Runs `fn(root, arg)` on our (first) shadow root in the page; null when there is none. */
  async evaluate<T, A = undefined>(
    fn: (root: ShadowRoot, arg: A) => T,
    arg?: A,
  ): Promise<T | null> {
    const [objectId] = await this.roots();
    if (!objectId) return null;
    const { result, exceptionDetails } = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
    })) as { result: { value?: T }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(`overlay probe failed: ${exceptionDetails.text}`);
    return result.value ?? null;
  }

  /** How many hosts of our overlay there are (0 or 1). */
  async hosts(): Promise<number> {
    return (await this.roots()).length;
  }

  count(selector: string): Promise<number> {
    return this.evaluate((root, s) => root.querySelectorAll(s).length, selector).then(
      (n) => n ?? 0,
    );
  }

  text(selector: string): Promise<string | null> {
    return this.evaluate((root, s) => root.querySelector(s)?.textContent ?? null, selector);
  }

  texts(selector: string): Promise<string[]> {
    return this.evaluate(
      (root, s) => [...root.querySelectorAll(s)].map((el) => el.textContent ?? ''),
      selector,
    ).then((t) => t ?? []);
  }

  attribute(selector: string, name: string): Promise<string | null> {
    return this.evaluate((root, [s, n]) => root.querySelector(s)?.getAttribute(n) ?? null, [
      selector,
      name,
    ] as [string, string]);
  }

  /** Where the element is focused inside our root: 'card', or what else holds focus, or null. */
  focus(): Promise<string | null> {
    return this.evaluate((root) => {
      const active = root.activeElement;
      if (!active) return null;
      return active.closest('.card') ? 'card' : active.localName;
    });
  }

  /**
   * Presses the element as a person would: a real mouse click at its centre. With `text`,
   * the first element matching `selector` whose text is exactly that.
   */
  async click(selector: string, text?: string, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const box = await this.evaluate(
        (root, [s, t]) => {
          const el = [...root.querySelectorAll(s)].find(
            (e) => t === null || e.textContent?.trim() === t,
          );
          if (!el) return null;
          // Scrolled into view inside the card first, as a person would.
          el.scrollIntoView({ block: 'nearest' });
          const r = el.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        },
        [selector, text ?? null] as [string, string | null],
      );
      if (box) {
        const offset = this.frame
          ? await this.frame.frameElement().then((e) => e.boundingBox())
          : null;
        await this.page.mouse.click(box.x + (offset?.x ?? 0), box.y + (offset?.y ?? 0));
        return;
      }
      if (Date.now() > deadline) throw new Error(`no ${selector} in the overlay`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Waits until `selector` is in the overlay. */
  async waitFor(selector: string, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.count(selector)) === 0) {
      if (Date.now() > deadline) throw new Error(`no ${selector} in the overlay`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
