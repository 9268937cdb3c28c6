import { describe, expect, it } from 'vitest';
import { applyEdit, diffText } from './text-edit';

describe('diffText and applyEdit', () => {
  it.each([
    ['', 'Hello'],
    ['Hello', ''],
    ['Hello', 'Hello!'],
    ['Hello', 'Hallo'],
    ['aaaa', 'aaaaa'],
    ['Millie and Millie', 'Millie & Millie'],
    ['🎉 party', '🎊 party'],
    ['same', 'same'],
  ])('%j → %j round-trips with the smallest edit', (before, after) => {
    const edit = diffText(before, after);
    expect(applyEdit(before, edit)).toBe(after);
    expect(edit.insert.length).toBeLessThanOrEqual(Math.abs(after.length - before.length) + 2);
  });

  it('rejects an edit that does not fit the text', () => {
    expect(applyEdit('short', { from: 2, to: 9, insert: 'x' })).toBeNull();
    expect(applyEdit('short', { from: 3, to: 2, insert: 'x' })).toBeNull();
  });
});
