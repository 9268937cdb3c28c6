// The school inside squashed tokens: hashtags, @handles, web addresses and bare
// domains ("#OldParkSportsDay", "facebook.com/OldParkPTA", "oldpark.example.sch.uk").
import type { School } from '../types';
import { schoolPhrases } from './school-variants';
import { squash } from './words';

export interface TokenMatcher {
  /** Squashed school names, handles and hashtags worth finding inside a token. */
  squashed: string[];
  websites: string[];
  emailDomains: string[];
  handles: Set<string>;
  hashtags: Set<string>;
}

export type TokenKind = 'website' | 'domain' | 'handle' | 'hashtag' | 'squashed';

export interface TokenMatch {
  start: number;
  end: number;
  kind: TokenKind;
}

// A hashtag or handle not inside an email address; a host name with an optional
// scheme and path. Labels are separated by dots they cannot contain: linear.
const TAG = /(?<![\p{L}\p{N}_.%+'-])[#@][\p{L}\p{N}_]+/gu;
const WEB =
  /(?<![\p{L}\p{N}@._/-])(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:\/[^\s]*[^\s.,;:!?)'"])?/gu;

export function compileTokens(school: School): TokenMatcher {
  const names = schoolPhrases(school)
    .filter((p) => p.kind !== 'address')
    .map((p) => p.tokens.join(''))
    .filter((s) => s.length >= 6);
  const handles = school.socialHandles.map(squash);
  const hashtags = school.hashtags.map(squash);
  return {
    squashed: [...new Set([...names, ...handles, ...hashtags])].filter(Boolean),
    websites: school.websites.map(hostOf),
    emailDomains: school.emailDomains.map((d) => d.toLowerCase().replace(/^@/, '')),
    handles: new Set(handles),
    hashtags: new Set(hashtags),
  };
}

export function findTokens(text: string, matcher: TokenMatcher): TokenMatch[] {
  const found: TokenMatch[] = [];
  if (text.includes('#') || text.includes('@')) {
    for (const m of text.matchAll(TAG)) {
      const key = squash(m[0]);
      const own = m[0].startsWith('#') ? matcher.hashtags : matcher.handles;
      const kind: TokenKind | undefined = own.has(key)
        ? m[0].startsWith('#')
          ? 'hashtag'
          : 'handle'
        : containsName(key, matcher)
          ? 'squashed'
          : undefined;
      if (kind) found.push({ start: m.index, end: m.index + m[0].length, kind });
    }
  }
  if (text.includes('.')) {
    for (const m of text.matchAll(WEB)) {
      const host = hostOf(m[0]);
      const kind: TokenKind | undefined = matcher.websites.some((w) => onHost(host, w))
        ? 'website'
        : matcher.emailDomains.some((d) => onHost(host, d))
          ? 'domain'
          : containsName(squash(m[0]), matcher)
            ? 'squashed'
            : undefined;
      if (kind) found.push({ start: m.index, end: m.index + m[0].length, kind });
    }
  }
  return found;
}

export function containsName(squashed: string, matcher: TokenMatcher): boolean {
  return matcher.squashed.some((name) => squashed.includes(name));
}

function hostOf(address: string): string {
  return address
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');
}

function onHost(host: string, site: string): boolean {
  return host === site || host.endsWith('.' + site);
}
