// Working time in the background: the toolbar title says whether it is working
// time, refreshed by the alarms API at each change (a sleeping service worker keeps no timers);
// and content scripts ask here whether their page gets a reminder. The badge text is left alone:
// it stays the warning count.
import { browser } from '#imports';
import { decidePageReminder } from '../lib/working-time/page-reminder';
import { OPEN_PAGE_BURST, OPEN_PAGE_EVERY_MS } from '../lib/messaging/limits';
import { createRateLimit } from '../lib/messaging/rate-limit';
import type { PageReminderAnswer } from '../lib/messaging/reminder-protocol';
import { parseReminderRequest } from '../lib/messaging/validate';
import type { SchoolSettings } from '../lib/settings/types';
import { workStatusAt, type WorkStatus } from '../lib/working-time/working-hours';
import { describeWorkStatus } from '../lib/working-time/status-text';
import { wallClockAt } from '../lib/working-time/zoned-time';
import { topicClauses } from '../lib/policy/mapping';
import { alarmsApi, toolbarButton } from './browser-api';
import { clauseExists, policyInUse } from './background/policy-in-use';
import { recordReminderShown } from './reminder-state';
import { loadEffectiveSettings, watchEffectiveSettings } from './settings-source';
import { readReminderShown } from './stored-data';

const ALARM = 'before-you-post/working-time';
const NAME = 'Before You Post';

function statusOf(settings: SchoolSettings | null, now: number): WorkStatus | null {
  const hours = settings?.workingHours;
  if (!hours) return null;
  try {
    return workStatusAt(hours, now);
  } catch {
    return null; // The options page reports a bad timetable; here it just means no reminder.
  }
}

/** Sets the toolbar title for now and the alarm for the next change. */
export async function refreshWorkingTime(now = Date.now()): Promise<void> {
  const settings = await loadEffectiveSettings();
  const status = statusOf(settings, now);
  const zone = settings?.workingHours?.timeZone;
  const title =
    status && zone
      ? `${NAME} — ${describeWorkStatus(status, zone, now).headline}`
      : `${NAME} — no working hours set`;
  await toolbarButton()?.setTitle({ title });
  const alarms = alarmsApi();
  await alarms?.clear(ALARM);
  // A second late, so the alarm lands inside the new state rather than on its edge.
  if (status?.changesAt) await alarms?.create(ALARM, { when: status.changesAt + 1000 });
}

export async function answerPageReminder(
  url: string,
  now = Date.now(),
): Promise<PageReminderAnswer> {
  const settings = await loadEffectiveSettings();
  const status = statusOf(settings, now);
  const zone = settings?.workingHours?.timeZone;
  const clock = status && zone ? wallClockAt(now, zone) : null;
  const shown = (await readReminderShown()).value;
  const decision = decidePageReminder(url, status, clock, shown);
  if (!decision) return { reminder: null };
  if (decision.record) await recordReminderShown(decision.record.site, decision.record.slot, shown);
  // The clauses the school's own policy gives this reminder; none when it has none on it.
  const pack = await policyInUse(settings);
  const clauses = topicClauses(pack)[decision.reminder.topic].flatMap((id) => {
    const clause = pack.clauses.find((c) => c.id === id);
    return clause ? [{ id, text: clause.text }] : [];
  });
  return { reminder: { ...decision.reminder, clauses } };
}

/** Call once from the background's main(). */
export function startWorkingTimeWatcher(): void {
  alarmsApi()?.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refreshWorkingTime();
  });
  watchEffectiveSettings(() => void refreshWorkingTime());
  browser.runtime.onStartup?.addListener(() => void refreshWorkingTime());
  // The reminder banner's content script runs in a page's process: its messages are checked
  // by shape, and it may open only clauses the policy has, a few at a time.
  const opens = createRateLimit({ burst: OPEN_PAGE_BURST, everyMs: OPEN_PAGE_EVERY_MS });
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    const message = parseReminderRequest(raw);
    if (message?.type === 'get-page-reminder') {
      const url = sender.tab?.url ?? message.url;
      void answerPageReminder(url).then(sendResponse, () => sendResponse({ reminder: null }));
      return true;
    }
    if (message?.type === 'open-policy-clause' && opens.allow(sender.tab?.id ?? -1)) {
      const path = `/policy.html#${encodeURIComponent(message.clause)}` as '/policy.html';
      void clauseExists(message.clause).then(async (exists) => {
        if (exists) await browser.tabs.create({ url: browser.runtime.getURL(path) });
      });
    }
    return undefined;
  });
  void refreshWorkingTime();
}
