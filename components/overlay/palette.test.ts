import { describe, expect, it } from 'vitest';
import {
  contrast,
  LINE_STYLE,
  PAGE_BACKGROUNDS,
  PALETTES,
  SEVERITY_WORD,
  type Scheme,
} from './palette';

const SCHEMES: Scheme[] = ['light', 'dark'];

describe('the overlay palettes (WCAG 2.2)', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(SCHEMES)(
    '%s: underlines meet 3 : 1 against every page background of the scheme',
    (scheme) => {
      for (const [severity, colour] of Object.entries(PALETTES[scheme].underline)) {
        for (const bg of PAGE_BACKGROUNDS[scheme]) {
          expect(contrast(colour, bg), `${severity} ${colour} on ${bg}`).toBeGreaterThanOrEqual(3);
        }
      }
    },
  );

  it.each(SCHEMES)('%s: the card’s text and links meet 4.5 : 1, the focus ring 3 : 1', (scheme) => {
    const p = PALETTES[scheme];
    for (const text of [p.ink, p.muted, p.link])
      expect(contrast(text, p.card)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.ink, p.mark)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.pillInk, p.pill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.focus, p.card)).toBeGreaterThanOrEqual(3);
    for (const colour of Object.values(p.underline)) {
      expect(contrast(colour, p.card)).toBeGreaterThanOrEqual(3);
    }
  });

  it('tells severities apart by more than colour: each has its own line and word', () => {
    expect(new Set(Object.values(LINE_STYLE)).size).toBe(3);
    expect(new Set(Object.values(SEVERITY_WORD)).size).toBe(3);
  });
});
