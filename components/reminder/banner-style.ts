// Styles for the reminder banner, inside its own shadow root so the page's CSS cannot reach it.
export const BANNER_CSS = `
.byp-reminder {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483646;
  max-width: 360px; box-sizing: border-box; padding: 12px 14px;
  font: 14px/1.4 system-ui, sans-serif; color: #1f2937;
  background: #fffbeb; border: 1px solid #d97706; border-left-width: 6px; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.15);
}
.byp-reminder p { margin: 0 0 8px; }
.byp-reminder blockquote { margin: 0 0 8px; padding-left: 8px; border-left: 3px solid #d97706;
  max-height: 40vh; overflow: auto; }
.byp-reminder .actions { display: flex; gap: 8px; justify-content: flex-end; }
.byp-reminder button { font: inherit; padding: 4px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #92400e; background: #fff; color: #92400e; }
.byp-reminder button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.byp-reminder .dismiss { background: #92400e; color: #fff; }
`;
