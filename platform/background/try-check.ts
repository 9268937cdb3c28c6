// Answers the options page's try-it box: checks its text against the settings as stored at
// that moment (a checker rebuilt only when they change), so a box shown straight after
// "Try it with the sample school" never sees the settings from before. Content scripts run
// in the page's process, so only the extension's own pages are answered.
import { browser } from '#imports';
import { buildChecker, type Checker } from '../../lib/engine/checker';
import type { CheckerData } from '../../lib/engine/data';
import { NO_SCHOOL_SETTINGS } from '../../lib/settings/defaults';
import type { SchoolSettings } from '../../lib/settings/types';
import { isTryCheckRequest, type TryCheckAnswer } from '../../lib/messaging/try-protocol';
import { loadEffectiveSettings } from '../settings-source';
import { loadCheckerData } from './checker-data';

/** A checker for the settings given, reused while they stay the same. */
export function createTryChecker(
  load: () => Promise<SchoolSettings | null> = loadEffectiveSettings,
  loadData: () => Promise<CheckerData> = loadCheckerData,
) {
  let cached: { key: string; checker: Checker } | undefined;
  return async (text: string): Promise<TryCheckAnswer> => {
    const settings = (await load()) ?? NO_SCHOOL_SETTINGS;
    const key = JSON.stringify(settings);
    const data = await loadData();
    if (cached?.key !== key) cached = { key, checker: buildChecker(settings, data) };
    const findings = cached.checker.check(text);
    const cited = new Set(findings.flatMap((finding) => finding.clauses));
    // The seed's text comes with the data (policy-in-use.ts says why).
    const pack = settings.policy ?? data.seedPolicy;
    const clauses = pack.clauses.filter((clause) => cited.has(clause.id));
    return { findings, clauses };
  };
}

/** Call once from the background's main(). */
export function registerTryCheck(): void {
  const check = createTryChecker();
  const ownPages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isTryCheckRequest(message) || !sender.url?.startsWith(ownPages)) return undefined;
    void check(message.text).then(sendResponse, () => sendResponse({ findings: [], clauses: [] }));
    return true;
  });
}
