// Follows focus to the compose box being edited and checks its text when the
// person pauses: debounced, never mid-composition (IME), at once after a paste.
// Until a compose box gets focus it does nothing but listen for focus.
//
// Only the person's own input starts a check. A page script can focus a hidden box, set its
// value and fire `input` events, but it cannot make a trusted key press, paste, drop,
// `beforeinput` or end of composition: those arm the watcher, and a check reads the box only
// while it is armed. Text a script writes into the box is checked with the next thing the
// person types, never on its own, so a page cannot use the checker to test guesses.
import {
  composeBoxFromEvent,
  composeBoxOf,
  deepActiveElement,
  isParkedOffscreen,
  type ComposeBox,
} from '../../lib/dom/editable';
import { caretOffset } from '../../lib/dom/caret';
import { readText, type TextSnapshot } from '../../lib/dom/text-map';
import { readThread } from '../../lib/dom/thread';
import { checkWindow } from '../../lib/messaging/check-window';
import { CHECK_WINDOW, THREAD_WINDOW } from '../../lib/messaging/limits';
import { diffText } from '../../lib/messaging/text-edit';
import { encodePhotoHead, PHOTO_HEAD_BYTES } from '../../lib/photo/transfer';
import type { BackgroundMessage, ContentMessage } from '../../lib/messaging/protocol';
import { isImage, watchAttachments } from './attachments';
import type { OverlayHost } from './overlay-host';
import { measured, note } from './timing';
import type { Span } from '../../lib/text/span';

/** Pause after the last keystroke before checking; leaves ~200 ms for the check and drawing. */
export const DEBOUNCE_MS = 90;
export const AFTER_PASTE_MS = 20;
/** Shorter posts are sent whole: simpler, and just as cheap. */
const EDIT_THRESHOLD = 500;
const measuredRead = measured('read', readText);
const measuredThread = measured('thread', (box: ComposeBox) => readThread(box, THREAD_WINDOW));
const GONE_POLL_MS = 1000;
/** The person's own acts in the box that arm a check (each must be `isTrusted`). */
const ARMING_EVENTS = ['keydown', 'beforeinput', 'paste', 'drop', 'compositionend'] as const;

/** What was sent under one sequence number: findings come back relative to it. */
interface Sent {
  snapshot: TextSnapshot;
  /** Where the sent text starts in the snapshot (a window of a longer post), else 0. */
  offset: number;
  /** The text sent, to send again if the background lost it. */
  text: string;
  partial: boolean;
}

interface Watched {
  box: ComposeBox;
  id: string;
  composing: boolean;
  hasAttachment: boolean;
  /** The person did something in the box since the last check. */
  armed: boolean;
  lastSent?: { text: string; hasAttachment: boolean };
  /** The text the background holds for this editor, which edits are relative to. */
  lastText?: string;
  /**
   * The end of the text the box replies to (lib/dom/thread.ts), '' for none: read at the first
   * check the person's input starts after the box got focus, then sent with every check.
   */
  thread?: string;
  sent: Map<number, Sent>;
  stop: AbortController;
}

/** The thread field of a check: absent when the box answers nothing. */
const threadOf = (w: Watched): { thread?: string } => (w.thread ? { thread: w.thread } : {});

