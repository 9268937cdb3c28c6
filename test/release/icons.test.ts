// The committed icons are the ones scripts/make-icons.ts draws (run `npm run icons` after changing it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, renderIcon } from '../../scripts/make-icons';
import { ROOT } from './release-build';

/** Width, height and RGBA pixels of a PNG written by encodePng (8-bit RGBA, filter 0 rows). */
function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([...body.subarray(8, 13)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width * 4 + 1)]).toBe(0);
    rgba.set(rows.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  }
  return { width, height, rgba };
}

describe('icons', () => {
  it.each(ICON_SIZES)(
    'public/icon/%i.png is the mark as drawn by the script, at its size',
    (size) => {
      const png = decodePng(readFileSync(join(ROOT, `public/icon/${size}.png`)));
      expect([png.width, png.height]).toEqual([size, size]);
      expect(Buffer.from(png.rgba).equals(Buffer.from(renderIcon(size)))).toBe(true);
    },
  );

  it('has transparent corners and an opaque centre', () => {
    const rgba = renderIcon(48);
    expect(rgba[3]).toBe(0);
    expect(rgba[(24 * 48 + 24) * 4 + 3]).toBe(255);
  });
});
