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
 * The tallest card a side has room for, and where: it grows away from the anchor until the
 * viewport's edge or the first rectangle it must keep clear.
 */
function fit(request: PlacementRequest, side: Side, width: number): Placement | null {
  const { anchor, viewport, keepClear } = request;
  if (side === 'below' || side === 'above') {
    const left = alignedLeft(anchor, width, viewport.width);
    const right = left + width;
    const clear = keepClear.filter((r) => overlapsX(r, left, right));
    if (side === 'below') {
      const top = anchor.bottom + GAP;
      // A band the top edge already falls in pushes the card below the band.
      const start = Math.max(
        top,
        ...clear.filter((r) => r.top <= top && r.bottom > top).map((r) => r.bottom + GAP),
      );
      const end = Math.min(
        viewport.height - MARGIN,
        ...clear.filter((r) => r.top > start).map((r) => r.top - GAP),
      );
      return { left, top: start, width, height: end - start, side, displaced: start > top };
    }
    const bottom = anchor.top - GAP;
    // A band the bottom edge falls in pushes the card above the band.
    const end = Math.min(
      bottom,
      ...clear.filter((r) => r.top < bottom && r.bottom >= bottom).map((r) => r.top - GAP),
    );
    const start = Math.max(
      MARGIN,
      ...clear.filter((r) => r.bottom < end).map((r) => r.bottom + GAP),
    );
    return { left, top: start, width, height: end - start, side, displaced: end < bottom };
  }
  const left = side === 'right' ? anchor.right + GAP : anchor.left - GAP - width;
  if (left < MARGIN || left + width > viewport.width - MARGIN) return null;
  const clear = keepClear.filter((r) => overlapsX(r, left, left + width));
  const top = Math.max(MARGIN, Math.min(anchor.top, viewport.height - MARGIN - request.height));
  const end = Math.min(
    viewport.height - MARGIN,
    ...clear.filter((r) => r.top > top).map((r) => r.top - GAP),
  );
  if (clear.some((r) => r.top <= top && r.bottom > top)) return null;
  return { left, top, width, height: end - top, side };
}

/**
 * The first side, in the order asked, with room for the whole card right by the anchor; else
 * the first with room for it further off; else the side with the most room. The height is the card's own height, or less where the side has less room (the
 * card then scrolls inside); it never depends on what the card holds.
 */
export function placeCard(request: PlacementRequest): Placement {
  const width = Math.min(request.width, request.viewport.width - 2 * MARGIN);
  const fits = request.sides
    .map((side) => fit(request, side, width))
    .filter((p): p is Placement => p !== null && p.height > 0);
  // Next to the anchor first: a card pushed past the box's bottom edge is far from its words.
  const whole =
    fits.find((p) => p.height >= request.height && !p.displaced) ??
    fits.find((p) => p.height >= request.height);
  const roomiest = [...fits].sort((a, b) => b.height - a.height)[0];
  const chosen = whole ??
    (roomiest && roomiest.height >= request.minHeight ? roomiest : undefined) ??
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
