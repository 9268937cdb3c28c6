// How to share a photo without its location, on the phones staff commonly use. Data, shown
// under the photo-location warning. Menu names as of iOS 17 and Android 14 (Google Photos,
// Samsung Gallery); wording kept short enough for the overlay card.

export interface RemoveLocationGuide {
  /** Who this is for: "iPhone", "Android (Google Photos)". */
  device: string;
  /** Remove the location from this photo before sharing it. */
  thisPhoto: string[];
  /** Stop the camera recording locations in future photos. */
  futurePhotos: string[];
}

export const REMOVE_LOCATION_GUIDES: readonly RemoveLocationGuide[] = [
  {
    device: 'iPhone',
    thisPhoto: [
      'In Photos, open the photo and tap Share.',
      'Tap Options at the top of the share sheet.',
      'Turn off Location, tap Done, then share or save the copy.',
    ],
    futurePhotos: ['Settings → Privacy & Security → Location Services → Camera → Never.'],
  },
  {
    device: 'Android (Google Photos)',
    thisPhoto: [
      'Open the photo in Google Photos and swipe up to see its details.',
      'Tap the pencil beside the location and choose Remove location.',
    ],
    futurePhotos: ['In the Camera app, open Settings and turn off Save location.'],
  },
  {
    device: 'Android (Samsung Gallery)',
    thisPhoto: [
      'In Gallery, open the photo and tap Share.',
      'Tap the settings icon at the top of the share panel and turn on Remove location data.',
    ],
    futurePhotos: ['In the Camera app, open Settings and turn off Location tags.'],
  },
];
