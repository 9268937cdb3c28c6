// The worker's checker data, as read from data/checker-data.json: the same answers as the
// data imported in Node (the tone model and the word lists), and a damaged or missing file
// reported, never thrown, with every listed name still flagged.
import { NO_ACTS } from '../../lib/disparaging/acts/kinds';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChecker, SHIPPED_DATA } from '../../lib/engine';
import { checkerDataFileText } from '../../lib/engine/shipped-data';
import { buildChecker, type Checker } from '../../lib/engine/checker';
import type { CheckerData } from '../../lib/engine/data';
import { isEnglishWord } from '../../lib/text/english';
import { isEverydayWord } from '../../lib/text/everyday';
import { posOf } from '../../lib/text/part-of-speech';
import { installWordData, NO_WORDS } from '../../lib/text/word-data';
import { tagsOf } from '../../lib/text/word-tags';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import { checkerDataOf, NO_POLICY, readCheckerData } from './checker-data';

const settings = sample as unknown as SchoolSettings;
const POSTS = [
  'Funny how her lot always get picked for the trips, the head must love them.',
  'Well done Millie today! Ring me on 07700 900123.',
  'The office staff never answer the phone, typical.',
];

afterEach(() => vi.restoreAllMocks());

describe('checker data read from its file', () => {
  it('gives the same findings as the data imported in Node', async () => {
    const file = checkerDataFileText();
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
    const nothing = { words: NO_WORDS, seedPolicy: NO_POLICY, acts: NO_ACTS };
    await expect(readCheckerData(() => Promise.reject(new Error('404')))).resolves.toEqual(nothing);
    expect(checkerDataOf({ toneModel: { buckets: '131072', weights: 7 } })).toEqual(nothing);
    expect(checkerDataOf(null)).toEqual(nothing);
    // A file cut short: the word lists damaged, the models and the seed policy still used.
    const cut = { ...SHIPPED_DATA, words: { ...SHIPPED_DATA.words, lexicon: { words: 7 } } };
    expect(checkerDataOf(JSON.parse(JSON.stringify(cut)))).toEqual({
      toneModel: SHIPPED_DATA.toneModel,
      namesModel: SHIPPED_DATA.namesModel,
      staffShortForms: SHIPPED_DATA.staffShortForms,
      schoolWords: SHIPPED_DATA.schoolWords,
      words: NO_WORDS,
      seedPolicy: SHIPPED_DATA.seedPolicy,
      acts: SHIPPED_DATA.acts,
      childCues: SHIPPED_DATA.childCues,
      invitations: SHIPPED_DATA.invitations,
    });
    expect(error.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('could not be read'),
      expect.stringContaining('no usable word lists'),
      expect.stringContaining('no usable tone model'),
      expect.stringContaining('no usable names model'),
      expect.stringContaining('no usable staff short forms'),
      expect.stringContaining('no usable school words'),
      expect.stringContaining('no usable seed policy'),
      expect.stringContaining('no usable act vocabulary'),
      expect.stringContaining('no usable child-reference cues'),
      expect.stringContaining('no usable invitation phrases'),
      expect.stringContaining('no usable word lists'),
      expect.stringContaining('no usable tone model'),
      expect.stringContaining('no usable names model'),
      expect.stringContaining('no usable staff short forms'),
      expect.stringContaining('no usable school words'),
      expect.stringContaining('no usable seed policy'),
      expect.stringContaining('no usable act vocabulary'),
      expect.stringContaining('no usable child-reference cues'),
      expect.stringContaining('no usable invitation phrases'),
      expect.stringContaining('no usable word lists'),
    ]);
    // Without the words every listed name is still flagged, in any case (recall first).
    const noWords = buildChecker(settings, nothing);
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
    const rulesAlone = buildChecker(settings, { ...SHIPPED_DATA, toneModel: undefined }).check(
      POSTS[1]!,
    );
    expect(rulesAlone).toEqual(createChecker(settings).check(POSTS[1]!));
    expect(rulesAlone.map((f) => f.kind)).toContain('pupil-name');
  });

  it('reads the names model from the file, and goes by the name rules alone without it', async () => {
    const data = await readCheckerData(async () => JSON.parse(JSON.stringify(SHIPPED_DATA)));
    expect(data.namesModel).toEqual(SHIPPED_DATA.namesModel);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const damaged = checkerDataOf({ ...SHIPPED_DATA, namesModel: { buckets: 16384 } });
    expect(damaged.namesModel).toBeUndefined();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('no usable names model'));
    const rulesAlone = buildChecker(settings, damaged).check(POSTS[1]!);
    expect(rulesAlone.map((f) => f.kind)).toContain('pupil-name');
  });

  it('reads the seed policy from the file: the clauses a school without its own cites', async () => {
    const data = await readCheckerData(async () => JSON.parse(JSON.stringify(SHIPPED_DATA)));
    expect(data.seedPolicy).toEqual(SHIPPED_DATA.seedPolicy);
    const unlisted = { ...settings, policy: undefined };
    const found = buildChecker(unlisted, data).check(POSTS[1]!);
    expect(found.map((f) => f.clauses)).toEqual(
      createChecker(unlisted)
        .check(POSTS[1]!)
        .map((f) => f.clauses),
    );
    expect(found.flatMap((f) => f.clauses).length).toBeGreaterThan(0);
    // Without it the warnings stay, citing nothing.
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const damaged = checkerDataOf({ ...SHIPPED_DATA, seedPolicy: { format: 'policy-pack' } });
    expect(damaged.seedPolicy).toBe(NO_POLICY);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('no usable seed policy'));
    const bare = buildChecker(unlisted, damaged).check(POSTS[1]!);
    expect(bare.map((f) => f.kind)).toEqual(found.map((f) => f.kind));
    expect(bare.flatMap((f) => f.clauses)).toEqual([]);
  });
  it('reads the non-pupil words from the file, and without them quiets nobody by them', async () => {
    const data = await readCheckerData(async () => JSON.parse(JSON.stringify(SHIPPED_DATA)));
    expect(data.words.nonPupil).toEqual(SHIPPED_DATA.words.nonPupil);
    // A pupil's name beside an occupation is an adult with the lists; a pupil without them.
    const post = 'Does anyone have a number for Millie the plumber?';
    expect(
      buildChecker(settings, data)
        .check(post)
        .map((f) => f.kind),
    ).not.toContain('pupil-name');
    const damaged = checkerDataOf({
      ...SHIPPED_DATA,
      words: { ...SHIPPED_DATA.words, nonPupil: { animals: 'dog cat' } },
    });
    expect(damaged.words.nonPupil).toBeUndefined();
    expect(damaged.words.english).toBe(SHIPPED_DATA.words.english);
    expect(
      buildChecker(settings, damaged)
        .check(post)
        .map((f) => f.kind),
    ).toContain('pupil-name');
    installWordData(SHIPPED_DATA.words);
  });

  it("reads parent-contact's phrase lists from the file, and without them raises no invitation", async () => {
    const data = await readCheckerData(async () => JSON.parse(JSON.stringify(SHIPPED_DATA)));
    expect(data.invitations).not.toBe(SHIPPED_DATA.invitations);
    expect(data.invitations).toEqual(SHIPPED_DATA.invitations);
    // English and another language: the same invitations found as with the imported lists.
    const posts = [
      POSTS[1]!,
      'Parents, feel free to add me on Facebook for the trip photos',
      'Drodzy rodzice, napiszcie do mnie na WhatsApp',
    ];
    const fromFile = buildChecker(settings, data);
    const imported = createChecker(settings);
    for (const post of posts) expect(fromFile.check(post)).toEqual(imported.check(post));
    const invites = (c: Checker) =>
      posts.flatMap((post) => c.check(post).filter((f) => f.kind === 'parent-contact'));
    expect(invites(fromFile).length).toBeGreaterThanOrEqual(2);
    // One list missing, one damaged, or the field gone: a clear error, that field dropped, the
    // rest of the file kept; the checker still warns of everything else.
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { officialSetAside: _, ...phrases } = SHIPPED_DATA.invitations!.phrases;
    const damaged = [
      { ...SHIPPED_DATA.invitations, phrases },
      { ...SHIPPED_DATA.invitations, invitations: [] },
      { ...SHIPPED_DATA.invitations, languages: [{ id: 'pl', invitations: 7 }] },
      undefined,
    ];
    for (const invitations of damaged) {
      const read = checkerDataOf(JSON.parse(JSON.stringify({ ...SHIPPED_DATA, invitations })));
      expect(read.invitations).toBeUndefined();
      expect(read.words).toEqual(SHIPPED_DATA.words);
      expect(read.childCues).toEqual(SHIPPED_DATA.childCues);
      const without = buildChecker(settings, read);
      expect(invites(without)).toEqual([]);
      expect(without.check(POSTS[1]!).map((f) => f.kind)).toEqual(
        imported
          .check(POSTS[1]!)
          .map((f) => f.kind)
          .filter((k) => k !== 'parent-contact'),
      );
    }
    expect(error.mock.calls.map((c) => String(c[0]))).toEqual(
      damaged.map(() => expect.stringContaining('no usable invitation phrases')),
    );
    installWordData(SHIPPED_DATA.words);
  });

  it('reads the child-context words from the file, and without them finds children by the cues alone', async () => {
    const data = await readCheckerData(async () => JSON.parse(JSON.stringify(SHIPPED_DATA)));
    expect(data.words.childContext).not.toBe(SHIPPED_DATA.words.childContext);
    expect(data.words.childContext).toEqual(SHIPPED_DATA.words.childContext);
    // A child on no list found by the words around the name (a joining cue), not a cue pattern.
    const post = 'Lovely to meet Tobiah today, who joins Year 2 on Monday';
    const children = (d: CheckerData) =>
      buildChecker(settings, d)
        .check(post)
        .filter((f) => f.kind === 'child-reference')
        .map((f) => f.rule);
    expect(children(data)).toEqual(['child-reference/context-joining']);
    // A list missing, a cue without its reach, or none at all: a clear error, the lists
    // dropped, the other words kept; the general step then finds no one.
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const shipped = SHIPPED_DATA.words.childContext!;
    const { adultWords: _, ...words } = shipped.words;
    const [first, ...rest] = shipped.cues;
    const damaged = [
      { ...shipped, words },
      { ...shipped, cues: [{ ...first, reach: '4' }, ...rest] },
      { ...shipped, phrases: { ...shipped.phrases, atOurSchool: 'at ours' } },
      undefined,
    ];
    for (const childContext of damaged) {
      const read = checkerDataOf(
        JSON.parse(
          JSON.stringify({ ...SHIPPED_DATA, words: { ...SHIPPED_DATA.words, childContext } }),
        ),
      );
      expect(read.words.childContext).toBeUndefined();
      expect(read.words.nonPupil).toEqual(SHIPPED_DATA.words.nonPupil);
      expect(read.words.english).toBe(SHIPPED_DATA.words.english);
      expect(read.invitations).toEqual(SHIPPED_DATA.invitations);
      expect(children(read)).toEqual([]);
      // The cue patterns still find theirs: "a girl in my class called Tia".
      expect(
        buildChecker(settings, read)
          .check('a girl in my class called Tia')
          .map((f) => f.rule),
      ).toContain('child-reference/called');
    }
    expect(error.mock.calls.map((c) => String(c[0]))).toEqual(
      damaged.map(() => expect.stringContaining('no usable child-context words')),
    );
    installWordData(SHIPPED_DATA.words);
  });
});
