// The content script's one connection to the background. Opened lazily on the
// first check (so a page where nothing is typed never connects) and re-opened if
// the service worker restarted.
import { browser } from '#imports';
import {
  CHECK_PORT,
  type BackgroundMessage,
  type ContentMessage,
} from '../../lib/messaging/protocol';

type Port = ReturnType<typeof browser.runtime.connect>;

export function createCheckClient(onFindings: (message: BackgroundMessage) => void) {
  let port: Port | undefined;

  const open = (): Port => {
    const p = browser.runtime.connect({ name: CHECK_PORT });
    p.onMessage.addListener((m) => onFindings(m as BackgroundMessage));
    p.onDisconnect.addListener(() => {
      if (port === p) port = undefined;
    });
    return p;
  };

  const post = (message: ContentMessage) => {
    port ??= open();
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a runtime.Port, not a window
    port.postMessage(message);
  };

  return {
    send(message: ContentMessage): void {
      try {
        post(message);
      } catch {
        // The extension was reloaded or the worker went away: reconnect once.
        port = undefined;
        try {
          post(message);
        } catch {
          port = undefined; // extension context is gone (updated); nothing more to do
        }
      }
    },
    close(): void {
      port?.disconnect();
      port = undefined;
    },
  };
}
