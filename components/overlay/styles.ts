// The overlay's look: calm, readable, out of the page's way. Lives in our own
// shadow root, so page styles neither leak in nor out.
export const OVERLAY_CSS = `
/* The host's own box is pinned: !important rules from inside a shadow root win over the
   page's, even its !important ones. A zero-size fixed box at the top left, whatever is drawn. */
:host { all: initial !important; display: block !important; position: fixed !important;
  top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important;
  overflow: visible !important; transform: none !important; contain: none !important;
  pointer-events: none !important; z-index: 2147483646 !important; }
/* The layer clips and contains what it draws: nothing in it reaches the page's layout. */
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646;
  contain: strict; overflow: hidden;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; }
/* The hidden copy of a text area's text, laid out to find where its words are. */
.scratch { position: fixed; inset: 0; contain: strict; overflow: hidden; visibility: hidden;
  pointer-events: none; }
/* No transitions or animations: document.getAnimations() reaches into shadow roots. */
*, *::before, *::after { transition: none !important; animation: none !important; }
.underline { position: fixed; height: 0; border-bottom: 2px solid #d97706; border-radius: 1px; }
.underline.high { border-bottom-color: #c2410c; }
.indicator { position: fixed; pointer-events: auto; display: inline-flex; align-items: center;
  justify-content: center; box-sizing: border-box; width: 64px; height: 24px; overflow: hidden;
  white-space: nowrap; gap: 4px; padding: 2px 8px; border-radius: 999px; border: 1px solid #f0c27b;
  background: #fff8eb; color: #7c3f00; font: 600 12px/18px system-ui, sans-serif;
  box-shadow: 0 1px 3px rgba(0,0,0,.15); cursor: pointer; }
.indicator:focus-visible, .card a:focus-visible, .card button:focus-visible {
  outline: 2px solid #2563eb; outline-offset: 2px; }
.card { position: fixed; pointer-events: auto; width: 320px; box-sizing: border-box; overflow: auto;
  background: #fff; border: 1px solid #e5d3b3; border-radius: 10px; padding: 12px 14px;
  box-shadow: 0 6px 24px rgba(0,0,0,.14); }
.card h2 { font-size: 14px; margin: 0 0 8px; font-weight: 600; color: #7c3f00; }
.card ul { list-style: none; margin: 0; padding: 0; }
.card li.finding { padding: 8px 0; border-top: 1px solid #f1e7d6; }
.flagged { font-weight: 600; background: #fff3d6; border-radius: 3px; padding: 0 3px; }
.reason { display: block; margin: 2px 0 4px; }
.clause { display: block; font-size: 12px; color: #52606d; margin: 2px 0; }
.clause a { color: #1d4ed8; font-weight: 600; }
.actions { display: flex; justify-content: space-between; align-items: center; margin-top: 8px;
  font-size: 12px; }
.card button { font: inherit; font-size: 12px; border: 1px solid #cbd2d9; background: #f8fafc;
  border-radius: 6px; padding: 2px 8px; cursor: pointer; color: #1f2933; }
.restricted-label, .attachment-label { display: inline-block; font-size: 11px; font-weight: 700;
  text-transform: uppercase; letter-spacing: .03em; border-radius: 4px; padding: 0 5px;
  margin-bottom: 2px; }
.restricted-label { background: #7f1d1d; color: #fff; }
.attachment-label { background: #fef3c7; color: #7c3f00; }
li.restricted { border-left: 4px solid #7f1d1d; padding-left: 8px; }
.guides { font-size: 12px; margin-top: 4px; }
.guides summary { cursor: pointer; color: #1d4ed8; }
.guide ol { margin: 2px 0 4px; padding-left: 18px; }
.guide .future { display: block; color: #52606d; }
.reminder { padding: 8px 0; border-top: 1px solid #f1e7d6; }
.note, .all-clear { padding: 8px 0; border-top: 1px solid #f1e7d6; color: #52606d; font-size: 13px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
`;
