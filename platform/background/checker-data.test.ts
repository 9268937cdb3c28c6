// The worker's checker data, as read from data/checker-data.json: the same answers as the
// data imported in Node (the tone model and the word lists), and a damaged or missing file
// reported, never thrown, with every listed name still flagged.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChecker, SHIPPED_DATA } from '../../lib/engine';
import { buildChecker, type Checker } from '../../lib/engine/checker';
import type { CheckerData } from '../../lib/engine/data';
import { isEnglishWord } from '../../lib/text/english';
import { isEverydayWord } from '../../lib/text/everyday';
import { posOf } from '../../lib/text/part-of-speech';
import { installWordData, NO_WORDS } from '../../lib/text/word-data';
import { tagsOf } from '../../lib/text/word-tags';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import { checkerDataOf, readCheckerData } from './checker-data';

const settings = sample as unknown as SchoolSettings;
const POSTS = [
  'Funny how her lot always get picked for the trips, the head must love them.',
  'Well done Millie today! Ring me on 07700 900123.',
  'The office staff never answer the phone, typical.',
];

afterEach(() => vi.restoreAllMocks());

describe('checker data read from its file', () => {
  it('gives the same findings as the data imported in Node', async () => {
    const file = JSON.stringify(SHIPPED_DATA);
    const data = await readCheckerData(async () => JSON.parse(file));
    const fromFile = buildChecker(settings, data);
    const imported = createChecker(settings);
    for (const post of POSTS) expect(fromFile.check(post)).toEqual(imported.check(post));
    expect(fromFile.check(POSTS[0]!).map((f) => f.kind)).toContain('disparaging');
  });

  it('reads the word lists from the file: the same look-ups as the imported ones', async () => {
    const data = await readCheckerData(async () => JSON.parse(JSON.stringify(SHIPPED_DATA)));
    expect(data.words).not.toBe(SHIPPED_DATA.words);
    expect(data.words).toEqual(SHIPPED_DATA.words);
    // Words that decide names: English, everyday, and the lexicon's tags.
    const words = ['heron', 'grace', 'summer', 'walked', 'millie', 'hope', 'storeys', 'mason'];
    const seen = (d: CheckerData) => {
      installWordData(d.words);
      return words.map((w) => [isEnglishWord(w), isEverydayWord(w), tagsOf(w), posOf(w)]);
    };
    const fromFile = seen(data);
    const imported = seen(SHIPPED_DATA);
    expect(fromFile).toEqual(imported);
  });

  it('reports a file that cannot be read or is damaged, and still flags every name', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(readCheckerData(() => Promise.reject(new Error('404')))).resolves.toEqual({
      words: NO_WORDS,
    });
    expect(checkerDataOf({ toneModel: { buckets: '131072', weights: 7 } })).toEqual({
      words: NO_WORDS,
    });
    expect(checkerDataOf(null)).toEqual({ words: NO_WORDS });
    // A file cut short: the word lists damaged, the tone model still used.
    const cut = { ...SHIPPED_DATA, words: { ...SHIPPED_DATA.words, lexicon: { words: 7 } } };
    expect(checkerDataOf(JSON.parse(JSON.stringify(cut)))).toEqual({
      toneModel: SHIPPED_DATA.toneModel,
      words: NO_WORDS,
    });
    expect(error.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('could not be read'),
      expect.stringContaining('no usable word lists'),
      expect.stringContaining('no usable tone model'),
      expect.stringContaining('no usable word lists'),
      expect.stringContaining('no usable tone model'),
      expect.stringContaining('no usable word lists'),
    ]);
    // Without the words every listed name is still flagged, in any case (recall first).
    const noWords = buildChecker(settings, { words: NO_WORDS });
    for (const post of [POSTS[1]!, 'well done millie today', 'Grace and Mason were brilliant']) {
      const names = (c: Checker) => c.check(post).filter((f) => f.kind === 'pupil-name');
      const withWords = names(createChecker(settings));
      expect(names(noWords).length).toBeGreaterThanOrEqual(withWords.length);
    }
    expect(noWords.check(POSTS[1]!).map((f) => f.kind)).toContain('pupil-name');
    installWordData(SHIPPED_DATA.words);
  });

  it('throws a clear error when a word is looked up before any words are installed', async () => {
    vi.resetModules();
    const fresh = await import('../../lib/text/english');
    expect(() => fresh.isEnglishWord('heron')).toThrow(/before the word data were installed/);
  });

  it('goes by the rules alone without the tone model', () => {
    // Without the model the checker still warns: names and contacts as ever.
    const rulesAlone = buildChecker(settings, { words: SHIPPED_DATA.words }).check(POSTS[1]!);
    expect(rulesAlone).toEqual(createChecker(settings).check(POSTS[1]!));
    expect(rulesAlone.map((f) => f.kind)).toContain('pupil-name');
  });
});
