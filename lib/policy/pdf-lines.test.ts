import { describe, expect, it } from 'vitest';
import { documentText, pageLines, type TextRun } from './pdf-lines';

const run = (str: string, x: number, y: number, width = str.length * 5): TextRun => ({
  str,
  transform: [10, 0, 0, 10, x, y],
  width,
  height: 10,
});

describe('pageLines', () => {
  it('puts runs at one height on one line, left to right, top line first', () => {
    expect(
      pageLines([
        run('must not post.', 80, 700),
        run('2.1', 40, 700, 15),
        run('PERSONAL USE', 40, 720),
        run('Page 2 of 3', 250, 40),
      ]),
    ).toEqual(['PERSONAL USE', '2.1 must not post.', 'Page 2 of 3']);
  });

  it('adds a space only where the runs leave a gap', () => {
    expect(pageLines([run('Photo', 40, 500, 25), run('graphs', 65, 500, 30)])).toEqual([
      'Photographs',
    ]);
    expect(pageLines([run('Staff', 40, 500, 25), run('must', 70, 500, 20)])).toEqual([
      'Staff must',
    ]);
  });

  it('treats a slightly lower run (a subscript, a different font) as the same line', () => {
    expect(pageLines([run('1.1', 40, 500, 15), run('Staff', 60, 498.5)])).toEqual(['1.1 Staff']);
  });
});

describe('documentText', () => {
  it('separates pages with a form feed', () => {
    expect(documentText([[run('One', 40, 700)], [run('Two', 40, 700)]])).toBe('One\n\f\nTwo');
  });
});
