// Draws the overlay for the watched compose box in our own closed shadow root, and
// keeps it in place as the page scrolls, resizes or reflows.
//
// The page must learn nothing from it about the class lists (docs/privacy.md, "Threat model"):
// - the shadow root is closed, so no script of the page can read the card, the count or
//   the underlines;
// - the overlay is there, with its indicator at the box's corner, from the moment a box is
//   watched, whether anything is found or not, and the card has a fixed size: the host's
//   box, what `elementsFromPoint` returns and where clicks land do not change with findings;
// - the host's own layout is pinned with `!important` rules from inside the shadow root
//   (which beat the page's, even its `!important` ones) and its layer clips and contains
//   everything drawn, so no page style can make the host's size or scroll area depend on
//   the underlines or the card;
// - nothing is animated (`document.getAnimations()` reaches into shadow roots) and no
//   event or attribute outside the root carries a finding;
// - the card of one warning at its words opens only on the person's own click or caret
//   movement, and takes no pointer events until the person's pointer is on it, so a page's
//   hit tests pass through it as if it were not there;
// - the tab stop after the editor (so Tab reaches the count next) is placed whenever a box is
//   watched, found or not, and holds nothing but an empty button.
import { browser } from '#imports';
import { h, render } from 'preact';
import { groupKey } from '../../components/overlay/group';
import {
  findingKey,
  Overlay,
  summary,
  type OpenCard,
  type Underline,
} from '../../components/overlay/Overlay';
import { OVERLAY_CSS, TAB_STOP_CSS } from '../../components/overlay/styles';
import type { Rect } from '../../lib/dom/card-placement';
import { caretOffset, editableCaretRect, lineAcross } from '../../lib/dom/caret';
import { isTextControl, type ComposeBox } from '../../lib/dom/editable';
import { pageScheme, type Scheme } from '../../lib/dom/page-scheme';
import { spanRects } from '../../lib/dom/rects';
import type { TextSnapshot } from '../../lib/dom/text-map';
import type { AttachmentWarning } from '../../lib/photo/warnings';
import type { Finding } from '../../lib/engine/finding';
import { measured } from './timing';

export interface OverlayState {
  snapshot: TextSnapshot;
  findings: Finding[];
  attachments: AttachmentWarning[];
  hasAttachment: boolean;
  tabId?: number;
  /** The clauses of the school's policy the photo reminder cites (from the background). */
  photoClauses?: string[];
  /** Findings beyond those sent. */
  more: number;
  /** Part of the text is not checked yet (time ran out). */
  partial: boolean;
  /** The post is longer than one check: only the part around the caret is checked. */
  longPost: boolean;
}

export interface OverlayActions {
  dismiss(finding: Finding): void;
  openClause(clause: string): void;
  openPopup(): void;
}

/** The manifest's suggested key (wxt.config.ts), until the background says what is assigned. */
export const SHORTCUT = 'Alt+Shift+Y';

/** Only the draws that change what is shown (the e2e load test times the overlay by them). */
const measuredRender = measured('render', render);

/** Reflow the page does without scrolling or resizing (a sidebar opening) is caught by this poll. */
const REFLOW_POLL_MS = 500;

/** Keys that move the caret without typing: landing on a warning with them opens its card. */
const CARET_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);
/** Keys that neither type nor move the caret: they leave an open word card alone. */
const QUIET_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'Tab']);

/** A dismissal made from the keyboard, waiting for the answer that no longer has it. */
interface PendingFocus {
  mode: 'list' | 'word';
  /** The dismissed entry's group keys: the answer must have none of them. */
  gone: string[];
  /** Where it was: the list's index, or the word's offset. */
  index: number;
  start: number;
}

const inRect = (x: number, y: number, r: Rect, slack = 0) =>
  x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack;

