import { describe, expect, it } from 'vitest';
import { checkWindow } from './check-window';

describe('checkWindow: the part of a very long post that is sent', () => {
  const words = Array.from({ length: 5000 }, (_, i) => `word${i}`).join(' ');

  it('sends a post no longer than the window whole', () => {
    expect(checkWindow('Well done Millie', 3, 100)).toEqual({ start: 0, end: 16 });
  });

  it('centres on the focus, never past either end, and cuts only at spaces', () => {
    for (const focus of [0, 10, 12_000, words.length - 5, words.length]) {
      const { start, end } = checkWindow(words, focus, 1000);
      expect(end - start).toBeLessThanOrEqual(1000);
      expect(end - start).toBeGreaterThan(800);
      expect(start === 0 || words[start - 1] === ' ').toBe(true);
      expect(end === words.length || words[end] === ' ').toBe(true);
      expect(focus >= start - 200 && focus <= end + 200).toBe(true);
    }
  });

  it('cuts text with no spaces where it falls', () => {
    const solid = 'x'.repeat(10_000);
    expect(checkWindow(solid, 5000, 1000)).toEqual({ start: 4500, end: 5500 });
  });
});
