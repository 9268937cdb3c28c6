import { describe, expect, it } from 'vitest';
import { ARTICLES_AND_POSSESSIVES, DETERMINERS } from './determiners';

describe('determiners', () => {
  it('holds the articles and possessives inside the one list of determiners', () => {
    const outside = [...ARTICLES_AND_POSSESSIVES.words].filter((w) => !DETERMINERS.words.has(w));
    expect(outside).toEqual([]);
    expect(DETERMINERS.words.has('those')).toBe(true);
    expect(ARTICLES_AND_POSSESSIVES.words.has('those')).toBe(false);
  });
  it('has distinct ids', () => {
    expect(DETERMINERS.id).not.toBe(ARTICLES_AND_POSSESSIVES.id);
  });
});
