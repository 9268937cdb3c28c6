// The content script: watches the compose box being edited, sends its text to
// the background and draws the warnings it gets back. Never holds settings.
import { defineContentScript } from '#imports';
import { SUPPORTED_MATCHES } from '../../lib/sites/supported';
import { createCheckClient } from './check-client';
import { watchEmailFields } from './email-fields';
import { createOverlayHost } from './overlay-host';
import { startMeasuring } from './timing';
import { createWatcher } from './watcher';

export default defineContentScript({
  matches: SUPPORTED_MATCHES,
  allFrames: true,
  // Same-origin about:blank and srcdoc frames some composers are built in.
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const stop = new AbortController();
    ctx.onInvalidated(() => stop.abort());
    const client = createCheckClient((message) => {
      if (message.type === 'school-email') {
        emails.answer(message.fieldId, message.isSchoolEmail, message.clauses);
      } else if (message.type === 'measure') startMeasuring();
      else if (message.type === 'shortcut') overlay.setShortcut(message.keys);
      else watcher.onMessage(message);
    });
    const overlay = createOverlayHost(
      document,
      {
        dismiss: (f) => {
          const editorId = watcher.editorId;
          if (editorId) watcher.dismiss({ type: 'dismiss', editorId, kind: f.kind, text: f.text });
        },
        openClause: (clause) => client.send({ type: 'open-page', page: 'policy', clause }),
        openPopup: () => client.send({ type: 'open-page', page: 'popup' }),
      },
      stop.signal,
    );
    const watcher = createWatcher(document, client.send, overlay, stop.signal);
    const emails = watchEmailFields(
      document,
      (fieldId, value) => client.send({ type: 'email-field', fieldId, value }),
      stop.signal,
    );
    stop.signal.addEventListener('abort', client.close);
  },
});
