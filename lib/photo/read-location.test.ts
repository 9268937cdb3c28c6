import { describe, expect, it } from 'vitest';
import { makeHeic } from '../../test/fixtures/make-heic';
import { makeJpeg } from '../../test/fixtures/make-jpeg';
import { readPhotoLocation } from './read-location';
import { PHOTO_HEAD_BYTES } from './transfer';

describe('readPhotoLocation', () => {
  it.each([
    { place: 'Telford (north, west)', latitude: 52.6789, longitude: -2.4321 },
    { place: 'Sydney (south, east)', latitude: -33.8568, longitude: 151.2153 },
    { place: 'Greenwich (just west of 0°)', latitude: 51.4769, longitude: -0.0005 },
  ])('reads the position of a JPEG taken in $place', async ({ latitude, longitude }) => {
    const location = await readPhotoLocation(makeJpeg({ gps: { latitude, longitude } }));
    expect(location?.latitude).toBeCloseTo(latitude, 5);
    expect(location?.longitude).toBeCloseTo(longitude, 5);
  });

  it('reads the position of a HEIC photo', async () => {
    const location = await readPhotoLocation(makeHeic({ latitude: 52.6789, longitude: -2.4321 }));
    expect(location?.latitude).toBeCloseTo(52.6789, 5);
    expect(location?.longitude).toBeCloseTo(-2.4321, 5);
  });

  it('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const jpeg = makeJpeg({ gps: { latitude: 52.5, longitude: -2.5 } });
    const buffer = new ArrayBuffer(jpeg.byteLength);
    new Uint8Array(buffer).set(jpeg);
    expect(await readPhotoLocation(buffer)).toEqual({ latitude: 52.5, longitude: -2.5 });
  });

  it.each([
    ['a JPEG with EXIF but no GPS', makeJpeg({ exif: true })],
    ['a JPEG with no EXIF at all', makeJpeg()],
    ['a HEIC with EXIF but no GPS', makeHeic()],
    ['a camera with no fix (0, 0)', makeJpeg({ gps: { latitude: 0, longitude: 0 } })],
    [
      'a PNG signature',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    ],
    ['three bytes', Uint8Array.from([0xff, 0xd8, 0xff])],
    ['nothing', new Uint8Array(0)],
  ])('finds no position in %s', async (_name, bytes) => {
    expect(await readPhotoLocation(bytes)).toBeNull();
  });

  it('returns null, without throwing, for a JPEG cut off inside its EXIF segment', async () => {
    const whole = makeJpeg({ gps: { latitude: 52.6789, longitude: -2.4321 } });
    const exifEnd = 4 + ((whole[4]! << 8) | whole[5]!); // SOI + marker + the segment's length
    for (let length = 6; length < exifEnd; length += 12) {
      expect(await readPhotoLocation(whole.slice(0, length))).toBeNull();
    }
    expect(await readPhotoLocation(whole)).not.toBeNull();
  });

  it('reads only the first PHOTO_HEAD_BYTES: a position written later is not seen', async () => {
    const gps = { latitude: 52.6789, longitude: -2.4321 };
    expect(
      await readPhotoLocation(makeJpeg({ gps, padding: PHOTO_HEAD_BYTES - 2_000 })),
    ).not.toBeNull();
    expect(
      await readPhotoLocation(makeJpeg({ gps, padding: PHOTO_HEAD_BYTES + 1_000 })),
    ).toBeNull();
  });
});
