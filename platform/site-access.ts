// Extra sites chosen by the user (options page): the content script is
// registered for them at run time, once the user has granted the optional host
// permission. Registrations persist across browser restarts.
import { browser } from '#imports';
import { scriptingApi } from './browser-api';

const EXTRA_SITES_SCRIPT_ID = 'before-you-post-extra-sites';
/** The content script's built file (WXT names it after entrypoints/content/). */
const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/**
 * Asks for permission to run on `matches` (e.g. ["https://forum.example.org/*"]);
 * must be called from a user gesture such as a button click. Resolves to whether
 * it was granted.
 */
export function requestSiteAccess(matches: string[]): Promise<boolean> {
  return browser.permissions.request({ origins: matches });
}

/**
 * Replaces the set of extra sites the content script runs on. Patterns without a
 * granted permission are left out (and returned), so one refusal does not block
 * the rest. An empty array removes every extra site.
 */
export async function registerExtraSites(matches: string[]): Promise<{ skipped: string[] }> {
  const granted: string[] = [];
  const skipped: string[] = [];
  for (const pattern of matches) {
    const ok = await browser.permissions.contains({ origins: [pattern] }).catch(() => false);
    (ok ? granted : skipped).push(pattern);
  }
  const scripting = scriptingApi();
  if (!scripting) {
    if (granted.length > 0) throw new Error('This browser cannot add content scripts.');
    return { skipped };
  }
  const existing = await scripting.getRegisteredContentScripts({
    ids: [EXTRA_SITES_SCRIPT_ID],
  });
  if (existing.length > 0) {
    await scripting.unregisterContentScripts({ ids: [EXTRA_SITES_SCRIPT_ID] });
  }
  if (granted.length > 0) {
    await scripting.registerContentScripts([
      {
        id: EXTRA_SITES_SCRIPT_ID,
        matches: granted,
        js: [CONTENT_SCRIPT_FILE],
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return { skipped };
}
