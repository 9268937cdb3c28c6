// Follows focus to the compose box being edited and checks its text when the
// person pauses: debounced, never mid-composition (IME), at once after a paste.
// Until a compose box gets focus it does nothing but listen for focus.
import {
  composeBoxFromEvent,
  composeBoxOf,
  deepActiveElement,
  isParkedOffscreen,
  type ComposeBox,
} from '../../lib/dom/editable';
import { readText, type TextSnapshot } from '../../lib/dom/text-map';
import { diffText } from '../../lib/messaging/text-edit';
import { encodePhotoHead, PHOTO_HEAD_BYTES } from '../../lib/photo/transfer';
import type { BackgroundMessage, ContentMessage } from '../../lib/messaging/protocol';
import { isImage, watchAttachments } from './attachments';
import type { OverlayHost } from './overlay-host';
import { measured } from './timing';

/** Pause after the last keystroke before checking; leaves ~200 ms for the check and drawing. */
export const DEBOUNCE_MS = 90;
export const AFTER_PASTE_MS = 20;
/** Shorter posts are sent whole: simpler, and just as cheap. */
const EDIT_THRESHOLD = 500;
const measuredRead = measured('read', readText);
const GONE_POLL_MS = 1000;

interface Watched {
  box: ComposeBox;
  id: string;
  composing: boolean;
  hasAttachment: boolean;
  lastSent?: string;
  /** The text the background holds for this editor, which edits are relative to. */
  lastText?: string;
  snapshots: Map<number, TextSnapshot>;
  stop: AbortController;
}

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
  const check = measured('check', () => {
    timer = undefined;
    pasted = false;
    const w = watched;
    if (!w || w.composing) return;
    const snapshot = measuredRead(w.box);
    const key = `${snapshot.text}\u0000${w.hasAttachment}`;
    if (key === w.lastSent) return;
    w.lastSent = key;
    seq += 1;
    w.snapshots.set(seq, snapshot);
    const { text } = snapshot;
    const base = { editorId: w.id, seq, hasAttachment: w.hasAttachment };
    if (w.lastText === undefined || text.length < EDIT_THRESHOLD) {
      send({ type: 'check', ...base, text });
    } else {
      send({ type: 'edit', ...base, ...diffText(w.lastText, text) });
    }
    w.lastText = text;
  });

  const schedule = measured('keystroke', (delay?: number) => {
    clearTimeout(timer);
    timer = setTimeout(check, delay ?? (pasted ? AFTER_PASTE_MS : DEBOUNCE_MS));
  });

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
    overlay.clear();
    let id = ids.get(box);
    if (!id) ids.set(box, (id = `e${nextId++}`));
    const stop = new AbortController();
    const w: Watched = {
      box,
      id,
      composing: false,
      hasAttachment: false,
      snapshots: new Map(),
      stop,
    };
    watched = w;
    const opts = { signal: AbortSignal.any([stop.signal, signal]), passive: true };
    box.addEventListener('input', () => schedule(), opts);
    box.addEventListener('compositionstart', () => (w.composing = true), opts);
    box.addEventListener('compositionend', () => ((w.composing = false), schedule()), opts);
    // Capture: before an editor's own paste handler changes the text.
    box.addEventListener('paste', () => ((pasted = true), schedule()), { ...opts, capture: true });
    if (!('value' in box)) {
      // Rich editors may change text without an input event (undo, re-render).
      const observer = new MutationObserver(() => schedule());
      observer.observe(box, { characterData: true, childList: true, subtree: true });
      opts.signal.addEventListener('abort', () => observer.disconnect());
    }
    gonePoll ??= setInterval(() => watched && !watched.box.isConnected && unwatch(), GONE_POLL_MS);
    schedule(0);
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
        w.lastSent = w.lastText = undefined;
        schedule(0);
        return;
      }
      if (message.seq !== seq) return;
      const snapshot = w.snapshots.get(message.seq);
      w.snapshots.clear();
      if (!snapshot) return;
      w.snapshots.set(message.seq, snapshot);
      overlay.show({
        snapshot,
        findings: message.findings,
        attachments: message.attachments ?? [],
        hasAttachment: w.hasAttachment,
        tabId: message.tabId,
        photoClauses: message.photoClauses,
      });
    },
    /** The person dismissed a finding: the background forgets it and re-checks. */
    dismiss(kind: ContentMessage & { type: 'dismiss' }): void {
      if (!watched) return;
      seq += 1;
      watched.lastSent = watched.lastText = undefined;
      send(kind);
      schedule(0);
    },
    get editorId(): string | undefined {
      return watched?.id;
    },
  };
}
