import { describe, expect, it } from 'vitest';
import { bottomEdge, EDGE_BAND, MARGIN, placeCard, type Rect } from './card-placement';

const viewport = { width: 1280, height: 800 };
const box: Rect = { left: 40, top: 100, right: 640, bottom: 400 };
const size = { width: 300, height: 230, minHeight: 110 };
const word = (top: number, left = 120): Rect => ({ left, top, right: left + 50, bottom: top + 20 });
const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
const asRect = (p: { left: number; top: number; width: number; height: number }): Rect => ({
  left: p.left,
  top: p.top,
  right: p.left + p.width,
  bottom: p.top + p.height,
});

describe('placeCard', () => {
  it('opens below a word near the top of the box, beside its words', () => {
    const p = placeCard({
      anchor: word(110),
      sides: ['below', 'above'],
      keepClear: [bottomEdge(box)],
      viewport,
      ...size,
    });
    expect(p).toMatchObject({ side: 'below', left: 120, top: 136, height: 230 });
  });

  it('flips above a word near the bottom edge, so the Post button stays clear', () => {
    const anchor = word(360);
    const p = placeCard({
      anchor,
      sides: ['below', 'above'],
      keepClear: [bottomEdge(box)],
      viewport,
      ...size,
    });
    expect(p.side).toBe('above');
    expect(p.top + p.height).toBe(anchor.top - 6);
    expect(overlaps(asRect(p), bottomEdge(box))).toBe(false);
  });

  it('never covers the line being typed, nor the box bottom band, in any position', () => {
    for (let top = 100; top < 380; top += 20) {
      const anchor = word(top);
      const caretLine = { left: box.left, right: box.right, top: 300, bottom: 320 };
      const keepClear = [bottomEdge(box), caretLine];
      const p = placeCard({ anchor, sides: ['below', 'above'], keepClear, viewport, ...size });
      for (const clear of keepClear)
        expect(overlaps(asRect(p), clear), `word at ${top}`).toBe(false);
      expect(overlaps(asRect(p), anchor)).toBe(false);
    }
  });

  it('stays inside the viewport: a word at the right edge, a small window', () => {
    const p = placeCard({
      anchor: word(110, 1250),
      sides: ['below', 'above'],
      keepClear: [],
      viewport,
      ...size,
    });
    expect(p.left + p.width).toBeLessThanOrEqual(viewport.width - MARGIN);
    const narrow = placeCard({
      anchor: word(110, 10),
      sides: ['below'],
      keepClear: [],
      viewport: { width: 200, height: 300 },
      ...size,
    });
    expect(narrow.width).toBe(200 - 2 * MARGIN);
    expect(narrow.top + narrow.height).toBeLessThanOrEqual(300 - MARGIN);
  });

  it('takes the roomier side when neither has room for the whole card, and shrinks to fit', () => {
    const small = { width: 640, height: 320 };
    const p = placeCard({
      anchor: word(200),
      sides: ['below', 'above'],
      keepClear: [],
      viewport: small,
      ...size,
    });
    expect(p.side).toBe('above');
    expect(p.height).toBe(200 - 6 - MARGIN);
  });

  it('puts the list beside the box when the window is wide, starting below a band it meets', () => {
    const p = placeCard({
      anchor: box,
      sides: ['right', 'left', 'above', 'below'],
      keepClear: [bottomEdge(box)],
      viewport,
      width: 320,
      height: 360,
      minHeight: 160,
    });
    expect(p).toMatchObject({ side: 'right', left: 646, top: 100, height: 360 });
    const below = placeCard({
      anchor: box,
      sides: ['below'],
      keepClear: [bottomEdge(box)],
      viewport,
      width: 320,
      height: 360,
      minHeight: 160,
    });
    expect(below.top).toBe(box.bottom + EDGE_BAND.below + 6);
  });
});
