// A reply's pronouns take their target from the thread it answers (issue 18, point 1): the
// thread says who "they", "she" or "you" is, and nothing else. Findings stay in the post, no
// other check reads the thread, and an answer cached under one thread is never reused under
// another. Every case is in words of its own.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../engine';
import { validateSettings } from '../settings';
import sample from '../sample/sample-settings.json';
import { SHIPPED_ACTS } from './acts';
import { buildLexicon } from './lexicon';
import { threadTarget } from './thread';
import { lineSignals } from './tone/signals';
import { SentenceScores } from './tone/score-cache';
import { lowerAscii } from './lexicon';
import { installWordData } from '../text/word-data';
import { SHIPPED_WORDS } from '../text/shipped-words';

installWordData(SHIPPED_WORDS);
const parsed = validateSettings(sample);
if (!parsed.ok) throw new Error('sample settings invalid');
const settings = parsed.settings;

const COUNCIL_THREAD =
  'Update from the council: the swimming baths on Mill Lane will close for good in March.';
const HEAD_THREAD =
  'We are pleased to announce that Mrs Okafor will join us as our new headteacher after Easter.';

const disparaging = (text: string, thread?: string) =>
  createChecker(settings)
    .check(text, thread === undefined ? {} : { thread })
    .filter((f) => f.kind === 'disparaging');

describe('threadTarget: the group a thread is about', () => {
  const lexicon = buildLexicon([settings.school.name], [], SHIPPED_ACTS);
  it.each([
    [COUNCIL_THREAD, { group: 'the council' }],
    [HEAD_THREAD, { group: "the school's leaders", person: "the school's leaders" }],
    // The last sentence that names a group, and in it the first group named.
    [
      'The head opened the fete. The parents then ran the tombola all day.',
      { group: 'parents', person: 'parents' },
    ],
    ['Ofsted arrive on Tuesday, apparently.', { group: 'Ofsted' }],
    // "they" is the subject; "she" the first group one person can be.
    [
      'Our Year 6 pupils had a visit from the new headteacher today.',
      { group: 'pupils', person: "the school's leaders" },
    ],
  ])('%s → %o', (thread, groups) => {
    expect(threadTarget(thread, lexicon)).toEqual(groups);
  });

  it('names no group for a thread about nobody', () => {
    expect(threadTarget('Lovely sunset over the hills tonight.', lexicon)).toBeUndefined();
  });

  it('reads only the end of a long thread, nearest the reply', () => {
    const long = `The council sent a letter. ${'Lovely weather for it. '.repeat(40)}`;
    expect(threadTarget(long, lexicon)).toBeUndefined();
    expect(threadTarget(long.slice(0, 40), lexicon)).toEqual({ group: 'the council' });
  });
});

describe('a reply whose pronoun points into the thread', () => {
  it('"they should be ashamed" under the council\'s post is about the council', () => {
    const [found, ...rest] = disparaging('they should be ashamed', COUNCIL_THREAD);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ start: 0, end: 22, text: 'they should be ashamed' });
    expect(found!.reason).toContain('the council');
  });

  it('the same reply with no thread is never described as about pupils', () => {
    for (const f of disparaging('they should be ashamed')) {
      expect(f.reason).not.toMatch(/pupil/);
    }
  });

  it('"you" opening a reply means the one answered', () => {
    const [found] = disparaging('You ought to be ashamed of yourselves.', COUNCIL_THREAD);
    expect(found?.reason).toContain('the council');
    // Within a post, with no thread, "you" is the reader: nobody to attack.
    expect(disparaging('You ought to be ashamed of yourselves.')).toEqual([]);
  });

  it('a jibe at "she" under the new head\'s announcement names a leader, not pupils', () => {
    const [found] = disparaging('Honestly she is clueless.', HEAD_THREAD);
    expect(found?.reason).toContain("the school's leaders");
    expect(found?.reason).not.toMatch(/pupil/);
  });

  it('"she" takes the group one person can be; "they" the subject', () => {
    const thread = 'Our Year 6 pupils had a visit from the new headteacher today.';
    const [she] = disparaging('Honestly she is clueless.', thread);
    expect(she?.reason).toContain("the school's leaders");
    const [they] = disparaging('They should be ashamed of themselves.', thread);
    expect(they?.reason).toContain('pupils');
  });

  it('offsets stay in the post, after text before the pointer', () => {
    const post = 'Seen the news.\nThey should be ashamed of themselves.';
    const found = disparaging(post, COUNCIL_THREAD);
    expect(found.map((f) => post.slice(f.start, f.end))).toEqual([
      'They should be ashamed of themselves',
    ]);
    expect(found[0]!.reason).toContain('the council');
  });

  it('a group the post names itself wins over the thread', () => {
    const [found] = disparaging('The parents should be ashamed of themselves.', COUNCIL_THREAD);
    expect(found).toBeDefined();
    expect(found!.reason).toContain('parents');
  });

  it('praise pointing into the thread is left alone', () => {
    expect(disparaging('They have been so helpful, thank you.', COUNCIL_THREAD)).toEqual([]);
  });
});

