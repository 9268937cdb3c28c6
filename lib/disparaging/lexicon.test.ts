// WordSet runs only the entries whose literals a text holds, and finds what the whole
// alternation finds.
import { describe, expect, it } from 'vitest';
import { WordSet } from './lexicon';

// Seventeen entries: one chunk of sixteen and one of one, most opened only by "the".
const ENTRIES = [
  'the (?:clown|muppet)s?',
  'clowns?',
  'the head(?:teacher)? is (?:useless|hopeless)',
  'muppet',
  'the state of (?:her|him)',
  'waste of space',
  'the (?:staff|office) (?:lot|crowd)',
  'what a (?:joke|farce)',
  'clueless',
  'the worst',
  'has no idea',
  'the (?:\\w+ )?brigade',
  'jobsworths?',
  'the joke',
  'useless',
  'absolute (?:shambles|joke)',
  'the end',
];

/** The whole list as one alternation, as WordSet would run it without gates. */
function reference(text: string): [number, number][] {
  const re = new RegExp(`\\b(?:${ENTRIES.map((e) => `(?:${e})\\b`).join('|')})`, 'g');
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

const TEXTS = [
  'the head is useless, what a joke, the joke is on us',
  'the clowns and a muppet',
  'absolute shambles: the state of her, the worst, the end',
  'the office crowd has no idea, clueless jobsworths',
  'the lunchtime brigade is a waste of space',
  'a lovely day at the farm',
  'nothing to see here',
];

describe('WordSet', () => {
  it('finds what the whole alternation finds, in every text', () => {
    const set = new WordSet(ENTRIES);
    for (const text of TEXTS) {
      expect(set.matches(text).map((s) => [s.start, s.end])).toEqual(reference(text));
      expect(set.test(text)).toBe(reference(text).length > 0);
    }
  });

  // Counted, never timed: a text that opens four entries of a chunk used to run the
  // whole chunk of sixteen.
  it('runs only the entries whose literals the text holds', () => {
    const set = new WordSet(ENTRIES);
    // Of the first chunk's sixteen, four need no more than this text holds: "the worst",
    // "the joke", and "what a (joke|farce)" and "absolute (shambles|joke)", which need
    // "joke" or the other word. "the (clown|muppet)s?" needs "clown" or "muppet".
    expect(set.matches('the joke was the worst').length).toBe(2);
    expect(set.entriesRun).toBe(4);
    set.entriesRun = 0;
    set.matches('nothing to see here');
    expect(set.entriesRun).toBe(0);
  });
});
