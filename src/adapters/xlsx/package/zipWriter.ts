/**
 * Writing the package back: a part that was not changed is copied as its original compressed bytes (the same
 * CRC, method and sizes), so it comes out exactly as it went in and costs no recompression; a changed part is
 * deflated anew. The original's entries are read by zipDirectory.ts; a zip64 entry is copied the same way, in a
 * plain record (a workbook the add-in opens is far below the 4 GB that needs zip64).
 */
import { deflateSync, inflateSync, strToU8 } from "fflate";
import { PackageError } from "./packageError";
import type { RawEntry } from "./zipDirectory";

export { readRawEntries, type RawEntry } from "./zipDirectory";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
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
  /** The zip's CRC-32, checked on every part inflated; native where the host has it (Node's is 8× faster). */
  readonly crc32?: (data: Uint8Array) => number;
  /** What a prefix of a part's compressed bytes inflates to, where the codec can stop short (Node's zlib can), never past the part's declared size. */
  readonly inflateHead?: (data: Uint8Array, declaredSize: number) => Uint8Array;
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
    if (offset + entry.data.length > 0xfffffff0 || parts.length > 0xffff) throw new PackageError("too-large", "The refreshed workbook would be too large for a plain zip (over 4 GB or 65,535 parts).");
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
