// The overlay's colours, one set for light pages and one for dark, as data: the light set is
// the shared tokens' (assets/styles/tokens.css), so the card looks like the extension's pages.
// palette.test.ts measures every pair below against WCAG 2.2: underlines 3 : 1 (1.4.11,
// non-text contrast) against the pages' backgrounds of that scheme, text 4.5 : 1 (1.4.3)
// against the card. Severity is never colour alone: each has its own line style and word.
import type { Severity } from '../../lib/engine/finding';
import { relativeLuminance, type Scheme } from '../../lib/dom/page-scheme';

export type { Scheme };

export interface Palette {
  /** Underline colour per severity, against the page's own background. */
  underline: Record<Severity, string>;
  card: string;
  ink: string;
  muted: string;
  link: string;
  line: string;
  /** The flagged words' highlight behind ink. */
  mark: string;
  pill: string;
  pillInk: string;
  focus: string;
}

export const PALETTES: Record<Scheme, Palette> = {
  light: {
    underline: { high: '#b91c1c', medium: '#92400e', low: '#1d4ed8' },
    card: '#ffffff',
    ink: '#1f2937',
    muted: '#4b5563',
    link: '#1d4ed8',
    line: '#d1d5db',
    mark: '#fde68a',
    pill: '#fffbeb',
    pillInk: '#7c2d12',
    focus: '#1d4ed8',
  },
  dark: {
    underline: { high: '#fca5a5', medium: '#fcd34d', low: '#93c5fd' },
    card: '#1f2937',
    ink: '#f3f4f6',
    muted: '#d1d5db',
    link: '#93c5fd',
    line: '#4b5563',
    mark: '#713f12',
    pill: '#292524',
    pillInk: '#fde68a',
    focus: '#93c5fd',
  },
};

/**
 * Backgrounds pages of each scheme commonly use (white, Facebook's and X's greys, GitHub's and
 * YouTube's darks, pure black): the underlines are measured against each.
 */
export const PAGE_BACKGROUNDS: Record<Scheme, string[]> = {
  light: ['#ffffff', '#f5f6f7', '#f0f2f5', '#f7f9f9', '#fffbeb', '#eff3f4'],
  dark: ['#000000', '#18191a', '#242526', '#15202b', '#0d1117', '#202124', '#303134'],
};

/** Each severity's line: solid, dashed, dotted, so they differ in shape as well as colour. */
export const LINE_STYLE: Record<Severity, string> = {
  high: 'solid',
  medium: 'dashed',
  low: 'dotted',
};

/** The word each severity carries in the card. */
export const SEVERITY_WORD: Record<Severity, string> = {
  high: 'Serious',
  medium: 'Check',
  low: 'Note',
};

/** CSS custom properties for a scheme, set on the overlay's layer. */
export function paletteCss(scheme: Scheme): string {
  const p = PALETTES[scheme];
  return [
    `--u-high:${p.underline.high}`,
    `--u-medium:${p.underline.medium}`,
    `--u-low:${p.underline.low}`,
    `--card:${p.card}`,
    `--ink:${p.ink}`,
    `--muted:${p.muted}`,
    `--link:${p.link}`,
    `--line:${p.line}`,
    `--mark:${p.mark}`,
    `--pill:${p.pill}`,
    `--pill-ink:${p.pillInk}`,
    `--focus:${p.focus}`,
  ].join(';');
}

/** WCAG 2.2 relative luminance of an sRGB colour given as `#rrggbb`. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return relativeLuminance({ r: r!, g: g!, b: b! });
}

/** WCAG 2.2 contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
