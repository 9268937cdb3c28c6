// Draws the overlay for the watched compose box in our own shadow root, and
// keeps it in place as the page scrolls, resizes or reflows.
import { browser } from '#imports';
import { h, render } from 'preact';
import { Overlay, type Underline } from '../../components/overlay/Overlay';
import { OVERLAY_CSS } from '../../components/overlay/styles';
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
}

export interface OverlayActions {
  dismiss(finding: Finding): void;
  openClause(clause: string): void;
  openPopup(): void;
}

/** Reflow the page does without scrolling or resizing (a sidebar opening) is caught by this poll. */
const REFLOW_POLL_MS = 500;

export function createOverlayHost(doc: Document, actions: OverlayActions, signal: AbortSignal) {
  let host: HTMLElement | undefined;
  let root: ShadowRoot | undefined;
  let state: OverlayState | undefined;
  let open = false;
  let frame = 0;
  let poll: ReturnType<typeof setInterval> | undefined;
  /** Set by the keyboard shortcut: focus the card once it is drawn. */
  let focusCard = false;
  const returnFocus = () => state?.snapshot.box.focus({ preventScroll: true });
  /** Whether anything is on screen: nothing to show twice running means nothing to draw. */
  let drawn = false;
  /**
   * What the last render showed. Most draws (the reflow poll, a keystroke that moves no
   * warning) would render the same again, so they stop after measuring.
   */
  let lastRendered = '';

  const mount = (): ShadowRoot => {
    if (root && host?.isConnected) return root;
    host = doc.createElement('before-you-post-overlay');
    root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    root.append(style, doc.createElement('div'));
    doc.documentElement.append(host);
    return root;
  };

  const draw = measured('draw', () => {
    frame = 0;
    if (!state) return;
    const { snapshot, findings } = state;
    const rects = spanRects(snapshot, findings);
    const underlines: Underline[] = findings.map((f, i) => ({
      key: `${f.kind}:${f.start}-${f.end}`,
      severity: f.severity,
      rects: (rects[i] ?? []).map((r) => ({
        left: r.left,
        top: r.top,
        width: r.width,
        height: r.height,
      })),
    }));
    const box = snapshot.box.getBoundingClientRect();
    const onScreen = box.width > 0 && box.bottom > 0 && box.top < innerHeight;
    const tabId = state.tabId ?? -1;
    const corner = onScreen ? { right: box.right, bottom: box.bottom } : null;
    const shown = JSON.stringify([
      underlines,
      corner,
      findings,
      state.attachments,
      state.hasAttachment,
      state.photoClauses,
      open,
      innerHeight,
      tabId,
    ]);
    if (shown === lastRendered && host?.isConnected) return;
    lastRendered = shown;
    const mountPoint = mount().lastChild as HTMLElement;
    render(
      h(Overlay, {
        underlines,
        corner,
        findings,
        attachments: state.attachments,
        hasAttachment: state.hasAttachment,
        photoClauses: state.photoClauses,
        open,
        viewportHeight: innerHeight,
        onToggle: (next: boolean) => {
          if (!next && open && root?.activeElement) returnFocus();
          open = next;
          schedule();
        },
        popupHref: browser.runtime.getURL(`/popup.html?tab=${tabId}` as '/popup.html'),
        policyHref: (clause: string) =>
          browser.runtime.getURL(`/policy.html#${clause}` as '/popup.html'),
        onOpenClause: actions.openClause,
        onOpenPopup: actions.openPopup,
        onDismiss: actions.dismiss,
      }),
      mountPoint,
    );
    if (focusCard && open) {
      focusCard = false;
      root?.querySelector<HTMLElement>('.card a, .card button')?.focus();
    }
  });

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };

  const listen = { capture: true, passive: true, signal };
  doc.addEventListener('scroll', () => state && schedule(), listen);
  doc.defaultView?.addEventListener('resize', () => state && schedule(), listen);
  signal.addEventListener('abort', () => {
    clearInterval(poll);
    host?.remove();
  });

  return {
    show(next: OverlayState): void {
      if (state?.snapshot.box !== next.snapshot.box) open = false;
      state = next;
      const active = next.findings.length > 0 || next.attachments.length > 0 || next.hasAttachment;
      if (!active && !drawn) {
        state = next;
        return;
      }
      drawn = active;
      if (active && poll === undefined) poll = setInterval(schedule, REFLOW_POLL_MS);
      if (!active) {
        clearInterval(poll);
        poll = undefined;
        open = false;
      }
      schedule();
    },
    /**
     * The keyboard shortcut: opens the card and moves focus into it, since the
     * person asked; Escape or Close puts focus back in the editor.
     */
    toggleFromKeyboard(): void {
      if (!state || !drawn) return;
      open = !open;
      focusCard = open;
      if (!open) returnFocus();
      schedule();
    },
    clear(): void {
      state = undefined;
      drawn = false;
      open = false;
      clearInterval(poll);
      poll = undefined;
      lastRendered = '';
      if (root) render(null, root.lastChild as HTMLElement);
    },
  };
}

export type OverlayHost = ReturnType<typeof createOverlayHost>;
