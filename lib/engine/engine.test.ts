import { describe, expect, it } from 'vitest';
import { createChecker, resolveOverlaps } from './index';
import type { Finding } from './finding';
import type { Decision } from './trace';
import { splitIntoUnits } from './units';
import { validateSettings } from '../settings';
import sample from '../sample/sample-settings.json';

function finding(kind: Finding['kind'], start: number, end: number): Finding {
  return {
    kind,
    start,
    end,
    text: '',
    clauses: [],
    severity: 'low',
    reason: '',
    detector: kind,
    rule: kind,
  };
}

describe('splitIntoUnits', () => {
  it('splits at line breaks and keeps offsets', () => {
    const text = 'one\n\ntwo three\nfour';
    expect(splitIntoUnits(text).map((u) => [u.start, u.text])).toEqual([
      [0, 'one'],
      [5, 'two three'],
      [15, 'four'],
    ]);
  });
  it('splits very long lines at sentence ends, covering every character', () => {
    const line = 'This is a fairly ordinary sentence about the school trip today. '.repeat(20);
    const units = splitIntoUnits(line);
    expect(units.length).toBeGreaterThan(1);
    expect(units.map((u) => u.text).join('')).toBe(line);
    for (const u of units) expect(line.slice(u.start, u.start + u.text.length)).toBe(u.text);
  });
});

const texts = (text: string) => splitIntoUnits(text).map((u) => u.text);

