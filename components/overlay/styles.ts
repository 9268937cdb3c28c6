// The overlay's look: calm, readable, out of the page's way. Lives in our own shadow root, so
// page styles neither leak in nor out. Colours come from palette.ts as custom properties on
// the layer (light or dark, as the page is); sizes are in px so the page's zoom scales them
// as it scales its own text.
import { LINE_STYLE } from './palette';

// What the rules below do, in order:
// - The host's own box is pinned: !important rules from inside a shadow root win over the page's,
//   even its !important ones. A zero-size fixed box at the top left, whatever is drawn.
// - The layer clips and contains what it draws: nothing in it reaches the page's layout. It clips
//   without being a scroll container, so focusing a control near its edge (or a script's
//   scrollIntoView) cannot scroll everything drawn away from the words it marks. Always left to
//   right in British English, whatever the page's direction and language.
// - The hidden copy of a text area's text, laid out to find where its words are.
// - No transitions or animations: document.getAnimations() reaches into shadow roots.
// - Severity by line shape as well as colour: solid, dashed, dotted.
// - The word card lets the page's pointer through until the person's pointer is on it.
// Written compactly: this string ships in the content script, which has a 60 KB budget.
export const OVERLAY_CSS = `
:host{all:initial !important;display:block !important;position:fixed !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;overflow:visible !important;transform:none !important;contain:none !important;pointer-events:none !important;z-index:2147483646 !important}
.layer{position:fixed;inset:0;pointer-events:none;z-index:2147483646;contain:strict;overflow:clip;direction:ltr;unicode-bidi:isolate;text-align:left;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink)}
.layer.dark{color-scheme:dark}
.layer.light{color-scheme:light}
.scratch{position:fixed;inset:0;contain:strict;overflow:hidden;visibility:hidden;pointer-events:none}
*,*::before,*::after{transition:none !important;animation:none !important}
.underline{position:fixed;height:0;border-bottom:2px ${LINE_STYLE.medium} var(--u-medium)}
.underline.high{border-bottom:2px ${LINE_STYLE.high} var(--u-high)}
.underline.low{border-bottom:2px ${LINE_STYLE.low} var(--u-low)}
.indicator{position:fixed;pointer-events:auto;display:inline-flex;align-items:center;justify-content:center;box-sizing:border-box;width:64px;height:24px;overflow:hidden;white-space:nowrap;gap:4px;padding:2px 8px;border-radius:999px;border:1px solid var(--pill-ink);background:var(--pill);color:var(--pill-ink);font:600 12px/18px system-ui,sans-serif;box-shadow:0 1px 3px rgba(0,0,0,.15);cursor:pointer}
.indicator:focus-visible,.card a:focus-visible,.card button:focus-visible,.card [tabindex="-1"]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.card [tabindex="-1"]:focus{outline:2px solid var(--focus);outline-offset:-2px}
.card{position:fixed;pointer-events:auto;box-sizing:border-box;display:flex;flex-direction:column;overflow:hidden;background:var(--card);color:var(--ink);border:1px solid var(--line);border-radius:10px;box-shadow:0 6px 24px rgba(0,0,0,.18);direction:ltr;text-align:left}
.card.word{pointer-events:none}
.card.word.live{pointer-events:auto}
.card-head{flex:none;display:flex;align-items:center;justify-content:space-between;gap:8px;padding:8px 10px 8px 14px;border-bottom:1px solid var(--line);background:var(--card)}
.card h2{font-size:14px;margin:0;font-weight:600}
.card-body{flex:1 1 auto;min-height:0;overflow:auto;padding:4px 14px 10px}
.card ul{list-style:none;margin:0;padding:0}
.card .finding{padding:8px 0;border-top:1px solid var(--line)}
.card ul>.finding:first-child,.card.word .finding{border-top:0}
.severity{font-size:12px;font-weight:700;color:var(--muted)}
.finding.high .severity{text-decoration:underline 2px ${LINE_STYLE.high} var(--u-high)}
.finding.medium .severity{text-decoration:underline 2px ${LINE_STYLE.medium} var(--u-medium)}
.finding.low .severity{text-decoration:underline 2px ${LINE_STYLE.low} var(--u-low)}
.flagged{font-weight:600;background:var(--mark);color:var(--ink);border-radius:3px;padding:0 3px;unicode-bidi:isolate}
.times{font-weight:700}
.reason{display:block;margin:2px 0 4px}
.clause{display:block;font-size:12px;color:var(--muted);margin:2px 0}
.card a{color:var(--link);font-weight:600}
.actions{display:flex;flex-wrap:wrap;gap:8px;justify-content:space-between;align-items:center;margin-top:8px;font-size:12px}
.card button{font:inherit;font-size:12px;border:1px solid var(--muted);background:var(--card);color:var(--ink);border-radius:6px;padding:2px 8px;cursor:pointer}
.shortcut{font-size:12px;color:var(--muted);margin:6px 0 0}
kbd{font:600 11px/1.4 ui-monospace,Menlo,Consolas,monospace;border:1px solid var(--line);border-radius:4px;padding:0 4px;color:var(--ink)}
.restricted-label,.attachment-label{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.03em;border-radius:4px;padding:0 5px;margin-bottom:2px}
.restricted-label{background:#7f1d1d;color:#fff}
.attachment-label{background:var(--mark);color:var(--ink)}
.restricted{border-left:4px solid var(--u-high);padding-left:8px}
.guides{font-size:12px;margin-top:4px}
.guides summary{cursor:pointer;color:var(--link)}
.guide ol{margin:2px 0 4px;padding-left:18px}
.guide .future{display:block;color:var(--muted)}
.reminder{padding:8px 0;border-top:1px solid var(--line)}
.note,.all-clear{padding:8px 0;border-top:1px solid var(--line);color:var(--muted);font-size:13px;margin:0}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

/** The tab stop placed after the editor: pinned like the overlay's host, and never seen. */
export const TAB_STOP_CSS = `
:host { all: initial !important; display: inline !important; position: fixed !important;
  top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important;
  overflow: hidden !important; pointer-events: none !important; }
button { position: fixed; left: 0; top: 0; width: 1px; height: 1px; padding: 0; border: 0;
  margin: 0; opacity: 0; pointer-events: none; }
`;
