// @vitest-environment happy-dom
// When the watcher checks: after the typing pause, but at once after a paste, even
// though the editor's own input event follows the paste.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentMessage } from '../../lib/protocol';
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
