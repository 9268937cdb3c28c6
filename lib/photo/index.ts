// Photo checks, the parts light enough for any context: the bytes to send, and the warnings.
// The reader itself is `readPhotoLocation` in './read-location', imported by the background only:
// it brings the EXIF reader (~26 KB) with it, and importing it here would put that in every
// content script that imports this index.
export { decodePhotoHead, encodePhotoHead, PHOTO_HEAD_BYTES } from './transfer';
export {
  photoLocationWarning,
  photoReminder,
  photoWarnings,
  type PhotoClauses,
  type AttachedPhoto,
  type AttachmentWarning,
  type AttachmentWarningId,
} from './warnings';
export { REMOVE_LOCATION_GUIDES, type RemoveLocationGuide } from './remove-location-guidance';
export type { PhotoLocation } from './read-location';