export function createWatcher(
  doc: Document,
  send: (message: ContentMessage) => void,
  overlay: OverlayHost,
  signal: AbortSignal,
) {
  const ids = new WeakMap<ComposeBox, string>();
  let nextId = 1;
  let seq = 0;
  let watched: Watched | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let gonePoll: ReturnType<typeof setInterval> | undefined;

  /** From a paste until its check: the editor's changes after it must not wait for the pause. */
  let pasted = false;

  const sendText = (w: Watched, snapshot: TextSnapshot) => {
    const { text } = snapshot;
    seq += 1;
    const base = { editorId: w.id, seq, hasAttachment: w.hasAttachment, ...threadOf(w) };
    if (text.length > CHECK_WINDOW) {
      // A post longer than one check may carry: the part around the caret.
      const focus = caretOffset(snapshot) ?? text.length;
      const { start, end } = checkWindow(text, focus);
      const part = text.slice(start, end);
      w.sent.set(seq, { snapshot, offset: start, text: part, partial: true });
      send({ type: 'check', ...base, text: part, partial: true, focus: focus - start });
      w.lastText = undefined;
      return;
    }
    w.sent.set(seq, { snapshot, offset: 0, text, partial: false });
    if (w.lastText === undefined || text.length < EDIT_THRESHOLD) {
      send({ type: 'check', ...base, text, focus: caretOffset(snapshot) ?? text.length });
    } else {
      // The background holds the thread from the last whole check.
      const { thread: _held, ...edit } = base;
      send({ type: 'edit', ...edit, ...diffText(w.lastText, text) });
    }
    w.lastText = text;
  };

  const check = measured('check', () => {
    timer = undefined;
    pasted = false;
    const w = watched;
    if (!w || w.composing || !w.armed) return;
    w.armed = false;
    const snapshot = measuredRead(w.box);
    const { text } = snapshot;
    if (w.lastSent?.text === text && w.lastSent.hasAttachment === w.hasAttachment) return;
    w.lastSent = { text, hasAttachment: w.hasAttachment };
    // Once per focus, and only now that the person has typed: a page cannot make it happen.
    w.thread ??= measuredThread(w.box) ?? '';
    sendText(w, snapshot);
  });

  const schedule = measured('keystroke', (delay?: number) => {
    clearTimeout(timer);
    const wait = delay ?? (pasted ? AFTER_PASTE_MS : DEBOUNCE_MS);
    note('wait', wait);
    timer = setTimeout(check, wait);
  });

  /** Sends again the text last sent, under a new number: the same text, the person's. */
  const resend = (w: Watched) => {
    const last = w.sent.get(seq);
    if (!last) return;
    seq += 1;
    w.sent.set(seq, last);
    w.lastText = last.partial ? undefined : last.text;
    const base = { editorId: w.id, seq, hasAttachment: w.hasAttachment, ...threadOf(w) };
    send({ type: 'check', ...base, text: last.text, ...(last.partial ? { partial: true } : {}) });
  };

  const unwatch = () => {
    if (!watched) return;
    watched.stop.abort();
    send({ type: 'editor-gone', editorId: watched.id });
    watched = undefined;
    overlay.clear();
    clearInterval(gonePoll);
    gonePoll = undefined;
  };

  const watch = (box: ComposeBox) => {
    if (watched?.box === box) return;
    if (watched && !watched.box.isConnected) unwatch();
    watched?.stop.abort();
    let id = ids.get(box);
    if (!id) ids.set(box, (id = `e${nextId++}`));
    const stop = new AbortController();
    const w: Watched = {
      box,
      id,
      composing: false,
      hasAttachment: false,
      armed: false,
      sent: new Map(),
      stop,
    };
    watched = w;
    // The overlay is there from now on, whatever is found: its presence tells a page nothing.
    overlay.watch(box);
    const opts = { signal: AbortSignal.any([stop.signal, signal]), passive: true };
    const arm = () => {
      w.armed = true;
      schedule();
    };
    // Capture: a paste is seen before an editor's own handler changes the text.
    const capture = { ...opts, capture: true };
    for (const type of ARMING_EVENTS) {
      box.addEventListener(
        type,
        (e) => {
          if (!e.isTrusted) return;
          if (type === 'paste') pasted = true;
          arm();
        },
        capture,
      );
    }
    // Only an input method starts a composition; any end of one lets a check the person armed
    // go ahead (Chromium marks some real ends untrusted, and a stuck flag would stop all checks).
    box.addEventListener('compositionstart', (e) => e.isTrusted && (w.composing = true), capture);
    box.addEventListener(
      'compositionend',
      () => {
        w.composing = false;
        if (w.armed) schedule();
      },
      capture,
    );
    // Later changes restart the pause; they check only what the person's act armed.
    box.addEventListener('input', () => w.armed && schedule(), opts);
    if (!('value' in box)) {
      // Rich editors may change text without an input event (undo, re-render).
      const observer = new MutationObserver(() => w.armed && schedule());
      observer.observe(box, { characterData: true, childList: true, subtree: true });
      opts.signal.addEventListener('abort', () => observer.disconnect());
    }
    gonePoll ??= setInterval(() => watched && !watched.box.isConnected && unwatch(), GONE_POLL_MS);
  };

  const inComposeArea = (target: EventTarget | null): boolean => {
    if (!(target instanceof Node)) return false;
    // A photo dropped on a compose box the person has not clicked into yet: watch that box.
    const element = target instanceof Element ? target : target.parentElement;
    const box = element && composeBoxOf(element);
    if (box && box !== watched?.box && !isParkedOffscreen(box)) watch(box);
    if (!watched) return false;
    const area = watched.box.closest('form, [role="dialog"]') ?? watched.box;
    return area.contains(target) || watched.box.contains(target);
  };

  doc.addEventListener(
    'focusin',
    (e) => {
      const box = composeBoxFromEvent(e);
      if (box && watched?.box === box) {
        // Back in the same box: a single-page site may have moved it under another post (X
        // keeps its reply box across tweets). Read the thread again at the next check, and send
        // that check whole, so the background holds the new one.
        watched.thread = undefined;
        watched.lastText = undefined;
      }
      if (box && !isParkedOffscreen(box)) watch(box);
    },
    { capture: true, passive: true, signal },
  );
  watchAttachments(
    doc,
    inComposeArea,
    (files) => {
      const w = watched;
      if (!w) return;
      // Only the first bytes of each image are read, and only to find a GPS position in the
      // background. They are sent before the check, so its findings include what they show.
      void Promise.all(
        files.map(async (file) => {
          const head = isImage(file)
            ? await file
                .slice(0, PHOTO_HEAD_BYTES)
                .arrayBuffer()
                .then(encodePhotoHead, () => undefined)
            : undefined;
          send({ type: 'attachment', editorId: w.id, fileName: file.name, head });
        }),
      ).then(() => {
        w.hasAttachment = true;
        // The person attached it (watchAttachments passes on trusted events only).
        w.armed = true;
        if (watched === w) schedule(0);
      });
    },
    signal,
  );
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    clearInterval(gonePoll);
  });

  const focused = deepActiveElement(doc);
  const initial = focused && composeBoxOf(focused);
  if (initial) watch(initial);

  return {
    onMessage(message: BackgroundMessage): void {
      const w = watched;
      if (!w || !('editorId' in message) || message.editorId !== w.id) return;
      if (message.type === 'toggle-card') {
        overlay.toggleFromKeyboard();
        return;
      }
      if (message.type === 'need-text') {
        resend(w);
        return;
      }
      if (message.seq !== seq) return;
      const sent = w.sent.get(message.seq);
      w.sent.clear();
      if (!sent) return;
      w.sent.set(message.seq, sent);
      const shift = <F extends Span>(f: F): F => ({
        ...f,
        start: f.start + sent.offset,
        end: f.end + sent.offset,
      });
      overlay.show({
        snapshot: sent.snapshot,
        findings: message.findings.map(shift),
        attachments: message.attachments ?? [],
        hasAttachment: w.hasAttachment,
        tabId: message.tabId,
        photoClauses: message.photoClauses,
        more: message.more ?? 0,
        partial: message.partial === true,
        longPost: sent.partial,
      });
    },
    /** The person dismissed a finding: the background forgets it and checks the same text again. */
    dismiss(kind: ContentMessage & { type: 'dismiss' }): void {
      if (!watched) return;
      send(kind);
    },
    get editorId(): string | undefined {
      return watched?.id;
    },
  };
}