export function createOverlayHost(doc: Document, actions: OverlayActions, signal: AbortSignal) {
  const win = doc.defaultView ?? window;
  let host: HTMLElement | undefined;
  let root: ShadowRoot | undefined;
  /** The box being watched, and what was last found in it (nothing yet: no snapshot). */
  let box: ComposeBox | undefined;
  let state: OverlayState | undefined;
  let open: OpenCard = null;
  /** The word card takes pointer events: the person's pointer is on it. */
  let live = false;
  let scheme: Scheme = 'light';
  let shortcut = SHORTCUT;
  let frame = 0;
  let poll: ReturnType<typeof setInterval> | undefined;
  /** Set by the keyboard shortcut or a dismissal: focus the card once it is drawn. */
  let focusCard = false;
  let pendingFocus: PendingFocus | undefined;
  /** The live region has been on the page empty: from now on it may speak. */
  let regionReady = false;
  /** The underlines last drawn, with their words' rectangles, for the person's clicks. */
  let drawn: Underline[] = [];
  const returnFocus = () => box?.focus({ preventScroll: true });
  /**
   * What the last render showed. Most draws (the reflow poll, a keystroke that moves no
   * warning) would render the same again, so they stop after measuring.
   */
  let lastRendered = '';

  // The tab stop right after the editor: Tab from the editor lands on it and it hands focus to
  // the count, so the count is the next stop after the editor, not the page's last. It is a
  // separate, empty host: the overlay itself stays at the end of the document, where no
  // transformed or clipping ancestor of the editor can move or cut what it draws.
  const tabStop = doc.createElement('before-you-post-tab');
  const tabRoot = tabStop.attachShadow({ mode: 'closed' });
  const tabStyle = doc.createElement('style');
  tabStyle.textContent = TAB_STOP_CSS;
  const tabButton = doc.createElement('button');
  tabButton.type = 'button';
  tabButton.setAttribute('aria-label', 'Before you post');
  tabRoot.append(tabStyle, tabButton);
  /** Tab pressed on the count: let focus move on past the tab stop. */
  let passThrough = false;
  tabButton.addEventListener(
    'focus',
    () => {
      if (passThrough) {
        passThrough = false;
        return;
      }
      root?.querySelector<HTMLElement>('.indicator')?.focus();
    },
    { signal },
  );

  /** Next to the editor, not inside it: the editor's own DOM is never written to. */
  const placeTabStop = (next: ComposeBox) => {
    const parent = next.parentNode;
    if (!parent || next === doc.body || next === doc.documentElement) {
      tabStop.remove();
      return;
    }
    if (tabStop.previousSibling !== next) next.after(tabStop);
  };

  const onPillKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !tabStop.isConnected) return;
    // With the list open, Tab goes into it (it follows the count in the overlay's order).
    if (!event.shiftKey && open?.mode === 'list') return;
    if (event.shiftKey) {
      // Back to the editor, where the caret was.
      event.preventDefault();
      returnFocus();
    } else {
      // Focus moves on from the tab stop, that is, to what follows the editor.
      passThrough = true;
      tabButton.focus();
    }
  };

  /** Tab from the card's last control goes on to what follows the editor, as from the count. */
  const onCardKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.shiftKey || !tabStop.isConnected) return;
    const controls = root?.querySelectorAll<HTMLElement>('.card a, .card button, .card summary');
    if (controls?.length && root?.activeElement === controls[controls.length - 1]) {
      passThrough = true;
      tabButton.focus();
    }
  };

  const mount = (): ShadowRoot => {
    if (!root) {
      host = doc.createElement('before-you-post-overlay');
      root = host.attachShadow({ mode: 'closed' });
      root.addEventListener('keydown', onCardKeyDown as EventListener, { signal });
      const style = doc.createElement('style');
      style.textContent = OVERLAY_CSS;
      // Where a text area's text is laid out to be measured: inside the closed root, whose
      // changes no page script can observe; then the overlay's own layer.
      const scratch = doc.createElement('div');
      scratch.className = 'scratch';
      root.append(style, scratch, doc.createElement('div'));
    }
    // A page may remove it; it comes back with the next draw, the same as before.
    if (!host!.isConnected) doc.documentElement.append(host!);
    return root;
  };

  /** The warning whose words are under a point, or whose span holds the caret. */
  const wordAt = (x: number, y: number): string | undefined =>
    drawn.find((u) =>
      u.rects.some((r) =>
        inRect(x, y, {
          left: r.left,
          top: r.top,
          right: r.left + r.width,
          bottom: r.top + r.height,
        }),
      ),
    )?.key;
  const wordAtCaret = (): string | undefined => {
    if (!state) return undefined;
    const caret = caretOffset(state.snapshot);
    if (caret === undefined) return undefined;
    const f = state.findings.find((g) => g.start <= caret && caret <= g.end);
    return f && findingKey(f);
  };

  /** Focus into the card, once it is drawn, when the person asked for it from the keyboard. */
  const focusIfAsked = () => {
    if (!focusCard || !open) return;
    focusCard = false;
    // The first warning (read whole by a screen reader), else the card's first control.
    const first =
      root?.querySelector<HTMLElement>('.card [data-item]') ??
      root?.querySelector<HTMLElement>('.card a, .card button');
    first?.focus();
  };

  const draw = measured('draw', () => {
    frame = 0;
    if (!box) return;
    const findings = state?.findings ?? [];
    // While a card is open its placement needs the caret's line; a text area's caret is laid
    // out with the words, in the same pass.
    const caret = open && state && isTextControl(box) ? caretOffset(state.snapshot) : undefined;
    const spans = caret === undefined ? findings : [...findings, { start: caret, end: caret }];
    const rects = state ? spanRects(state.snapshot, spans, mount().querySelector('.scratch')!) : [];
    const underlines: Underline[] = findings.map((f, i) => ({
      key: findingKey(f),
      severity: f.severity,
      rects: (rects[i] ?? []).map((r) => ({
        left: r.left,
        top: r.top,
        width: r.width,
        height: r.height,
      })),
    }));
    drawn = underlines;
    // A page that re-renders the editor's parent may drop the tab stop: it comes back here.
    if (!tabStop.isConnected) placeTabStop(box);
    const bounds = box.getBoundingClientRect();
    const onScreen = bounds.width > 0 && bounds.bottom > 0 && bounds.top < win.innerHeight;
    const boxRect = onScreen
      ? { left: bounds.left, top: bounds.top, right: bounds.right, bottom: bounds.bottom }
      : null;
    const caretRect = !open
      ? null
      : caret === undefined
        ? editableCaretRect(box)
        : (rects[findings.length]?.[0] ?? null);
    const caretLine = caretRect && boxRect ? lineAcross(caretRect, boxRect) : null;
    const tabId = state?.tabId ?? -1;
    const notes = {
      more: state?.more ?? 0,
      partial: state?.partial ?? false,
      longPost: state?.longPost ?? false,
    };
    const attachments = state?.attachments ?? [];
    const hasAttachment = state?.hasAttachment ?? false;
    const wordKey = open?.mode === 'word' ? open.key : undefined;
    if (wordKey && !findings.some((f) => findingKey(f) === wordKey)) open = null;
    const count = findings.length + attachments.length;
    // The live region is drawn empty first and speaks from the next draw: a region created
    // holding its message may never be read.
    const status = regionReady ? summary(count, hasAttachment, notes.more) : '';
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    const shown = JSON.stringify([
      underlines,
      boxRect,
      caretLine,
      findings,
      attachments,
      hasAttachment,
      state?.photoClauses,
      notes,
      open,
      live,
      scheme,
      status,
      viewport,
      tabId,
      tabStop.isConnected,
      shortcut,
    ]);
    if (shown === lastRendered && host?.isConnected) {
      focusIfAsked();
      return;
    }
    lastRendered = shown;
    const mountPoint = mount().lastChild as HTMLElement;
    measuredRender(
      h(Overlay, {
        underlines,
        box: boxRect,
        caretLine,
        viewport,
        findings,
        attachments,
        hasAttachment,
        photoClauses: state?.photoClauses,
        ...notes,
        open,
        live,
        scheme,
        status,
        shortcut,
        pillTabIndex: tabStop.isConnected ? -1 : 0,
        onPillKeyDown,
        onToggle: (next: boolean) => {
          if (!next && open && root?.activeElement) returnFocus();
          open = next ? { mode: 'list' } : null;
          live = false;
          schedule();
        },
        onShowAll: () => {
          focusCard = Boolean(root?.activeElement);
          open = { mode: 'list' };
          schedule();
        },
        popupHref: browser.runtime.getURL(`/popup.html?tab=${tabId}` as '/popup.html'),
        policyHref: (clause: string) =>
          browser.runtime.getURL(`/policy.html#${clause}` as '/popup.html'),
        onOpenClause: actions.openClause,
        onOpenPopup: actions.openPopup,
        onDismiss: (dismissed: Finding[], itemKey: string) => {
          if (root?.activeElement && open) {
            const items = [...root.querySelectorAll('.card [data-item]')];
            pendingFocus = {
              mode: open.mode,
              gone: dismissed.map(groupKey),
              index: Math.max(
                0,
                items.findIndex((el) => el.getAttribute('data-item') === itemKey),
              ),
              start: dismissed[0]?.start ?? 0,
            };
          }
          for (const f of dismissed) actions.dismiss(f);
        },
      }),
      mountPoint,
    );
    if (!regionReady) {
      regionReady = true;
      if (count > 0 || hasAttachment) schedule();
    }
    focusIfAsked();
  });

  /** After a dismissal from the keyboard: the next warning, or back to the editor. */
  const moveFocusAfterDismiss = () => {
    const pending = pendingFocus;
    const findings = state?.findings ?? [];
    if (!pending || findings.some((f) => pending.gone.includes(groupKey(f)))) return;
    pendingFocus = undefined;
    if (findings.length === 0) {
      open = null;
      returnFocus();
      draw();
      return;
    }
    if (pending.mode === 'word') {
      const byPlace = [...findings].sort((a, b) => a.start - b.start);
      const next = byPlace.find((f) => f.start >= pending.start) ?? byPlace[0]!;
      open = { mode: 'word', key: findingKey(next) };
      focusCard = true;
      draw();
      return;
    }
    const items = root ? [...root.querySelectorAll<HTMLElement>('.card [data-item]')] : [];
    items[Math.min(pending.index, items.length - 1)]?.focus();
  };

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };

  const inBox = (event: Event) => Boolean(box && event.composedPath().includes(box));
  const ours = (event: Event) => event.target === host || event.target === tabStop;
  const listen = { capture: true, passive: true, signal };
  doc.addEventListener('scroll', () => box && schedule(), listen);
  win.addEventListener('resize', () => box && schedule(), listen);
  // The person's click on an underlined word opens its card. The click is only watched, never
  // stopped: the editor gets it as usual and puts the caret in the word.
  doc.addEventListener(
    'click',
    (event) => {
      if (!box || !event.isTrusted || ours(event)) return;
      const key = wordAt(event.clientX, event.clientY);
      if (key) open = { mode: 'word', key };
      else if (open?.mode === 'word') open = null;
      else return;
      // A finger or pen gives no hover before it taps the card: the card of a word tapped
      // takes touches at once (README, residual risks: the person's response).
      const pointer = (event as Partial<PointerEvent>).pointerType;
      live = pointer === 'touch' || pointer === 'pen';
      schedule();
    },
    listen,
  );
  // Moving the caret onto a warning with the keyboard opens its card; typing closes it.
  doc.addEventListener(
    'keyup',
    (event) => {
      if (!box || !event.isTrusted || !inBox(event) || !CARET_KEYS.has(event.key)) return;
      // The list the person opened stays open while they move about the post.
      if (open?.mode === 'list') return;
      const key = wordAtCaret();
      if (key) open = { mode: 'word', key };
      else if (open?.mode === 'word') open = null;
      else return;
      schedule();
    },
    listen,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (open?.mode !== 'word' || !event.isTrusted || !inBox(event)) return;
      if (CARET_KEYS.has(event.key) || QUIET_KEYS.has(event.key)) return;
      open = null;
      schedule();
    },
    listen,
  );
  // The word card takes the pointer only while the person's pointer is over it.
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (open?.mode !== 'word' || !event.isTrusted || event.pointerType !== 'mouse') return;
      const card = root?.querySelector('.card.word')?.getBoundingClientRect();
      const over = Boolean(card && inRect(event.clientX, event.clientY, card));
      if (over === live) return;
      live = over;
      cancelAnimationFrame(frame);
      draw();
    },
    listen,
  );
  signal.addEventListener('abort', () => {
    clearInterval(poll);
    host?.remove();
    tabStop.remove();
  });

  return {
    /** A box is watched from now on: the count is drawn at its corner straight away. */
    watch(next: ComposeBox): void {
      if (box !== next) {
        state = undefined;
        open = null;
        pendingFocus = undefined;
      }
      box = next;
      scheme = pageScheme(next, win);
      placeTabStop(next);
      poll ??= setInterval(schedule, REFLOW_POLL_MS);
      schedule();
    },
    show(next: OverlayState): void {
      if (next.snapshot.box !== box) return;
      state = next;
      // At once, not at the next frame: a page busy laying out a huge paste may not give
      // one for a while, and the warnings should be there when it does.
      cancelAnimationFrame(frame);
      draw();
      moveFocusAfterDismiss();
    },
    /**
     * The keyboard shortcut: opens the card of the warning at the caret, else the list, and
     * moves focus into it, since the person asked; Escape or Close puts focus back in the editor.
     */
    toggleFromKeyboard(): void {
      if (!box) return;
      if (open && root?.activeElement) {
        open = null;
        returnFocus();
      } else if (open) {
        // Opened by a click, focus still in the editor: the shortcut takes the person into it.
        focusCard = true;
      } else {
        const key = wordAtCaret();
        open = key ? { mode: 'word', key } : { mode: 'list' };
        focusCard = true;
      }
      schedule();
    },
    /** The key the browser has assigned to the shortcut ('' when there is none). */
    setShortcut(keys: string): void {
      shortcut = keys;
      if (box) schedule();
    },
    /** No box is watched: nothing is drawn (the host stays, empty). */
    clear(): void {
      box = undefined;
      state = undefined;
      open = null;
      pendingFocus = undefined;
      clearInterval(poll);
      poll = undefined;
      lastRendered = '';
      drawn = [];
      tabStop.remove();
      if (root) render(null, root.lastChild as HTMLElement);
    },
  };
}

export type OverlayHost = ReturnType<typeof createOverlayHost>;
