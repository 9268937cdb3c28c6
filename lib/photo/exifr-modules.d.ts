// Types for the few exifr source modules we import directly (exifr ships types only for its bundles).
declare module 'exifr/src/highlevel/gps.mjs' {
  export function gps(
    input: ArrayBuffer | Uint8Array,
  ): Promise<{ latitude: number; longitude: number } | undefined>;
}
