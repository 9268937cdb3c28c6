// The tone model as shipped: its own module, so the generated model-data.ts and the code that
// reads it (model.ts) both depend on this shape and not on each other (no import cycle).
export interface EncodedModel {
  buckets: number;
  scale: number;
  threshold: number;
  /** base64 of one signed byte per bucket. */
  weights: string;
}
