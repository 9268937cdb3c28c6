// Whether a URL falls under a WebExtension match pattern ("https://*.x.com/*").
// Used to honour sites a school switched off, which the manifest still matches.
export function matchesPattern(url: string, pattern: string): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!m) return pattern === '<all_urls>' && /^https?:$/.test(u.protocol);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme === '*' ? !/^https?:$/.test(u.protocol) : u.protocol !== `${scheme}:`) return false;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && u.hostname !== host) return false;
  const pathRe = new RegExp(`^${path.split('*').map(escape).join('.*')}$`);
  return pathRe.test(u.pathname + u.search);
}

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
