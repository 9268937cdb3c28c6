// Finding, reading and inspecting a test page's editor from Playwright, in the
// top document, an open shadow root or the same-origin iframe alike.
import type { Frame, Page } from 'playwright-core';
import type { EditorName } from '../pages/build';

/** The frame whose document holds the editor (and so our overlay). */
export async function editorFrame(page: Page, editor: EditorName): Promise<Frame> {
  if (editor !== 'iframe') return page.mainFrame();
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('iframe has no frame');
  return frame;
}

export const EDITOR_SELECTOR =
  '.compose, .editor-root [contenteditable="true"], .editor-root textarea';

/** Text and caret as the editor itself holds them, read in the page's own world. */
export async function editorState(frame: Frame): Promise<{ text: string; caretFromEnd: number }> {
  return frame.evaluate((selector) => {
    const find = (root: Document | ShadowRoot): HTMLElement | null => {
      const direct = root.querySelector<HTMLElement>(selector);
      if (direct) return direct;
      for (const host of root.querySelectorAll('*')) {
        const inner = host.shadowRoot && find(host.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    const el = find(document);
    if (!el) throw new Error('no editor');
    if (el instanceof HTMLTextAreaElement) {
      return { text: el.value, caretFromEnd: el.value.length - el.selectionEnd };
    }
    const root = el.getRootNode() as Document & { getSelection?: () => Selection | null };
    const sel = (root.getSelection ?? document.getSelection).call(root)!;
    const tail = document.createRange();
    tail.setStart(sel.focusNode!, sel.focusOffset);
    tail.setEnd(el, el.childNodes.length);
    // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page
    const norm = (s: string) => s.replace(/\u00a0/g, ' ').replace(/[\u200b\ufeff]/g, '');
    return {
      text: norm(el.innerText).trim(),
      caretFromEnd: norm(tail.toString()).replace(/\s+$/, '').length,
    };
  }, EDITOR_SELECTOR);
}
