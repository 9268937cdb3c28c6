// The place-and-time reminders on the page: working time on social sites, and editing in
// Wikipedia's edit view at work, each citing the school's own clauses. The background decides (it holds the timetable);
// this script only asks with its address and draws the answer in its own shadow root.
import { browser, defineContentScript } from '#imports';
import { mountReminderBanner } from '../components/reminder/reminder-banner';
import type { PageReminderAnswer, ReminderRequest } from '../lib/messaging/reminder-protocol';
import { SUPPORTED_MATCHES } from '../lib/sites/supported';

const ask = (message: ReminderRequest) => browser.runtime.sendMessage(message);

export default defineContentScript({
  matches: [...SUPPORTED_MATCHES, 'https://*.wikipedia.org/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let shown = false;
    const check = async () => {
      if (shown || ctx.isInvalid) return;
      const answer = (await ask({ type: 'get-page-reminder', url: location.href }).catch(
        () => null,
      )) as PageReminderAnswer | null;
      const reminder = answer?.reminder;
      if (!reminder || shown || ctx.isInvalid) return;
      shown = true;
      // A shadow root of our own, as the overlay's: the page's styles cannot reach the note.
      const host = document.createElement('before-you-post-reminder');
      const root = host.attachShadow({ mode: 'open' });
      mountReminderBanner(root, {
        reminder,
        onOpenClause: (clause) => void ask({ type: 'open-policy-clause', clause }),
        onDismiss: () => host.remove(),
      });
      document.documentElement.append(host);
      ctx.onInvalidated(() => host.remove());
    };
    // Wikipedia's visual editor and social sites change address without reloading.
    ctx.addEventListener(window, 'wxt:locationchange', () => void check());
    await check();
  },
});
