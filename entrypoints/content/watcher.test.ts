// @vitest-environment happy-dom
// When the watcher checks: after the typing pause, but at once after a paste, even
// though the editor's own input event follows the paste; and only after the person's
// own input, never after what a page script does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_WINDOW } from '../../lib/messaging/limits';
import type { ContentMessage } from '../../lib/messaging/protocol';
import { trusted } from '../../test/trusted-event';
import type { OverlayHost } from './overlay-host';
import { AFTER_PASTE_MS, createWatcher, DEBOUNCE_MS } from './watcher';

const watchedBoxes: Element[] = [];
const overlay = {
  watch: (box: Element) => watchedBoxes.push(box),
  show() {},
  clear() {},
  toggleFromKeyboard() {},
} as unknown as OverlayHost;

let stop: AbortController;
let sent: ContentMessage[];
let box: HTMLTextAreaElement;

beforeEach(() => {
  vi.useFakeTimers();
  stop = new AbortController();
  sent = [];
  watchedBoxes.length = 0;
  box = document.createElement('textarea');
  document.body.append(box);
  createWatcher(document, (m) => sent.push(m), overlay, stop.signal);
  box.focus();
  vi.advanceTimersByTime(1000);
});

afterEach(() => {
  stop.abort();
  document.body.replaceChildren();
  vi.useRealTimers();
});

const checkedTexts = () => sent.flatMap((m) => (m.type === 'check' ? [m.text] : []));

/** What a paste looks like to the page: the paste event, then the text and an input event. */
function paste(text: string, target: Element = box) {
  target.dispatchEvent(trusted(new Event('paste', { bubbles: true })));
  (target as HTMLTextAreaElement).value += text;
  target.dispatchEvent(new Event('input', { bubbles: true }));
}

/** A person's key press: a trusted keydown, then the editor's change and its input event. */
function type(text: string, target: Element = box) {
  target.dispatchEvent(trusted(new KeyboardEvent('keydown', { bubbles: true, key: text[0] })));
  (target as HTMLTextAreaElement).value += text;
  target.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('when the watcher checks', () => {
  it('checks nothing when a box merely gets focus, whatever it holds', () => {
    expect(sent).toEqual([]);
    expect(watchedBoxes).toEqual([box]); // the overlay is there all the same
  });

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

describe('only the person starts a check', () => {
  it("ignores a page script's value and synthetic events of every kind", () => {
    box.value = 'Well done Millie today.';
    for (const kind of ['input', 'keydown', 'beforeinput', 'paste', 'drop', 'compositionend']) {
      box.dispatchEvent(new Event(kind, { bubbles: true }));
    }
    box.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'a' }));
    vi.advanceTimersByTime(5000);
    expect(sent).toEqual([]);
  });

  it('checks text a script wrote only with the next thing the person types', () => {
    type('Hello');
    vi.advanceTimersByTime(DEBOUNCE_MS);
    box.value = 'Hello Millie';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    vi.advanceTimersByTime(5000);
    expect(checkedTexts()).toEqual(['Hello']);
    type('!');
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(checkedTexts()).toEqual(['Hello', 'Hello Millie!']);
  });

  it('does not let a synthetic compositionstart hold back the next check', () => {
    box.dispatchEvent(new Event('compositionstart', { bubbles: true }));
    type('Millie');
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(checkedTexts()).toEqual(['Millie']);
  });

  it('checks a focused hidden box a script filled only if the person types into it', () => {
    const hidden = document.createElement('textarea');
    hidden.style.opacity = '0';
    document.body.append(hidden);
    hidden.focus();
    hidden.value = 'Well done Kacper today.';
    hidden.dispatchEvent(new Event('input', { bubbles: true }));
    vi.advanceTimersByTime(5000);
    expect(checkedTexts()).toEqual([]);
  });
});

describe('a post longer than one check', () => {
  it('sends the part around the caret, and says it is part of a longer post', () => {
    const long = `${'Lovely weather today. '.repeat(2000)}Well done Millie`;
    expect(long.length).toBeGreaterThan(CHECK_WINDOW);
    box.value = long;
    box.setSelectionRange(long.length, long.length);
    paste('');
    vi.advanceTimersByTime(AFTER_PASTE_MS);
    const [message] = sent;
    expect(message).toMatchObject({ type: 'check', partial: true });
    if (message?.type !== 'check') throw new Error('expected a check');
    expect(message.text.length).toBeLessThanOrEqual(CHECK_WINDOW);
    expect(message.text.endsWith('Well done Millie')).toBe(true);
  });
});

