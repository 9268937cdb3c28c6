// The gate must never stop a pattern that would have matched: every literal it asks for
// is in every match. Cases for the reading itself, then the index.
import { describe, expect, it } from 'vitest';
import { LiteralIndex, requiredLiterals } from './literal-gate';

describe('requiredLiterals', () => {
  it.each([
    ['clowns?', ['clown']],
    ['(?:is|was) (?:a )?(?:clown|muppet)s?', ['clown', 'muppet']],
    ['not saying[^.!?]{0,80}\\bbut', ['not saying']],
    ['(?<!\\bthere )\\bis useless', ['is useless']],
    // Whole literals, never a word's first letters: "ment" would open on "moment".
    ['(?:mentee|mentor)s?', ['mentee', 'mentor']],
    ['KS\\d', ['ks']],
    ['[Yy]ear ?\\d', ['year']],
    ['👀', ['👀']],
    ['(?:idiot|moron)s?|waste of space', ['idiot', 'moron', 'waste of space']],
    // A positive lookaround's text is in the text, though not in the match: "Jem, a kid from".
    ['(\\p{Lu}\\p{Ll}+)(?=, a (?:kid|tutee) from)', [', a kid from', ', a tutee from']],
    ['(?<=coach )\\p{Lu}\\p{Ll}+', ['coach ']],
  ])('%s needs one of %j', (source, literals) => {
    expect(requiredLiterals(source)?.sort()).toEqual([...literals].sort());
  });

  it.each([
    ['\\w+\\d', 'only classes of letters and digits'],
    ['(?:clown)?', 'may match nothing'],
    ['(?:[7-9]|1[0-3])[A-Z]{1,2}', 'ranges only'],
    ['\\p{Lu}\\p{Ll}+', 'letter classes only'],
    ['a|\\d+', 'one branch needs nothing'],
    ['\\u00e9t\\u00e9', 'an escape it does not read'],
    ['\\p{Lu}\\p{Ll}+(?! (?:kid|tutee))', 'a negative lookahead: its words must be absent'],
    ['(?<!coach )\\p{Lu}\\p{Ll}+', 'a negative lookbehind'],
  ])('%s needs nothing: %s', (source) => {
    expect(requiredLiterals(source)).toBeNull();
  });

  it('every match holds a literal it asks for', () => {
    const texts = [
      'She is a clown and he was a muppet.',
      'Not saying anything, but the head is useless.',
      'There is useless kit; the KS2 team; YEAR 6 lot 👀',
    ];
    for (const source of ['(?:is|was) (?:a )?(?:clown|muppet)s?', '[Yy]ear ?\\d', 'is useless']) {
      const literals = requiredLiterals(source)!;
      for (const text of texts) {
        for (const m of text.matchAll(new RegExp(source, 'gi'))) {
          expect(
            literals.some((l) => m[0].toLowerCase().includes(l)),
            `${source} on ${m[0]}`,
          ).toBe(true);
        }
      }
    }
  });
});

describe('LiteralIndex', () => {
  it('tells which gates a text opens, ignoring ASCII case', () => {
    const index = new LiteralIndex();
    const clowns = index.add(['clow', 'mupp']);
    const eyes = index.add(['👀']);
    expect(index.has(clowns, 'What a MUPPET')).toBe(true);
    expect(index.has(eyes, 'What a MUPPET')).toBe(false);
    expect(index.has(eyes, 'hmm 👀')).toBe(true);
    expect(index.has(clowns, 'a lovely day')).toBe(false);
  });

  it('finds literals that share a long start, each by its own ending', () => {
    const index = new LiteralIndex();
    const heads = index.add(['the head', 'the headteacher']);
    const staff = index.add(['the staff']);
    const the = index.add(['the']);
    const cafe = index.add(['the café']);
    const others = Array.from({ length: 40 }, (_, i) =>
      index.add([`the ${String(i).padStart(2, 'x')}`]),
    );
    expect(index.has(heads, 'Ask THE HEAD')).toBe(true);
    expect(index.has(staff, 'Ask THE HEAD')).toBe(false);
    expect(index.has(the, 'Ask THE HEAD')).toBe(true);
    expect(index.has(staff, 'all of the staff')).toBe(true);
    expect(index.has(heads, 'the hea')).toBe(false);
    expect(index.has(cafe, 'at the CAFÉ')).toBe(false); // ASCII case only: É is not é
    expect(index.has(cafe, 'at the Café')).toBe(true);
    const ae = index.add(['aé']);
    const y = index.add(['y']);
    expect(index.has(ae, 'Raé')).toBe(true);
    expect(index.has(ae, 'Rae')).toBe(false);
    expect(index.has(y, 'Year 4')).toBe(true);
    expect(index.has(y, 'Class 4')).toBe(false);
    expect(index.has(others[7]!, 'then the x7 and the 12')).toBe(true);
    expect(index.has(others[12]!, 'then the x7 and the 12')).toBe(true);
    expect(index.has(others[13]!, 'then the x7 and the 12')).toBe(false);
  });

  // The work is counted, never timed: each "the" of a post used to be compared with every
  // literal starting "the" (40 here, 48 in the disparaging lists); filed in a trie it costs
  // a few steps.
  it('does not compare every literal that shares a start at each place', () => {
    const index = new LiteralIndex();
    const gates = Array.from({ length: 40 }, (_, i) =>
      index.add([`the ${String(i).padStart(2, 'x')}`]),
    );
    const text = 'the cat and the dog and the bird, then the other one. '.repeat(5);
    expect(index.has(gates[0]!, text)).toBe(false);
    const places = (text.match(/the/g) ?? []).length;
    expect(places).toBe(30); // "other" holds one too
    // At most a handful of steps for each "the", not 40 comparisons.
    expect(index.work).toBeLessThan(places * 6);
  });
});
