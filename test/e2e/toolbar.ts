// Clicking the extension's toolbar button in headless Chromium: the DevTools protocol's
// Extensions.triggerAction does what a click does, so the popup opens and the browser grants
// activeTab for that tab (the popup may then read its address). Playwright does not list the
// popup among its pages, so its document is read through the same protocol.
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';

/** Chromium flags that allow Extensions.triggerAction over Playwright's pipe. */
export const TOOLBAR_FLAGS = ['--enable-unsafe-extension-debugging'];

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface ToolbarPopup {
  /** Evaluates an expression in the popup's page and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
}

async function targets(session: CDPSession, type: string): Promise<TargetInfo[]> {
  // `filter` is newer than Playwright's protocol types.
  const params = { filter: [{ type }] } as unknown as Record<string, never>;
  const { targetInfos } = await session.send('Target.getTargets', params);
  return targetInfos as TargetInfo[];
}

/** Clicks the toolbar button on `page`'s tab (launch with TOOLBAR_FLAGS) and attaches to the popup. */
export async function clickToolbarButton(
  browser: ExtensionBrowser,
  page: Page,
): Promise<ToolbarPopup> {
  await page.bringToFront();
  const session = await browser.context.browser()!.newBrowserCDPSession();
  const tab = (await targets(session, 'tab')).find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await session.send(
    'Extensions.triggerAction' as 'Target.getTargets',
    {
      id: browser.extensionId,
      targetId: tab.targetId,
    } as never,
  );
  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  let popup: TargetInfo | undefined;
  for (let tries = 0; !popup && tries < 100; tries++) {
    popup = (await targets(session, 'page')).find((t) => t.url === popupUrl);
    if (!popup) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!popup) throw new Error('the toolbar popup did not open');
  // A non-flattened session: Playwright's CDPSession cannot address a child session directly.
  const { sessionId } = await session.send('Target.attachToTarget', {
    targetId: popup.targetId,
    flatten: false,
  });
  const replies = new Map<
    number,
    (message: { result?: { result?: { value?: unknown } } }) => void
  >();
  session.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as {
      id?: number;
      result?: { result?: { value?: unknown } };
    };
    if (message.id !== undefined) replies.get(message.id)?.(message);
  });
  let nextId = 0;
  return {
    evaluate<T>(expression: string): Promise<T> {
      const id = ++nextId;
      return new Promise((resolve) => {
        replies.set(id, (reply) => resolve(reply.result?.result?.value as T));
        const message = JSON.stringify({
          id,
          method: 'Runtime.evaluate',
          params: { expression, returnByValue: true, awaitPromise: true },
        });
        void session.send('Target.sendMessageToTarget', { sessionId, message });
      });
    },
  };
}
