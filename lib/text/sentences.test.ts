import { describe, expect, it } from 'vitest';
import { gapEndsSentence, sentenceBreaks, sentenceSpans, sentenceStart } from './sentences';

const texts = (line: string) => sentenceSpans(line).map((s) => line.slice(s.start, s.end));

describe('sentence breaks', () => {
  it("'safe' cuts only where no name can be split", () => {
    const line = 'Mrs. Hughes came in. then we left. Dr. Khan said hi! Great';
    const cuts = sentenceBreaks(line, 'safe').map((b) => line.slice(b.next));
    // Not after "Mrs." or "Dr.", not before a lower-case "then".
    expect(cuts).toEqual(['Dr. Khan said hi! Great', 'Great']);
  });
  it("'loose' cuts at every end mark before a space, and at an emoji before a capital", () => {
    expect(texts('Mrs. Hughes came in. then we left ☀️ Shame the rain.')).toEqual([
      'Mrs',
      'Hughes came in',
      'then we left',
      'Shame the rain',
    ]);
  });
  it('starts from a given offset and trims each sentence', () => {
    const line = '[18:22] Ange:   What a day!  Thanks all.';
    expect(sentenceSpans(line, 13).map((s) => line.slice(s.start, s.end))).toEqual([
      'What a day',
      'Thanks all',
    ]);
  });
  it('scans a long run of full stops once per run', () => {
    const line = 'Done' + '.'.repeat(100_000) + ' Bye';
    expect(sentenceBreaks(line, 'safe')).toEqual([{ stop: 4, next: 100_005 }]);
  });
});

describe('sentenceStart', () => {
  it('finds the start of the sentence holding an offset, within reach', () => {
    const text = 'Fun day at the park. My nephew Sam';
    expect(text.slice(sentenceStart(text, text.length, 120)).trim()).toBe('My nephew Sam');
    expect(sentenceStart(text, text.length, 5)).toBe(text.length - 5);
  });
});

const word = (raw: string) => ({ raw, key: raw.toLowerCase() });

describe('gapEndsSentence', () => {
  it.each([
    ['. ', word('day'), true],
    [': ', word('Note'), true],
    [' 🚌 ', word('today'), true],
    ['. ', word('Mrs'), false],
    ['. ', word('C'), false],
    [' ', word('Well'), false],
    // an aside in brackets closed by a comma: the list goes on ("Tam (2nd!!), Ava")
    [' (2nd!!), ', word('Tam'), false],
    [' (what a day! 🎉), ', word('Tam'), false],
    ['!!), ', word('rd'), false],
    [' (2nd!!) ', word('Tam'), true],
  ])('gap %j after %o → %s', (gap, prev, ends) => {
    expect(gapEndsSentence(gap, prev)).toBe(ends);
  });
  it('counts the start of the text as a sentence start', () => {
    expect(gapEndsSentence('', undefined)).toBe(true);
  });
});
