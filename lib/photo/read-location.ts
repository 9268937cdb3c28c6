// Reads the GPS position a photo records, if any, from its first bytes only, locally.
// Clauses 6.15 / A.5.2: a photo's location can reveal a home or the school.
// We assemble exifr from its core and only the parsers we need (JPEG, HEIC, the TIFF/EXIF
// segment, the GPS helper): no dictionaries, no XMP, no URL or file readers. Bytes in, numbers out.
// About 26 KB minified: import this module in the background only, never in a content script.
import { gps } from 'exifr/src/highlevel/gps.mjs';
import 'exifr/src/file-parsers/jpeg.mjs';
import 'exifr/src/file-parsers/heif.mjs';
import 'exifr/src/segment-parsers/tiff-exif.mjs';
import { PHOTO_HEAD_BYTES } from './transfer';

export interface PhotoLocation {
  latitude: number;
  longitude: number;
}

function isRealPosition(
  value: { latitude: number; longitude: number } | undefined,
): value is PhotoLocation {
  if (!value) return false;
  const { latitude, longitude } = value;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return false;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return false;
  // 0,0 is what some cameras write when they had no fix: not a place anyone lives.
  return !(latitude === 0 && longitude === 0);
}

/**
 * The position recorded in a JPEG or HEIC photo, or null when it records none, the format is
 * not one we read, or the metadata is damaged. Never throws; reads at most PHOTO_HEAD_BYTES.
 */
export async function readPhotoLocation(
  bytes: ArrayBuffer | Uint8Array,
): Promise<PhotoLocation | null> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const head = view.subarray(0, PHOTO_HEAD_BYTES);
  if (head.byteLength < 4) return null;
  try {
    const position = await gps(head);
    return isRealPosition(position)
      ? { latitude: position.latitude, longitude: position.longitude }
      : null;
  } catch {
    // Truncated or malformed metadata: we cannot say the photo has a location.
    return null;
  }
}
