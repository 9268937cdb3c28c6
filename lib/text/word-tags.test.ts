// The generated lexicon (word-tags-data.ts, `npm run gen:lexicon`) must say exactly what
// compromise says: every word's tags, every tag's parents. When compromise is updated
// and the module is not regenerated, this fails and names the words that moved.
import { describe, expect, it } from 'vitest';
import {
  compromiseLexicon,
  compromiseParents,
  compromiseTags,
  compromiseVersion,
} from '../../scripts/compromise-lexicon';
import { createLexicon, parentsOf, tagsOf } from './word-tags';
import { ENGLISH_WORDS_CODED } from './english-words';
import * as data from './word-tags-data';
import { isInfinitive, isKnownWord, isNounLike, isOrdinaryWord, posOf } from './part-of-speech';

const expected = compromiseLexicon();

describe('generated lexicon', () => {
  it('was generated from the installed compromise', () => {
    expect(data.COMPROMISE_VERSION).toBe(compromiseVersion);
  });

  it('gives every word compromise lists the same tags', () => {
    const differ = [...expected]
      .filter(([word, tags]) => JSON.stringify(tagsOf(word)) !== JSON.stringify(tags))
      .map(([word]) => word);
    expect(differ).toEqual([]);
  });

  it('holds no word compromise does not list', () => {
    const decoded = new Map(
      createLexicon({
        lists: data.TAG_LISTS,
        tagParents: data.TAG_PARENTS,
        inflected: data.INFLECTED,
        groups: data.WORD_GROUPS,
        words: data.WORDS,
        groupCodes: data.WORD_GROUP_CODES,
        odd: data.ODD_WORDS,
      }).entries(),
    );
    expect([...decoded.keys()].filter((w) => !expected.has(w))).toEqual([]);
    expect(decoded.size).toBe(expected.size);
  });

  it('finds nothing for the English words compromise does not list', () => {
    // The inflection look-up takes endings off ("walked" → walk): it must never invent a word.
    const english: string[] = [];
    let prev = '';
    for (const m of ENGLISH_WORDS_CODED.matchAll(/(\d)([a-z]*)/g)) {
      prev = prev.slice(0, Number(m[1])) + m[2];
      english.push(prev);
    }
    const forms = english.flatMap((w) => [w, w + 's', w + 'ed', w + 'ing', w + 'er', w + 'est']);
    const invented = forms.filter((w) => !expected.has(w) && tagsOf(w) !== undefined);
    expect(invented).toEqual([]);
  });

  it('gives every tag in it the parents compromise gives', () => {
    const parents = compromiseParents();
    const tags = new Set([...expected.values()].flat());
    for (const tag of tags) expect(parentsOf(tag), tag).toEqual(parents[tag] ?? []);
  });

  it.each([
    ['grace', ['FirstName']],
    ['walked', ['PastTense']],
    ['stopping', ['Gerund']],
    ['happier', ['Comparative']],
    ['will', ['Modal']],
    ['heron', undefined],
    ['constructor', undefined],
  ])('%s: %j, as compromise says', (word, tags) => {
    expect(tagsOf(word)).toEqual(tags);
    expect(compromiseTags(word)).toEqual(tags);
  });

  it('leaves out phrases, which no caller looks up', () => {
    expect(compromiseTags('a lot')).toBeDefined();
    expect(tagsOf('a lot')).toBeUndefined();
  });
});

describe('part of speech', () => {
  it.each([
    ['will', 'modal'],
    ['grace', 'name'],
    ['walked', 'verb'],
    ['children', 'noun'],
    ['quickly', 'adverb'],
    ['heron', 'unknown'],
    ['summer', 'noun'],
    ['happy', 'adjective'],
  ])('%s is a %s', (word, pos) => {
    expect(posOf(word)).toBe(pos);
  });

  it('tells known, ordinary and infinitive words apart', () => {
    expect(isKnownWord('grace')).toBe(true);
    expect(isOrdinaryWord('grace')).toBe(false);
    expect(isOrdinaryWord('summer')).toBe(true);
    expect(isKnownWord('kasia')).toBe(false);
    expect(isInfinitive('be')).toBe(true);
    expect(isNounLike('printer')).toBe(true);
    expect(isNounLike('quickly')).toBe(false);
  });
});
