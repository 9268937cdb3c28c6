// The site list the options page edits: the built-in social sites (lib/sites/supported.ts), each of
// which a school may switch off, and sites it adds (each asking for its optional host
// permission when added). Pure: no browser APIs here.
import { matchesPattern } from '../lib/sites/match-pattern';
import { SUPPORTED_SITES } from '../lib/sites/supported';

export interface BuiltInSite {
  /** Stable key in the stored site list: "x", "facebook", "whatsapp-web". */
  id: string;
  label: string;
  /** Match patterns of the pages where staff compose posts. */
  matches: string[];
}

export const BUILT_IN_SITES: readonly BuiltInSite[] = SUPPORTED_SITES.map((site) => ({
  id: site.name
    .toLowerCase()
    .replace(/\s*\(.*\)$/, '')
    .replace(/[^a-z0-9]+/g, '-'),
  label: site.name,
  matches: site.matches,
}));

export interface ExtraSite {
  /** Match pattern, e.g. "https://community.example.org/*". */
  pattern: string;
  label: string;
}

/** What is stored: built-in sites switched off, and sites the school added. Absent = on. */
export interface SiteList {
  builtIn: Record<string, boolean>;
  extra: ExtraSite[];
}

export const DEFAULT_SITE_LIST: SiteList = { builtIn: {}, extra: [] };

/** The only patterns parseSiteInput makes, and so the only ones a stored list may hold. */
const SITE_PATTERN = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\*$/i;
export const isSitePattern = (pattern: string) => SITE_PATTERN.test(pattern);

export type SiteInputResult = { ok: true; site: ExtraSite } | { ok: false; error: string };

/** "community.example.org", "https://community.example.org/feed" → an https match pattern. */
export function parseSiteInput(input: string): SiteInputResult {
  const text = input.trim();
  if (!text)
    return { ok: false, error: 'Type the address of the site, e.g. community.example.org' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, error: `"${text}" is not a web address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: 'Only web addresses (https://…) can be added.' };
  }
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) {
    return {
      ok: false,
      error: `"${url.hostname}" is not a site name such as community.example.org.`,
    };
  }
  return { ok: true, site: { pattern: `${url.protocol}//${url.hostname}/*`, label: url.hostname } };
}

/** Whether the watcher should check posts on a built-in site (absent from the list = on). */
export function isBuiltInSiteOn(list: SiteList, id: string): boolean {
  return list.builtIn[id] !== false;
}

/** Every match pattern the watcher should run on: enabled built-ins plus added sites. */
export function enabledMatchPatterns(list: SiteList): string[] {
  return [
    ...BUILT_IN_SITES.filter((site) => isBuiltInSiteOn(list, site.id)).flatMap((s) => s.matches),
    ...list.extra.map((site) => site.pattern),
  ];
}

/** What the popup can say about the site a tab is on. */
export type TabSite =
  /** Posts here are checked. */
  | { kind: 'watched'; label: string }
  /** A built-in site the school switched off in the options page. */
  | { kind: 'switched-off'; label: string }
  /** A web site not on the list, e.g. "forum.example.org"; it can be added in the options page. */
  | { kind: 'not-watched'; host: string }
  /** Not a web page at all: the browser's own pages, files, extension pages. */
  | { kind: 'not-a-site' };

/**
 * "https://www.facebook.com/groups/1" → watched (Facebook); "https://forum.example.org/t/2" →
 * not watched; "chrome://extensions" → not a site. The same list the watcher uses, managed
 * site lists included, so the popup never says a site is checked when it is not.
 */
export function siteOfUrl(url: string, list: SiteList): TabSite {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'not-a-site' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { kind: 'not-a-site' };
  const builtIn = BUILT_IN_SITES.find((site) => site.matches.some((p) => matchesPattern(url, p)));
  if (builtIn) {
    return isBuiltInSiteOn(list, builtIn.id)
      ? { kind: 'watched', label: builtIn.label }
      : { kind: 'switched-off', label: builtIn.label };
  }
  const extra = list.extra.find((site) => matchesPattern(url, site.pattern));
  return extra
    ? { kind: 'watched', label: extra.label }
    : { kind: 'not-watched', host: parsed.hostname };
}
