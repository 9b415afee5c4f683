// Draws the add-in icon (a scorecard with red, amber and green rows) at the sizes Office asks for.
// Plain PNG encoding with zlib, so no image tool is needed: `node scripts/make-icons.mjs`.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const NAVY = [0x1f, 0x3a, 0x5f, 255];
const PAPER = [0xff, 0xff, 0xff, 255];
const BARS = [
  [0xc5, 0x28, 0x28, 255],
  [0xf2, 0xa9, 0x00, 255],
  [0x2e, 0x7d, 0x32, 255],
];

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function pixel(size, x, y) {
  const unit = size / 16;
  const inside = (x0, y0, x1, y1) => x >= x0 * unit && x < x1 * unit && y >= y0 * unit && y < y1 * unit;
  if (!inside(1, 1, 15, 15)) return [0, 0, 0, 0];
  if (!inside(2, 2, 14, 14)) return NAVY;
  for (let i = 0; i < 3; i++) {
    const top = 3.5 + i * 3.5;
    if (inside(3, top, 5.5, top + 2)) return BARS[i];
    if (inside(6.5, top + 0.5, 13, top + 1.5)) return NAVY;
  }
  return PAPER;
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(size, x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size));
console.log(`wrote assets/icon-{${SIZES.join(",")}}.png`);
