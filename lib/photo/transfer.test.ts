import { describe, expect, it } from 'vitest';
import { makeJpeg } from '../../test/fixtures/make-jpeg';
import { readPhotoLocation } from './read-location';
import { decodePhotoHead, encodePhotoHead, PHOTO_HEAD_BYTES } from './transfer';

describe('photo head transfer', () => {
  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
    expect(decodePhotoHead(encodePhotoHead(bytes))).toEqual(bytes);
  });

  it('sends no more than PHOTO_HEAD_BYTES of a large file, and the position survives the trip', async () => {
    const head = makeJpeg({ gps: { latitude: 52.6789, longitude: -2.4321 } });
    const big = new Uint8Array(300_000);
    big.set(head);
    const decoded = decodePhotoHead(encodePhotoHead(big));
    expect(decoded?.length).toBe(PHOTO_HEAD_BYTES);
    expect(await readPhotoLocation(decoded!)).not.toBeNull();
  });

  it.each([['not base64 !'], ['A'.repeat(PHOTO_HEAD_BYTES * 2)]])('rejects %#', (input) => {
    expect(decodePhotoHead(input)).toBeNull();
  });

  it('accepts an ArrayBuffer', () => {
    expect(encodePhotoHead(new Uint8Array([1, 2, 3]).buffer)).toBe('AQID');
  });
});
