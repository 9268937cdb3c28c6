// The school inside squashed tokens: hashtags, @handles, web addresses and bare
// domains ("#OldParkSportsDay", "facebook.com/OldParkPTA", "oldpark.example.sch.uk").
import type { School } from '../settings/types';
import { LETTER, MAX_CANDIDATES } from '../contact/chars';
import { schoolPhrases, type SchoolWords } from './school-variants';
import { squash } from '../contact/words';
import type { Span } from '../text/span';

export interface TokenMatcher {
  /** Squashed school names, handles and hashtags worth finding inside a token. */
  squashed: string[];
  websites: string[];
  emailDomains: string[];
  handles: Set<string>;
  hashtags: Set<string>;
}

export type TokenKind = 'website' | 'domain' | 'handle' | 'hashtag' | 'squashed';

export interface TokenMatch extends Span {
  kind: TokenKind;
}

// A hashtag or handle; a web address or bare domain, found from a dot between
// two word characters and read outwards to the surrounding white space.
const TAG = new RegExp(`[#@][${LETTER}0-9_]+`, 'g');
const DOTTED = new RegExp(`[${LETTER}0-9-]\\.[${LETTER}0-9]`, 'g');
const HOST = /^(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?![\p{L}\p{N}-])/u;
const TOKEN_EDGE = /[\s<>"'()[\]{}]/u;
const TRAILING_PUNCTUATION = /[.,;:!?)'"\u2019]+$/u;

export function compileTokens(school: School, words: SchoolWords): TokenMatcher {
  const names = schoolPhrases(school, words)
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
  return [...findTags(text, matcher), ...findWebTokens(text, matcher)];
}

function findTags(text: string, matcher: TokenMatcher): TokenMatch[] {
  const found: TokenMatch[] = [];
  if (!text.includes('#') && !text.includes('@')) return found;
  let scanned = 0;
  for (const m of text.matchAll(TAG)) {
    if (++scanned > MAX_CANDIDATES) break;
    // "@" inside an email address is not a handle
    if (/[\p{L}\p{N}_.%+'-]/u.test(text[m.index - 1] ?? '')) continue;
    const key = squash(m[0]);
    const isHashtag = m[0].startsWith('#');
    const own = isHashtag ? matcher.hashtags : matcher.handles;
    const kind = own.has(key)
      ? isHashtag
        ? 'hashtag'
        : 'handle'
      : containsName(key, matcher)
        ? 'squashed'
        : undefined;
    if (kind) found.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  return found;
}

function findWebTokens(text: string, matcher: TokenMatcher): TokenMatch[] {
  const found: TokenMatch[] = [];
  DOTTED.lastIndex = 0;
  for (let scanned = 0; scanned < MAX_CANDIDATES; scanned++) {
    const m = DOTTED.exec(text);
    if (!m) break;
    let start = m.index;
    while (start > 0 && m.index - start < 128 && !TOKEN_EDGE.test(text[start - 1]!)) start--;
    let end = m.index + 1;
    while (end < text.length && end - start < 256 && !TOKEN_EDGE.test(text[end]!)) end++;
    DOTTED.lastIndex = end;
    const token = text.slice(start, end).replace(TRAILING_PUNCTUATION, '');
    if (token.includes('@') || !HOST.test(token)) continue;
    const host = hostOf(token);
    const kind: TokenKind | undefined = matcher.websites.some((w) => onHost(host, w))
      ? 'website'
      : matcher.emailDomains.some((d) => onHost(host, d))
        ? 'domain'
        : containsName(squash(token), matcher)
          ? 'squashed'
          : undefined;
    if (kind) found.push({ start, end: start + token.length, kind });
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
