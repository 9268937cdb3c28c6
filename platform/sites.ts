// The social sites the compose-box watcher knows out of the box. A school may switch any
// off, and add its own (each asking for its optional host permission when added).

export interface BuiltInSite {
  id: string;
  label: string;
  /** Match patterns of the pages where staff compose posts. */
  matches: string[];
}

export const BUILT_IN_SITES: readonly BuiltInSite[] = [
  { id: 'facebook', label: 'Facebook', matches: ['https://www.facebook.com/*'] },
  { id: 'x', label: 'X (Twitter)', matches: ['https://x.com/*', 'https://twitter.com/*'] },
  { id: 'instagram', label: 'Instagram', matches: ['https://www.instagram.com/*'] },
  { id: 'linkedin', label: 'LinkedIn', matches: ['https://www.linkedin.com/*'] },
  {
    id: 'threads',
    label: 'Threads',
    matches: ['https://www.threads.net/*', 'https://www.threads.com/*'],
  },
  { id: 'bluesky', label: 'Bluesky', matches: ['https://bsky.app/*'] },
];

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

/** Every match pattern the watcher should run on: enabled built-ins plus added sites. */
export function enabledMatchPatterns(list: SiteList): string[] {
  return [
    ...BUILT_IN_SITES.filter((site) => list.builtIn[site.id] !== false).flatMap((s) => s.matches),
    ...list.extra.map((site) => site.pattern),
  ];
}
