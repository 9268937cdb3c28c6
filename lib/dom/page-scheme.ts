// Whether the compose box sits on a dark or a light page, so the overlay's card and underlines
// match it: the first opaque background behind the box decides (a dark site theme often ignores
// the system setting, and a light site under a dark system stays light); with none, the page
// is dark only if it opts into dark (`color-scheme`) and the system prefers dark.

export type Scheme = 'light' | 'dark';

/** Below this relative luminance a background is dark (#767676, mid-grey, is 0.18). */
const DARK_BELOW = 0.18;

/** `rgb(…)` / `rgba(…)` as computed styles give it, or null for anything else. */
export function parseRgb(css: string): { r: number; g: number; b: number; a: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(
    css.trim(),
  );
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : +m[4];
  return { r: +m[1]!, g: +m[2]!, b: +m[3]!, a: alpha };
}

/** One sRGB channel (0–255), linearised as WCAG 2.2 defines it. */
const linear = (v: number) => {
  const c = v / 255;
  return c <= 0.039_28 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2.2 relative luminance. */
export function relativeLuminance({ r, g, b }: { r: number; g: number; b: number }): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The scheme from the computed backgrounds of the box and its ancestors (innermost first), the
 * root's `color-scheme` and the system's preference.
 */
export function schemeFrom(
  backgrounds: readonly string[],
  rootColorScheme: string,
  prefersDark: boolean,
): Scheme {
  for (const css of backgrounds) {
    const rgb = parseRgb(css);
    // Mostly see-through backgrounds show what is behind them: look further out.
    if (rgb && rgb.a >= 0.5) return relativeLuminance(rgb) < DARK_BELOW ? 'dark' : 'light';
  }
  return prefersDark && /\bdark\b/.test(rootColorScheme) ? 'dark' : 'light';
}

/** Reads the backgrounds behind `el` (through open shadow roots) and decides. */
export function pageScheme(el: Element, win: Window): Scheme {
  const backgrounds: string[] = [];
  for (let e: Element | null = el; e;) {
    backgrounds.push(win.getComputedStyle(e).backgroundColor);
    const root = e.getRootNode();
    e = e.parentElement ?? (root as Partial<ShadowRoot>).host ?? null;
  }
  const rootScheme = win.getComputedStyle(el.ownerDocument.documentElement).colorScheme ?? '';
  const prefersDark = win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return schemeFrom(backgrounds, rootScheme, prefersDark);
}