describe('the thread raises nothing of its own', () => {
  // Amelia Smith and Mrs Hughes are on the sample school's lists; the school is named too.
  const thread = 'Amelia Smith and Mrs Hughes ran the Old Park Primary stall. Call 07700 900123.';

  it('a listed name, the school or a number in the thread is no finding on the post', () => {
    const checker = createChecker(settings);
    expect(checker.check('What a great afternoon that was!', { thread })).toEqual([]);
    expect(checker.check('So proud of them all.', { thread })).toEqual([]);
  });

  it('no finding lies outside the post', () => {
    const post = 'They should be ashamed of themselves.';
    for (const f of createChecker(settings).check(post, { thread: COUNCIL_THREAD })) {
      expect(f.end).toBeLessThanOrEqual(post.length);
      expect(post.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('a thread naming a listed pupil gives the reply no pupil to attack', () => {
    // The thread is read with group words and the school's names only, never the class lists.
    for (const f of disparaging(
      'They should be ashamed of themselves.',
      'Amelia Smith won the spelling bee.',
    )) {
      expect(f.reason).not.toMatch(/pupil/);
    }
  });
});

describe('answers are cached per thread', () => {
  it('the same reply under another thread, or none, is judged again', () => {
    const checker = createChecker(settings);
    const reply = 'They should be ashamed of themselves.';
    const reasons = (thread?: string) =>
      checker
        .check(reply, thread === undefined ? {} : { thread })
        .filter((f) => f.kind === 'disparaging')
        .map((f) => f.reason);
    const council = reasons(COUNCIL_THREAD);
    expect(council).toHaveLength(1);
    expect(council[0]).toContain('the council');
    expect(reasons(HEAD_THREAD)[0]).toContain("the school's leaders");
    expect(reasons()).toEqual([]);
    // Back to the first thread: the same answer as the first time.
    expect(reasons(COUNCIL_THREAD)).toEqual(council);
  });

  it('checkWithin keys its cache on the thread as check does', () => {
    const checker = createChecker(settings);
    const reply = 'They should be ashamed of themselves.';
    checker.check(reply);
    const { findings } = checker.checkWithin(reply, { budgetMs: 1000, thread: COUNCIL_THREAD });
    expect(findings.map((f) => f.reason)).toEqual([expect.stringContaining('the council')]);
    expect(checker.checkWithin(reply, { budgetMs: 1000 }).findings).toEqual([]);
  });

  it('the tone cache: a thread changes the signals its key holds, so no score crosses threads', () => {
    const lexicon = buildLexicon([], [], SHIPPED_ACTS);
    const line = 'They let the parents down again.';
    const [under] = lineSignals(line, lowerAscii(line), lexicon, [], { group: 'the council' });
    const [alone] = lineSignals(line, lowerAscii(line), lexicon, []);
    // Under the council's post "They" carries the council; alone it carries nothing.
    expect(under!.signals.carried).toBe(true);
    expect(alone!.signals.carried).toBe(false);
    const scores = new SentenceScores();
    let scored = 0;
    const score = () => ++scored;
    scores.get(line, under!.signals, score);
    scores.get(line, alone!.signals, score);
    scores.get(line, under!.signals, score);
    expect(scored).toBe(2);
  });

  it('with the disparaging check off, the thread changes nothing', () => {
    const off = createChecker({ ...settings, checks: { disparaging: false } });
    const post = 'Amelia was brilliant. They are a disgrace.';
    expect(off.check(post, { thread: COUNCIL_THREAD })).toEqual(off.check(post));
  });
});
