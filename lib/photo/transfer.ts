// The first bytes of a photo travel from the content script to the background, where the
// metadata reader runs (it is too big for the content-script budget). Extension messaging
// serialises as JSON in Chrome, so a Uint8Array would arrive as a plain object: send base64.
// This module and warnings.ts are light enough for a content script; read-location.ts is not.

/**
 * How many bytes of a file the content script reads and sends. Phones write EXIF (with GPS) near
 * the start: in JPEG it is the first APP1 segment (≤ 64 KB); in HEIC the meta box and Exif item
 * come before the image data. Anything past this is ignored.
 */
export const PHOTO_HEAD_BYTES = 128 * 1024;

const CHUNK = 0x8000; // String.fromCharCode takes arguments; keep each call well under the limit.

/** Base64 of at most the first PHOTO_HEAD_BYTES of `bytes`, ready for a message. */
export function encodePhotoHead(bytes: ArrayBuffer | Uint8Array): string {
  const view = (bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).subarray(
    0,
    PHOTO_HEAD_BYTES,
  );
  let binary = '';
  for (let at = 0; at < view.length; at += CHUNK) {
    binary += String.fromCharCode(...view.subarray(at, at + CHUNK));
  }
  return btoa(binary);
}

/** The bytes from encodePhotoHead; null for a string that is not base64 or is too long. */
export function decodePhotoHead(base64: string): Uint8Array | null {
  if (base64.length > Math.ceil(PHOTO_HEAD_BYTES / 3) * 4) return null;
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
