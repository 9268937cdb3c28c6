// Photo checks: read an attached image's location locally, and turn it into warnings.
export { PHOTO_HEAD_BYTES, readPhotoLocation, type PhotoLocation } from './read-location';
export {
  PHOTO_REMINDER,
  photoLocationWarning,
  photoWarnings,
  type AttachedPhoto,
  type AttachmentWarning,
  type AttachmentWarningId,
} from './warnings';
export { REMOVE_LOCATION_GUIDES, type RemoveLocationGuide } from './remove-location-guidance';
export { decodePhotoHead, encodePhotoHead } from './transfer';
