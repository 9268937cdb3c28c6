// @vitest-environment happy-dom
// When the watcher checks: after the typing pause, but at once after a paste, even
// though the editor's own input event follows the paste.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentMessage } from '../../lib/messaging/protocol';
import type { OverlayHost } from './overlay-host';
import { AFTER_PASTE_MS, createWatcher, DEBOUNCE_MS } from './watcher';

const overlay = { show() {}, clear() {}, toggleFromKeyboard() {} } as unknown as OverlayHost;

let stop: AbortController;
let sent: ContentMessage[];
let box: HTMLTextAreaElement;

beforeEach(() => {
  vi.useFakeTimers();
  stop = new AbortController();
  sent = [];
  box = document.createElement('textarea');
  document.body.append(box);
  createWatcher(document, (m) => sent.push(m), overlay, stop.signal);
  box.focus();
  vi.advanceTimersByTime(0); // the first check, of the empty box
  sent = [];
});

afterEach(() => {
  stop.abort();
  document.body.replaceChildren();
  vi.useRealTimers();
});

const checkedTexts = () => sent.flatMap((m) => (m.type === 'check' ? [m.text] : []));

/** What a paste looks like to the page: the paste event, then the text and an input event. */
function paste(text: string) {
  box.dispatchEvent(new Event('paste', { bubbles: true }));
  box.value += text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

function type(text: string) {
  box.value += text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('when the watcher checks', () => {
  it.each([
    ['a paste followed by the input event', AFTER_PASTE_MS, () => paste('Millie')],
    ['a keystroke', DEBOUNCE_MS, () => type('M')],
  ])('checks %s after %i ms, not before', (_, delay, act) => {
    act();
    vi.advanceTimersByTime(delay - 1);
    expect(checkedTexts()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(checkedTexts()).toEqual([box.value]);
  });

  it('goes back to the typing pause once the pasted text is checked', () => {
    paste('Millie');
    vi.advanceTimersByTime(AFTER_PASTE_MS);
    type(' is');
    vi.advanceTimersByTime(AFTER_PASTE_MS);
    expect(checkedTexts()).toEqual(['Millie']);
    vi.advanceTimersByTime(DEBOUNCE_MS - AFTER_PASTE_MS);
    expect(checkedTexts()).toEqual(['Millie', 'Millie is']);
  });

  it('lets a paste cut short the pause of keystrokes typed just before it', () => {
    type('Hi ');
    vi.advanceTimersByTime(DEBOUNCE_MS - 10);
    paste('Millie');
    vi.advanceTimersByTime(AFTER_PASTE_MS);
    expect(checkedTexts()).toEqual(['Hi Millie']);
  });
});

/** A contenteditable at `left`, as the page lays it out (happy-dom does no layout). */
function editable(left: number): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.getBoundingClientRect = () => new DOMRect(left, 10, 200, 40);
  document.body.append(el);
  return el;
}
const editorIds = () => new Set(sent.flatMap((m) => ('editorId' in m ? [m.editorId] : [])));

describe('which compose box is watched', () => {
  it('keeps watching the compose box while a paste catcher parked off the page has focus', () => {
    type('Millie');
    const catcher = editable(-10_000);
    catcher.focus();
    vi.advanceTimersByTime(50); // the editor reads the paste, then focuses itself again
    box.focus();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(checkedTexts()).toEqual(['Millie']);
    expect(editorIds().size).toBe(1);
    expect(sent.some((m) => m.type === 'editor-gone')).toBe(false);
  });

  it('moves to another compose box on the page when it gets focus', () => {
    const other = editable(20);
    other.textContent = 'Hello';
    other.focus();
    vi.advanceTimersByTime(0);
    expect(checkedTexts()).toEqual(['Hello']);
    expect(editorIds().size).toBe(1);
    expect([...editorIds()][0]).not.toBe('e1');
  });

  it('watches a compose box a photo is dropped on before it was ever focused', async () => {
    const other = editable(20);
    other.textContent = 'Look at this';
    const drop = new Event('drop', { bubbles: true });
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'IMG_1.jpg', {
      type: 'image/jpeg',
    });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [photo] } });
    other.firstChild!.dispatchEvent(drop);
    await vi.waitFor(() => expect(sent.some((m) => m.type === 'attachment')).toBe(true));
    vi.advanceTimersByTime(0);
    const [attachment] = sent.filter((m) => m.type === 'attachment');
    expect(attachment).toMatchObject({ fileName: 'IMG_1.jpg' });
    expect(sent.filter((m) => m.type === 'check').at(-1)).toMatchObject({
      editorId: attachment!.editorId,
      text: 'Look at this',
      hasAttachment: true,
    });
  });

  it('ignores a photo dropped outside any compose box when none is watched', async () => {
    stop.abort();
    stop = new AbortController();
    sent = [];
    document.body.replaceChildren();
    const plain = document.createElement('div');
    document.body.append(plain);
    createWatcher(document, (m) => sent.push(m), overlay, stop.signal);
    const drop = new Event('drop', { bubbles: true });
    const photo = new File([new Uint8Array([0xff, 0xd8])], 'IMG_2.jpg', { type: 'image/jpeg' });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [photo] } });
    plain.dispatchEvent(drop);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toEqual([]);
  });
});
