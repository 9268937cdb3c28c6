// What the two learned models (the tone model, lib/disparaging/tone/train.ts, and the names
// model, lib/names/model/train.ts) train with, so that both stay deterministic the same way:
// the same examples and seed give the same weights, byte for byte. A seeded generator, a
// shuffle of the examples each epoch, and AdaGrad's step. Each trainer keeps its own loss and
// how it scores an example.

/** mulberry32: small, fast, and exact in 32-bit integer arithmetic. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Visits example indices 0…count-1, `epochs` times, each epoch in a new order (Fisher–Yates
 * with `mulberry32(seed)`; each epoch shuffles the order the last one left). */
export function forEachShuffled(
  count: number,
  epochs: number,
  seed: number,
  visit: (index: number) => void,
): void {
  const random = mulberry32(seed);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) visit(n);
  }
}

/** One AdaGrad step on weight `f` with gradient `g`: the step shrinks as that weight's squared
 * gradients add up (`g2`, started just above zero), so rare features keep large steps. */
export function adaGradStep(
  w: Float64Array,
  g2: Float64Array,
  f: number,
  g: number,
  rate: number,
): void {
  g2[f] = g2[f]! + g * g;
  w[f] = w[f]! - (rate * g) / Math.sqrt(g2[f]!);
}
