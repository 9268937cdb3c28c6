import { describe, expect, it } from 'vitest';
import { isEverydayWord } from './everyday';

describe('isEverydayWord', () => {
  it('knows words people use often in lower case', () => {
    for (const w of ['hope', 'summer', 'will', 'green', 'pickles', 'storm']) {
      expect(isEverydayWord(w), w).toBe(true);
    }
  });
  it('leaves out rare words and words mostly used as names', () => {
    for (const w of ['heron', 'wren', 'grace', 'mason', 'amber', 'eira', 'heulwen']) {
      expect(isEverydayWord(w), w).toBe(false);
    }
  });
});