describe('splitIntoUnits: lines that need the one before', () => {
  it('keeps a reply with the post it quotes, and a line opening on she/he/they with the line before', () => {
    expect(texts('> Our head wants plans by 7am.\nShe never reads them.')).toEqual([
      '> Our head wants plans by 7am.\nShe never reads them.',
    ]);
    expect(texts('> one\n> two\nreply')).toEqual(['> one\n> two\nreply']);
    expect(texts('Met the new deputy.\nThey seem keen.\nLunch was good.')).toEqual([
      'Met the new deputy.\nThey seem keen.',
      'Lunch was good.',
    ]);
  });

  it('joins a reply to the quote above it across blank lines, as forums write it', () => {
    expect(texts('> Our trust CEO got a rise.\n\nShe did.\nLunch was good.')).toEqual([
      '> Our trust CEO got a rise.\n\nShe did.',
      'Lunch was good.',
    ]);
  });

  it('keeps with its sentence before a sentence of a long line that opens on she/he/they', () => {
    const filler = 'We planned the whole trip and booked the coach weeks ago. '.repeat(4);
    const line = `${filler}Then the deputy moved it a week. He never plans anything himself. Lunch was good.`;
    const units = texts(line);
    expect(units).toContain('Then the deputy moved it a week. He never plans anything himself. ');
    expect(units.join('')).toBe(line);
  });

  it('does not join across a blank line, after an ordinary line, or beyond a long line', () => {
    expect(texts('Met the deputy.\n\nShe said no.')).toEqual(['Met the deputy.', 'She said no.']);
    expect(texts('Trip today.\nThe coach was late.')).toEqual([
      'Trip today.',
      'The coach was late.',
    ]);
    const long = `> ${'word '.repeat(70)}`;
    expect(texts(`${long}\nShe said no.`)).toEqual([long, 'She said no.']);
  });

  it('moves no boundary of the lines after an edited one', () => {
    const before = texts(
      '> Our head wants plans.\nShe never reads them.\nTrip today.\nThey loved it.',
    );
    const after = texts(
      '> Our head wants all the plans.\nShe never reads them.\nTrip today.\nThey loved it.',
    );
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it('gives a pronoun in a reply the person named in the quoted post', () => {
    const result = validateSettings(sample);
    if (!result.ok) throw new Error('sample settings invalid');
    const checker = createChecker(result.settings);
    const reply = 'She is a total waste of space.';
    const quoted = `> Our deputy head wants lesson plans emailed to her by 7am.\n${reply}`;
    const found = checker.check(quoted).filter((f) => f.kind === 'disparaging');
    expect(found.map((f) => f.text)).toEqual(['She is a total waste of space']);
    expect(found[0]!.reason).toContain("the school's leaders");
    // A blank line after the quote still leaves the reply with it, as forums write it.
    expect(
      checker.check(quoted.replace('\n', '\n\n')).filter((f) => f.kind === 'disparaging'),
    ).toHaveLength(1);
    // Apart from an unquoted line, the reply names nobody, so it is not judged.
    const apart = quoted.replace('> ', '').replace('\n', '\n\n');
    expect(checker.check(apart).filter((f) => f.kind === 'disparaging')).toEqual([]);
  });
});

describe('resolveOverlaps', () => {
  it('lets the stronger entity kind win and keeps phrase kinds that overlap', () => {
    const kept = resolveOverlaps([
      finding('phone-number', 5, 17),
      finding('school-identifier', 5, 17),
      finding('parent-contact', 0, 20),
    ]);
    expect(kept.map((f) => f.kind)).toEqual(['parent-contact', 'school-identifier']);
  });
});

describe('createChecker', () => {
  it('returns offsets into the whole text', () => {
    const result = validateSettings(sample);
    if (!result.ok) throw new Error('sample settings invalid');
    const checker = createChecker(result.settings);
    const text = 'Hello\nnothing to see here';
    for (const f of checker.check(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

const sentence = (i: number) => `Sentence number ${i} is about the school trip to the farm. `;

describe('splitIntoUnits on long lines', () => {
  const long = Array.from({ length: 12 }, (_, i) => sentence(i)).join('');

  it('makes each sentence of a long line a unit', () => {
    expect(splitIntoUnits(long).map((u) => u.text)).toEqual(
      Array.from({ length: 12 }, (_, i) => sentence(i)),
    );
  });

  it('keeps the other units when one sentence is edited', () => {
    const edited = long.replace('number 5 is', 'number 5 really is');
    const before = splitIntoUnits(long).map((u) => u.text);
    const after = splitIntoUnits(edited).map((u) => u.text);
    expect(after.filter((t) => !before.includes(t))).toEqual([
      sentence(5).replace('is', 'really is'),
    ]);
  });

  it('does not split after titles, street abbreviations or initials', () => {
    const line =
      "We met Mrs. Hughes at 14 St. John's Road with J. Smith and it was lovely. " + long;
    expect(splitIntoUnits(line)[0]!.text).toBe(
      "We met Mrs. Hughes at 14 St. John's Road with J. Smith and it was lovely. ",
    );
  });

  it('cuts a run-on sentence at spaces, and text with no spaces without splitting surrogate pairs', () => {
    const words = 'a '.repeat(5000);
    const wordUnits = splitIntoUnits(words);
    expect(wordUnits.every((u) => u.text.length <= 600 && u.text.endsWith(' '))).toBe(true);
    expect(wordUnits.map((u) => u.text).join('')).toBe(words);
    const emoji = '😀'.repeat(1000);
    const emojiUnits = splitIntoUnits(emoji);
    expect(emojiUnits.length).toBeGreaterThan(3);
    for (const u of emojiUnits) {
      expect(u.text.length).toBeLessThanOrEqual(600);
      expect(emoji.slice(u.start, u.start + u.text.length)).toBe(u.text);
      expect(/^[\uDC00-\uDFFF]/.test(u.text)).toBe(false);
    }
  });
});

/** A clock that moves 1 ms each time it is read: each piece "costs" a millisecond or two. */
function ticking(): () => number {
  let t = 0;
  return () => t++;
}

describe('checkWithin: a time budget per check', () => {
  const valid = validateSettings(sample);
  if (!valid.ok) throw new Error('sample settings invalid');
  const lines = Array.from(
    { length: 40 },
    (_, i) => `Line ${i}: well done Millie, ring 07700 900${100 + i}.`,
  );
  const text = lines.join('\n');

  it('with time to spare, finds exactly what check finds', () => {
    const result = createChecker(valid.settings).checkWithin(text, { budgetMs: 1e9 });
    expect(result.complete).toBe(true);
    expect(result.findings).toEqual(createChecker(valid.settings).check(text));
  });

  it('stops when the budget is spent, and carries on where it stopped when called again', () => {
    const checker = createChecker(valid.settings, { now: ticking() });
    const first = checker.checkWithin(text, { budgetMs: 5 });
    expect(first.complete).toBe(false);
    const whole = createChecker(valid.settings).check(text);
    expect(first.findings.length).toBeGreaterThan(0);
    expect(first.findings.length).toBeLessThan(whole.length);
    let calls = 1;
    let result = first;
    while (!result.complete && calls < 100) {
      result = checker.checkWithin(text, { budgetMs: 5 });
      calls++;
    }
    expect(result.findings).toEqual(whole);
    expect(calls).toBeGreaterThan(2);
  });

  it('checks the pieces nearest the focus first', () => {
    const checker = createChecker(valid.settings, { now: ticking() });
    const { findings } = checker.checkWithin(text, { budgetMs: 2, focus: text.length - 3 });
    expect(findings.length).toBeGreaterThan(0);
    // Everything found is on the last lines, where the person is typing.
    const lastLines = text.indexOf('Line 36:');
    for (const f of findings) expect(f.start).toBeGreaterThan(lastLines);
  });
});

describe('check(text, { trace })', () => {
  const result = validateSettings(sample);
  if (!result.ok) throw new Error('sample settings invalid');
  const settings = result.settings;
  const name = settings.classes[0]!.pupils[0]!.first;

  it('finds the same as check(text) and records each candidate with the rule that decided', () => {
    const checker = createChecker(settings);
    const text = `Well done ${name} today!\nAnother line.`;
    const plain = checker.check(text);
    const trace: Decision[] = [];
    const traced = checker.check(text, { trace });
    expect(traced).toEqual(plain);
    const flagged = trace.filter((d) => d.verdict === 'flagged');
    expect(flagged.map((d) => [d.kind, d.text, d.rule])).toEqual(
      plain.filter((f) => f.kind === 'pupil-name').map((f) => [f.kind, f.text, f.rule]),
    );
    for (const d of trace) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('records quiet candidates too, and a cached piece is traced afresh', () => {
    const checker = createChecker(settings);
    const text = `Theo James was on telly.\n${name} was on telly.`;
    checker.check(text);
    const trace: Decision[] = [];
    checker.check(text, { trace });
    expect(trace.some((d) => d.verdict === 'flagged' && d.text === name)).toBe(true);
    expect(trace.every((d) => d.rule.length > 0 && d.fired.length > 0)).toBe(true);
  });
});
