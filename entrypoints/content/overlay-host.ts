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
//   event or attribute outside the root carries a finding.
import { browser } from '#imports';
import { h, render } from 'preact';
import { Overlay, type Underline } from '../../components/overlay/Overlay';
import { OVERLAY_CSS } from '../../components/overlay/styles';
import type { ComposeBox } from '../../lib/dom/editable';
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

/** Only the draws that change what is shown (the e2e load test times the overlay by them). */
const measuredRender = measured('render', render);

/** Reflow the page does without scrolling or resizing (a sidebar opening) is caught by this poll. */
const REFLOW_POLL_MS = 500;

export function createOverlayHost(doc: Document, actions: OverlayActions, signal: AbortSignal) {
  let host: HTMLElement | undefined;
  let root: ShadowRoot | undefined;
  /** The box being watched, and what was last found in it (nothing yet: no snapshot). */
  let box: ComposeBox | undefined;
  let state: OverlayState | undefined;
  let open = false;
  let frame = 0;
  let poll: ReturnType<typeof setInterval> | undefined;
  /** Set by the keyboard shortcut: focus the card once it is drawn. */
  let focusCard = false;
  const returnFocus = () => box?.focus({ preventScroll: true });
  /**
   * What the last render showed. Most draws (the reflow poll, a keystroke that moves no
   * warning) would render the same again, so they stop after measuring.
   */
  let lastRendered = '';

  const mount = (): ShadowRoot => {
    if (!root) {
      host = doc.createElement('before-you-post-overlay');
      root = host.attachShadow({ mode: 'closed' });
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

  const draw = measured('draw', () => {
    frame = 0;
    if (!box) return;
    const findings = state?.findings ?? [];
    const rects = state
      ? spanRects(state.snapshot, findings, mount().querySelector('.scratch')!)
      : [];
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
    const bounds = box.getBoundingClientRect();
    const onScreen = bounds.width > 0 && bounds.bottom > 0 && bounds.top < innerHeight;
    const tabId = state?.tabId ?? -1;
    const corner = onScreen ? { right: bounds.right, bottom: bounds.bottom } : null;
    const notes = {
      more: state?.more ?? 0,
      partial: state?.partial ?? false,
      longPost: state?.longPost ?? false,
    };
    const attachments = state?.attachments ?? [];
    const hasAttachment = state?.hasAttachment ?? false;
    const shown = JSON.stringify([
      underlines,
      corner,
      findings,
      attachments,
      hasAttachment,
      state?.photoClauses,
      notes,
      open,
      innerHeight,
      tabId,
    ]);
    if (shown === lastRendered && host?.isConnected) return;
    lastRendered = shown;
    const mountPoint = mount().lastChild as HTMLElement;
    measuredRender(
      h(Overlay, {
        underlines,
        corner,
        findings,
        attachments,
        hasAttachment,
        photoClauses: state?.photoClauses,
        ...notes,
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
  doc.addEventListener('scroll', () => box && schedule(), listen);
  doc.defaultView?.addEventListener('resize', () => box && schedule(), listen);
  signal.addEventListener('abort', () => {
    clearInterval(poll);
    host?.remove();
  });

  return {
    /** A box is watched from now on: the indicator is drawn at its corner straight away. */
    watch(next: ComposeBox): void {
      if (box !== next) {
        state = undefined;
        open = false;
      }
      box = next;
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
    },
    /**
     * The keyboard shortcut: opens the card and moves focus into it, since the
     * person asked; Escape or Close puts focus back in the editor.
     */
    toggleFromKeyboard(): void {
      if (!box) return;
      open = !open;
      focusCard = open;
      if (!open) returnFocus();
      schedule();
    },
    /** No box is watched: nothing is drawn (the host stays, empty). */
    clear(): void {
      box = undefined;
      state = undefined;
      open = false;
      clearInterval(poll);
      poll = undefined;
      lastRendered = '';
      if (root) render(null, root.lastChild as HTMLElement);
    },
  };
}

export type OverlayHost = ReturnType<typeof createOverlayHost>;
