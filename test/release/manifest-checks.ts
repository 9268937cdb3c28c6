// The rules a store reviewer or school IT admin checks in a built manifest. Each returns the
// problems it finds, so the release test can report them all at once.
import type { Manifest } from './release-build';

/**
 * The only API permissions the extension may ask for, each with why it is needed. The README's
 * "Privacy and permissions" section gives the same reasons.
 */
export const PERMISSION_REASONS: Record<string, string> = {
  storage: "Keeps the school's settings (class lists included) in storage.local on this computer.",
  scripting:
    'Runs the content script on a site a person adds in the options page, once they grant that site.',
  alarms:
    "Updates the toolbar's working-time status (clause 6.13) when the school day, a break or a holiday begins or ends.",
  activeTab:
    'Lets the popup, when the person clicks the toolbar button, read that tab’s address to say whether posts there are checked.',
};

/** Match patterns that would let the content script run on every site, not just the watched ones. */
const EVERY_SITE = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', 'file:///*'];

const isHostPattern = (permission: string) =>
  permission === '<all_urls>' || permission.includes('://');

/**
 * API permissions must be justified; host access may only be optional (granted one site at a
 * time at run time), never required; the content script must not be declared for every site.
 */
export function permissionProblems(manifest: Manifest): string[] {
  const problems: string[] = [];
  const required = manifest.permissions ?? [];
  const optional = manifest.optional_permissions ?? [];
  for (const permission of [...required, ...optional.filter((entry) => !isHostPattern(entry))]) {
    if (isHostPattern(permission)) problems.push(`host permission: ${permission}`);
    else if (!(permission in PERMISSION_REASONS))
      problems.push(`unjustified permission: ${permission}`);
  }
  for (const host of manifest.host_permissions ?? []) problems.push(`host permission: ${host}`);
  for (const script of manifest.content_scripts ?? []) {
    for (const match of script.matches) {
      if (EVERY_SITE.includes(match)) problems.push(`content script runs on every site: ${match}`);
    }
  }
  return problems;
}

const SAFE_SOURCES: Record<string, string[]> = {
  'script-src': ["'self'"],
  'object-src': ["'self'", "'none'"],
};

/** The extension pages' CSP: present, script-src 'self' only, object-src 'self' or 'none'. */
export function cspProblems(manifest: Manifest): string[] {
  const csp = manifest.content_security_policy;
  const policy = typeof csp === 'string' ? csp : csp?.extension_pages;
  if (!policy) return ['no content_security_policy for extension pages'];
  const directives = new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map((tokens) => [tokens[0]!, tokens.slice(1)]),
  );
  const problems: string[] = [];
  for (const [directive, allowed] of Object.entries(SAFE_SOURCES)) {
    const sources = directives.get(directive);
    if (!sources || sources.length === 0) problems.push(`${directive} missing`);
    for (const source of sources ?? []) {
      if (!allowed.includes(source)) problems.push(`${directive} allows ${source}`);
    }
  }
  return problems;
}

/** Loads of remote code: a script or stylesheet from the web in a page, or a remote import in JS. */
export function remoteCodeProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  const remote = /^(?:https?:)?\/\//i;
  if (file.endsWith('.html')) {
    for (const [, tag, url] of text.matchAll(
      /<(script|link|iframe)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+)["']/gi,
    )) {
      if (url && remote.test(url)) problems.push(`${file}: <${tag}> loads ${url}`);
    }
  }
  if (/\.m?js$/.test(file)) {
    for (const [call] of text.matchAll(
      /\b(?:import|importScripts)\s*\(\s*["'`](?:https?:)?\/\/[^"'`]*/g,
    )) {
      problems.push(`${file}: ${call}`);
    }
  }
  return problems;
}
