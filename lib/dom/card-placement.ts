// Where a card opens beside what it is about: below or above its words (flipping to stay in
// the viewport), never over the line the person is typing on, nor over the compose box's
// bottom edge, where sites put their Post button. Pure arithmetic on rectangles (viewport
// coordinates), so it is tested without a browser.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Side = 'below' | 'above' | 'right' | 'left';

export interface Placement {
  left: number;
  top: number;
  width: number;
  height: number;
  side: Side;
  /** Pushed away from the anchor past a band it must keep clear. */
  displaced?: boolean;
}

export interface PlacementRequest {
  /** What the card is about: a flagged word's rectangle, or the compose box for the list. */
  anchor: Rect;
  /** The sides to try, best first. */
  sides: readonly Side[];
  /** Places the card must not cover: the caret's line, the box's bottom edge. */
  keepClear: readonly Rect[];
  viewport: { width: number; height: number };
  /** The card's width and the height it would like; it never grows past the viewport. */
  width: number;
  height: number;
  /** Below this a side is too cramped to be chosen while another side has room. */
  minHeight: number;
}

/** Space kept between the card and the viewport's edges, and between card and anchor. */
export const MARGIN = 8;
export const GAP = 6;
/**
 * The band kept clear around a compose box's bottom edge: a little inside it (the last line's
 * descenders, the site's own counters) and a toolbar's height below it, where Post sits on
 * Facebook, X, LinkedIn and Mastodon alike.
 */
export const EDGE_BAND = { inside: 8, below: 56 };

/** The bottom-edge band of a compose box, to keep clear. */
export function bottomEdge(box: Rect): Rect {
  return {
    left: box.left,
    right: box.right,
    top: box.bottom - EDGE_BAND.inside,
    bottom: box.bottom + EDGE_BAND.below,
  };
}

const overlapsX = (a: Rect, left: number, right: number) => a.left < right && a.right > left;

/** The card's left edge, aligned with the anchor and kept inside the viewport. */
function alignedLeft(anchor: Rect, width: number, viewportWidth: number): number {
  return Math.max(MARGIN, Math.min(anchor.left, viewportWidth - width - MARGIN));
}

/**
 * The stretches of [lo, hi] that no rectangle to keep clear covers (each widened by GAP), in
 * order from top to bottom.
 */
function freeStretches(lo: number, hi: number, clear: readonly Rect[]): [number, number][] {
  let free: [number, number][] = [[lo, hi]];
  for (const r of clear) {
    const [a, b] = [r.top - GAP, r.bottom + GAP];
    free = free.flatMap(([s, e]): [number, number][] =>
      b <= s || a >= e
        ? [[s, e]]
        : (
            [
              [s, a],
              [b, e],
            ] as [number, number][]
          ).filter(([x, y]) => y > x),
    );
  }
  return free;
}

/**
 * Where a card fits on one side: above or below, each stretch clear of what it must not cover,
 * the one against the anchor first (the others are `displaced`, past a band); beside, one
 * place growing down from the anchor's top.
 */
function fit(request: PlacementRequest, side: Side, width: number): Placement[] {
  const { anchor, viewport, keepClear } = request;
  if (side === 'below' || side === 'above') {
    const left = alignedLeft(anchor, width, viewport.width);
    const clear = keepClear.filter((r) => overlapsX(r, left, left + width));
    if (side === 'below') {
      const top = anchor.bottom + GAP;
      return freeStretches(top, viewport.height - MARGIN, clear).map(([start, end]) => ({
        left,
        top: start,
        width,
        height: end - start,
        side,
        displaced: start > top,
      }));
    }
    const bottom = anchor.top - GAP;
    // Nearest the anchor first (Array#toReversed is newer than some supported browsers).
    const stretches = freeStretches(MARGIN, bottom, clear);
    const places: Placement[] = [];
    for (let i = stretches.length - 1; i >= 0; i--) {
      const [start, end] = stretches[i]!;
      places.push({ left, top: start, width, height: end - start, side, displaced: end < bottom });
    }
    return places;
  }
  const left = side === 'right' ? anchor.right + GAP : anchor.left - GAP - width;
  if (left < MARGIN || left + width > viewport.width - MARGIN) return [];
  const clear = keepClear.filter((r) => overlapsX(r, left, left + width));
  const top = Math.max(MARGIN, Math.min(anchor.top, viewport.height - MARGIN - request.height));
  const [first] = freeStretches(top, viewport.height - MARGIN, clear);
  return first && first[0] === top ? [{ left, top, width, height: first[1] - top, side }] : [];
}

/**
 * The first side, in the order asked, with room for the whole card right by the anchor; else
 * the roomiest place by the anchor if it is not cramped; else the first with room for the
 * whole card further off; else the roomiest place of all. The height is the card's own, or
 * less where there is less room (the card then scrolls inside); it never depends on what the
 * card holds.
 */
export function placeCard(request: PlacementRequest): Placement {
  const width = Math.min(request.width, request.viewport.width - 2 * MARGIN);
  const fits = request.sides
    .flatMap((side) => fit(request, side, width))
    .filter((p) => p.height > 0);
  const near = fits.filter((p) => !p.displaced);
  const roomiest = [...fits].sort((a, b) => b.height - a.height)[0];
  const roomiestNear = [...near].sort((a, b) => b.height - a.height)[0];
  // Next to the anchor first; a card pushed past the box's bottom edge is further from its
  // words, but better there than cramped beside them.
  const chosen = near.find((p) => p.height >= request.height) ??
    (roomiestNear && roomiestNear.height >= request.minHeight ? roomiestNear : undefined) ??
    fits.find((p) => p.height >= request.height) ??
    roomiest ?? {
      // Nowhere is clear (a tiny viewport): the top of the viewport, the card's least bad spot.
      left: alignedLeft(request.anchor, width, request.viewport.width),
      top: MARGIN,
      width,
      height: Math.max(0, request.viewport.height - 2 * MARGIN),
      side: 'above' as const,
    };
  const height = Math.min(request.height, chosen.height);
  // Above the anchor the card's bottom stays by its words; elsewhere its top does.
  const top = chosen.side === 'above' ? chosen.top + chosen.height - height : chosen.top;
  return { ...chosen, top, height };
}

/** The smallest rectangle holding all of `rects`. */
export function union(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  return {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}
