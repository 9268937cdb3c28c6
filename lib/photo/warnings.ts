// Warnings about an attached image rather than about the text. They are not Findings (they
// have no offsets in the text and no FindingKind), but carry the same clause/severity/reason
// so the overlay, popup and badge can list and count them beside text warnings.
import type { Severity } from '../engine/finding';
import type { PhotoLocation } from './read-location';
import { REMOVE_LOCATION_GUIDES, type RemoveLocationGuide } from './remove-location-guidance';

export type AttachmentWarningId = 'photo-location' | 'photo-reminder' | 'photo-restricted-pupil';

export interface AttachmentWarning {
  /** Stable per kind of warning; with `fileName`, tells the overlay what to draw. */
  id: AttachmentWarningId;
  severity: Severity;
  /** Clause ids of the school's policy, e.g. ["6.15", "A.5.2"]; none when it has none on this. */
  clauses: string[];
  /** One calm sentence a person can read. */
  reason: string;
  /** The attached file this is about, when known. */
  fileName?: string;
  /** For 'photo-restricted-pupil': the name as the person typed it (never more of the list). */
  name?: string;
  /** Steps to put it right, per phone; empty when there is nothing to do. */
  guides: readonly RemoveLocationGuide[];
}

/** Which clauses of the school's policy photo warnings cite (lib/policy/citations.ts). */
export interface PhotoClauses {
  /** The photo reminder and photo-restricted pupils: images of pupils. */
  photos: string[];
  /** A photo that records where it was taken: personal details such as a home address. */
  location: string[];
}

/** Raised for each attached photo that records where it was taken. */
export function photoLocationWarning(
  location: PhotoLocation | null,
  fileName: string | undefined,
  clauses: string[],
): AttachmentWarning | null {
  if (!location) return null;
  const named = fileName ? `“${fileName}” records` : 'This photo records';
  return {
    id: 'photo-location',
    severity: 'medium',
    clauses,
    reason: `${named} where it was taken. Shared as it is, it can show where you live or where the school is.`,
    ...(fileName ? { fileName } : {}),
    guides: REMOVE_LOCATION_GUIDES,
  };
}

/** The one reminder whenever a post carries an image, whatever the image holds. */
export function photoReminder(clauses: string[]): AttachmentWarning {
  return {
    id: 'photo-reminder',
    severity: 'low',
    clauses,
    reason:
      'Images of pupils, their families, or staff in school uniform or logos must not go on personal social media.',
    guides: [],
  };
}

export interface AttachedPhoto {
  fileName?: string;
  /** From readPhotoLocation; null when the photo records no position. */
  location: PhotoLocation | null;
}

/**
 * Every attachment warning for a post's images: the photo reminder once when there is any
 * image, then one location warning per photo that records a position.
 */
export function photoWarnings(
  photos: readonly AttachedPhoto[],
  clauses: PhotoClauses,
): AttachmentWarning[] {
  if (photos.length === 0) return [];
  const located = photos
    .map((photo) => photoLocationWarning(photo.location, photo.fileName, clauses.location))
    .filter((warning): warning is AttachmentWarning => warning !== null);
  return [...located, photoReminder(clauses.photos)];
}
