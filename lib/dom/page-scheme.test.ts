import { describe, expect, it } from 'vitest';
import { parseRgb, schemeFrom } from './page-scheme';

describe('schemeFrom', () => {
  it('reads the first opaque background behind the box', () => {
    expect(
      schemeFrom(['rgba(0, 0, 0, 0)', 'rgb(24, 25, 26)', 'rgb(255, 255, 255)'], 'normal', false),
    ).toBe('dark');
    expect(schemeFrom(['rgb(255, 255, 255)', 'rgb(0, 0, 0)'], 'dark', true)).toBe('light');
    // A faint tint shows the page behind it.
    expect(schemeFrom(['rgba(0, 0, 0, 0.1)', 'rgb(240, 242, 245)'], 'normal', true)).toBe('light');
  });

  it('with no background anywhere, is dark only when the page opts in and the system prefers it', () => {
    expect(schemeFrom(['rgba(0, 0, 0, 0)'], 'normal', true)).toBe('light');
    expect(schemeFrom(['rgba(0, 0, 0, 0)'], 'light dark', true)).toBe('dark');
    expect(schemeFrom(['rgba(0, 0, 0, 0)'], 'light dark', false)).toBe('light');
  });

  it('parses computed colours in both syntaxes', () => {
    expect(parseRgb('rgb(1, 2, 3)')).toEqual({ r: 1, g: 2, b: 3, a: 1 });
    expect(parseRgb('rgba(1, 2, 3, 0.5)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseRgb('rgb(1 2 3 / 50%)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(parseRgb('transparent')).toBeNull();
  });
});
