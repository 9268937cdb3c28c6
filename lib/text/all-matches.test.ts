import { describe, expect, it } from 'vitest';
import { allMatches } from './all-matches';

const shape = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);

describe('allMatches', () => {
  it.each([
    [/\b(?:me|my)\b/gi, 'DM me, or MY inbox: me'],
    [/(\p{Lu})(\p{Ll}*)/gu, 'Zoë and Łucja met Ava 🎉 Ben'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/(\d)(?=\d)/g, '0770090'],
    [/nothing/g, 'here'],
  ])('gives what matchAll gives for %s', (re, text) => {
    expect(shape(allMatches(re, text))).toEqual(shape([...text.matchAll(re)]));
  });

  it('leaves lastIndex where it was, and starts there, as matchAll does', () => {
    const re = /a/g;
    re.lastIndex = 2;
    expect(allMatches(re, 'a a a').map((m) => m.index)).toEqual([2, 4]);
    expect(re.lastIndex).toBe(2);
  });

  it('stops at the limit', () => {
    expect(allMatches(/a/g, 'aaaa', 2).map((m) => m.index)).toEqual([0, 1]);
  });

  it('refuses an expression that is not global, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});
