import { describe, expect, it } from 'vitest';
import { frontCode, frontDecode } from './front-coding';

// Lower-case letters only, as the lists hold: a number written in base 26 with a–z for digits.
const letters = (n: number) =>
  [...(n * 7919).toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');

describe('front coding of the shipped word lists', () => {
  it('writes each word as the letters it shares with the one before, then the rest', () => {
    expect(frontCode(['herb', 'herbal', 'heron', 'hope'])).toEqual(['0herb4al3on1ope']);
  });

  it('caps the shared prefix at nine letters, so one digit always says it', () => {
    const [line] = frontCode(['abcdefghijkl', 'abcdefghijklm']);
    expect(line).toBe('0abcdefghijkl9jklm');
    expect(frontDecode(line!)).toEqual(new Set(['abcdefghijkl', 'abcdefghijklm']));
  });

  it('gives back every word, across the line breaks of a generated file', () => {
    const words = [...new Set(Array.from({ length: 400 }, (_, i) => `w${letters(i + 1)}`))].sort();
    const lines = frontCode(words, 40);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(frontDecode(lines.join('\n'))).toEqual(new Set(words));
  });
});
