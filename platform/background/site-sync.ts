// Keeps the content script's registrations in step with the options page's site
// list: added sites are registered (platform/site-access.ts); built-in sites a
// school switched off stay in the manifest, so their checks are answered with nothing.
import { matchesPattern } from '../../lib/sites/match-pattern';
import { describeEffectiveSettings } from '../settings-source';
import { registerExtraSites } from '../site-access';
import { BUILT_IN_SITES, DEFAULT_SITE_LIST, type SiteList } from '../sites';
import { siteListItem } from '../storage';

export function createSiteSync() {
  let sites: SiteList = DEFAULT_SITE_LIST;

  const sync = async () => {
    sites = (await describeEffectiveSettings()).sites;
    const { skipped } = await registerExtraSites(sites.extra.map((s) => s.pattern));
    if (skipped.length > 0) console.warn('Before You Post: no permission yet for', skipped);
  };
  const run = () => void sync().catch((e: unknown) => console.error(e));
  run();
  siteListItem.watch(run);

  return {
    /** False on a built-in site the school switched off. */
    isEnabled(url: string | undefined): boolean {
      if (!url) return true;
      return !BUILT_IN_SITES.some(
        (site) =>
          sites.builtIn[site.id] === false && site.matches.some((p) => matchesPattern(url, p)),
      );
    },
  };
}