/** A reply box under a post, focused: the page as a person finds it. */
function replyBox(post: string): HTMLTextAreaElement {
  const article = document.createElement('article');
  article.textContent = post;
  const reply = document.createElement('textarea');
  document.body.append(article, reply);
  reply.focus();
  vi.advanceTimersByTime(1000);
  return reply;
}
const threads = () => sent.map((m) => (m.type === 'check' || m.type === 'edit' ? m : undefined));

describe('the thread a reply answers', () => {
  it('is read at the first check the person starts, once per focus, and sent with each check', () => {
    const reply = replyBox('The council closed the pool.');
    expect(sent).toEqual([]);
    type('They', reply);
    vi.advanceTimersByTime(DEBOUNCE_MS);
    // The page rewrites the post: this focus keeps what was read when the person typed.
    document.querySelector('article')!.textContent = 'Ofsted came today.';
    type(' again', reply);
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(threads().map((m) => m?.type === 'check' && [m.text, m.thread])).toEqual([
      ['They', 'The council closed the pool.'],
      ['They again', 'The council closed the pool.'],
    ]);
  });

  it('is read again when the box gets focus again, and sent with a whole check', () => {
    const reply = replyBox('The council closed the pool.');
    reply.value = 'x'.repeat(600);
    type(' they', reply);
    vi.advanceTimersByTime(DEBOUNCE_MS);
    // The site moves the same box under another post, and the person comes back to it.
    document.querySelector('article')!.textContent = 'Ofsted came today.';
    reply.blur();
    reply.focus();
    type('!', reply);
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(sent.map((m) => m.type === 'check' && m.thread)).toEqual([
      'The council closed the pool.',
      'Ofsted came today.',
    ]);
  });

  it('is not read, nor sent, for what a page script does in the box', () => {
    const reply = replyBox('The council closed the pool.');
    reply.value = 'They are a disgrace';
    reply.dispatchEvent(new Event('input', { bubbles: true }));
    reply.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'T' }));
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([]);
  });

  it('is not repeated in edits of a long post: the background holds it', () => {
    const reply = replyBox('The council closed the pool.');
    reply.value = 'x'.repeat(600);
    type(' they', reply);
    vi.advanceTimersByTime(DEBOUNCE_MS);
    type('!', reply);
    vi.advanceTimersByTime(DEBOUNCE_MS);
    const [first, second] = sent;
    expect(first).toMatchObject({ type: 'check', thread: 'The council closed the pool.' });
    expect(second?.type).toBe('edit');
    expect(second && 'thread' in second).toBe(false);
  });

  it('a box that answers nothing sends no thread', () => {
    type('Fun day out');
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(sent).toEqual([expect.objectContaining({ type: 'check', text: 'Fun day out' })]);
    expect('thread' in sent[0]!).toBe(false);
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

  it('moves to another compose box on the page when it gets focus, and checks it when typed in', () => {
    const other = editable(20);
    other.textContent = 'Hello';
    other.focus();
    vi.advanceTimersByTime(1000);
    expect(checkedTexts()).toEqual([]);
    other.dispatchEvent(trusted(new KeyboardEvent('keydown', { bubbles: true, key: '!' })));
    other.textContent = 'Hello!';
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(checkedTexts()).toEqual(['Hello!']);
    expect(editorIds().size).toBe(1);
    expect([...editorIds()][0]).not.toBe('e1');
  });

  it('watches a compose box a photo is dropped on before it was ever focused', async () => {
    const other = editable(20);
    other.textContent = 'Look at this';
    const drop = trusted(new Event('drop', { bubbles: true }));
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

  it('ignores a photo dropped by a page script', async () => {
    const drop = new Event('drop', { bubbles: true });
    const photo = new File([new Uint8Array([0xff, 0xd8])], 'IMG_3.jpg', { type: 'image/jpeg' });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [photo] } });
    box.dispatchEvent(drop);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toEqual([]);
  });

  it('ignores a photo dropped outside any compose box when none is watched', async () => {
    stop.abort();
    stop = new AbortController();
    sent = [];
    document.body.replaceChildren();
    const plain = document.createElement('div');
    document.body.append(plain);
    createWatcher(document, (m) => sent.push(m), overlay, stop.signal);
    const drop = trusted(new Event('drop', { bubbles: true }));
    const photo = new File([new Uint8Array([0xff, 0xd8])], 'IMG_2.jpg', { type: 'image/jpeg' });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [photo] } });
    plain.dispatchEvent(drop);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toEqual([]);
  });
});
