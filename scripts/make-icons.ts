// Draws the toolbar and store icons (a pause sign in a speech bubble: "pause before you post")
// and writes them as PNGs with node's zlib, so the icons are reproducible from this file.
// Usage: npm run icons   (writes public/icon/{16,32,48,96,128}.png)
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

type Rgb = readonly [number, number, number];
const TEAL: Rgb = [0x1f, 0x6f, 0x78];
const WHITE: Rgb = [0xff, 0xff, 0xff];

/** Signed distance from (x, y) to a rounded rectangle; negative inside. Unit coordinates. */
function roundedRect(
  x: number,
  y: number,
  [x0, y0, x1, y1]: readonly number[],
  radius: number,
): number {
  const cx = (x0! + x1!) / 2;
  const cy = (y0! + y1!) / 2;
  const qx = Math.abs(x - cx) - ((x1! - x0!) / 2 - radius);
  const qy = Math.abs(y - cy) - ((y1! - y0!) / 2 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** True when (x, y) is inside the triangle a-b-c. */
function inTriangle(x: number, y: number, [ax, ay, bx, by, cx, cy]: readonly number[]): boolean {
  const side = (px: number, py: number, qx: number, qy: number) =>
    (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = side(ax!, ay!, bx!, by!);
  const d2 = side(bx!, by!, cx!, cy!);
  const d3 = side(cx!, cy!, ax!, ay!);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

/** The colour at a point of the mark, or null for transparent. */
function colourAt(x: number, y: number): Rgb | null {
  if (roundedRect(x, y, [0, 0, 1, 1], 0.22) > 0) return null;
  const inPauseBar =
    roundedRect(x, y, [0.37, 0.3, 0.46, 0.58], 0.03) <= 0 ||
    roundedRect(x, y, [0.54, 0.3, 0.63, 0.58], 0.03) <= 0;
  if (inPauseBar) return TEAL;
  const inBubble =
    roundedRect(x, y, [0.16, 0.17, 0.84, 0.71], 0.14) <= 0 ||
    inTriangle(x, y, [0.26, 0.66, 0.46, 0.66, 0.24, 0.86]);
  return inBubble ? WHITE : TEAL;
}

/** RGBA pixels of the icon at `size`, 4×4 supersampled so edges are smooth at 16 px. */
export function renderIcon(size: number): Uint8Array {
  const samples = 4;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
          );
          if (!colour) continue;
          sum[0]! += colour[0];
          sum[1]! += colour[1];
          sum[2]! += colour[2];
          sum[3]! += 1;
        }
      }
      const covered = sum[3]!;
      const at = (py * size + px) * 4;
      if (covered === 0) continue;
      pixels[at] = Math.round(sum[0]! / covered);
      pixels[at + 1] = Math.round(sum[1]! / covered);
      pixels[at + 2] = Math.round(sum[2]! / covered);
      pixels[at + 3] = Math.round((covered / (samples * samples)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A PNG file (8-bit RGBA, no interlace, filter 0 on every row). PNG spec §5, §11. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export function iconPng(size: number): Buffer {
  return encodePng(size, renderIcon(size));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const size of ICON_SIZES) {
    const path = new URL(`../public/icon/${size}.png`, import.meta.url);
    writeFileSync(path, iconPng(size));
    console.log(`wrote ${fileURLToPath(path)}`);
  }
}
