/**
 * Writing the package back: a part that was not changed is copied as its original compressed bytes (the same
 * CRC, method and sizes), so it comes out exactly as it went in and costs no recompression; a changed part is
 * deflated anew. Reads the original zip's central directory to find each part's compressed bytes.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";

export interface RawEntry {
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** The compressed bytes, a view into the original file. */
  readonly data: Uint8Array;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/** Each entry's compressed bytes by name, from the end-of-central-directory record; empty if it cannot be read. */
export function readRawEntries(zip: Uint8Array): Map<string, RawEntry> {
  const entries = new Map<string, RawEntry>();
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (u32(zip, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return entries;
  const count = u16(zip, end + 10);
  let at = u32(zip, end + 16);
  for (let n = 0; n < count && at + 46 <= zip.length && u32(zip, at) === 0x02014b50; n++) {
    const method = u16(zip, at + 10);
    const crc = u32(zip, at + 16);
    const compressedSize = u32(zip, at + 20);
    const size = u32(zip, at + 24);
    const nameLength = u16(zip, at + 28);
    const extraLength = u16(zip, at + 30);
    const commentLength = u16(zip, at + 32);
    const local = u32(zip, at + 42);
    const name = strFromU8(zip.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    // Zip64 entries (sizes of 0xFFFFFFFF) are left to recompression.
    if (compressedSize === 0xffffffff || size === 0xffffffff || u32(zip, local) !== 0x04034b50) continue;
    const dataStart = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
    if (dataStart + compressedSize > zip.length) continue;
    entries.set(name, { method, crc, compressedSize, size, data: zip.subarray(dataStart, dataStart + compressedSize) });
  }
  return entries;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Raw deflate (RFC 1951) at a level. */
export type Deflate = (data: Uint8Array, level: 1 | 6) => Uint8Array;

/**
 * Raw deflate and inflate: fflate's, which run anywhere (the preview, tests), unless the host has faster ones (the
 * CLI passes Node's zlib, native code, several times faster on a 16 MB sheet). `inflate` gets the declared size.
 */
export interface ZipCodec {
  readonly deflate: Deflate;
  readonly inflate: (data: Uint8Array, size: number) => Uint8Array;
  /** What a prefix of a part's compressed bytes inflates to, where the codec can stop short (Node's zlib can). */
  readonly inflateHead?: (data: Uint8Array) => Uint8Array;
}

export const PORTABLE_CODEC: ZipCodec = {
  deflate: (data, level) => deflateSync(data, { level }),
  // Into a buffer of the declared size: a part that claims less than it holds cannot grow past it.
  inflate: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
};

/** A zip of `parts` in order: `raw` entries copied as they were, the others deflated. */
export function writeZip(parts: readonly { name: string; raw?: RawEntry; data?: Uint8Array }[], deflate: Deflate = PORTABLE_CODEC.deflate): Uint8Array {
  const pieces = zipPieces(parts, deflate);
  let length = 0;
  for (const piece of pieces) length += piece.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/**
 * The zip as its pieces in order, not joined: an untouched part's piece is a view of the bytes read, so a large
 * package is written out without a second copy of it in memory.
 */
export function zipPieces(parts: readonly { name: string; raw?: RawEntry; data?: Uint8Array }[], deflate: Deflate = PORTABLE_CODEC.deflate): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const entry = part.raw ?? compress(part.data ?? new Uint8Array(0), deflate);
    const name = strToU8(part.name);
    const local = new Uint8Array(30 + name.length);
    const view = new DataView(local.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, 0x0800, true); // names in UTF-8
    view.setUint16(8, entry.method, true);
    view.setUint32(14, entry.crc, true);
    view.setUint32(18, entry.compressedSize, true);
    view.setUint32(22, entry.size, true);
    view.setUint16(26, name.length, true);
    local.set(name, 30);
    const header = new Uint8Array(46 + name.length);
    const h = new DataView(header.buffer);
    h.setUint32(0, 0x02014b50, true);
    h.setUint16(4, 20, true);
    h.setUint16(6, 20, true);
    h.setUint16(8, 0x0800, true);
    h.setUint16(10, entry.method, true);
    h.setUint32(16, entry.crc, true);
    h.setUint32(20, entry.compressedSize, true);
    h.setUint32(24, entry.size, true);
    h.setUint16(28, name.length, true);
    h.setUint32(42, offset, true);
    header.set(name, 46);
    chunks.push(local, entry.data);
    central.push(header);
    offset += local.length + entry.data.length;
  }
  const centralSize = central.reduce((total, c) => total + c.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, parts.length, true);
  e.setUint16(10, parts.length, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  for (const header of central) chunks.push(header);
  chunks.push(end);
  return chunks;
}

function compress(data: Uint8Array, deflate: Deflate): RawEntry {
  // A big sheet deflates three times faster at level 1, for a file a little larger.
  const deflated = deflate(data, data.length > 1024 * 1024 ? 1 : 6);
  return { method: 8, crc: crc32(data), compressedSize: deflated.length, size: data.length, data: deflated };
}
