/**
 * The zip's central directory, read strictly: every entry it lists must be found where it says (zip64 sizes and
 * offsets included), each name once (also ignoring case and slash direction, where zip readers disagree about
 * which copy is real). An entry that cannot be read stops the open, so no part is ever silently dropped.
 */
import { strFromU8 } from "fflate";
import { PackageError } from "./packageError";

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
/** A 64-bit little-endian number; beyond 2^53 it cannot be a real size in this file anyway. */
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 0x1_0000_0000;

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;

const damaged = (why: string) => new PackageError("malformed", `This file could not be read as an .xlsx workbook: its zip directory is damaged (${why}).`);

function findEnd(zip: Uint8Array): number {
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) if (u32(zip, i) === END) return i;
  return -1;
}

/** Entry count and where the central directory starts, from the zip64 end record where there is one. */
function directory(zip: Uint8Array, end: number): { count: number; at: number } {
  let count = u16(zip, end + 10);
  let at = u32(zip, end + 16);
  const locator = end - 20;
  if (locator >= 0 && u32(zip, locator) === END64_LOCATOR) {
    const end64 = u64(zip, locator + 8);
    if (end64 + 56 > zip.length || u32(zip, end64) !== END64) throw damaged("its zip64 end record is not where it says");
    count = u64(zip, end64 + 32);
    at = u64(zip, end64 + 48);
  }
  return { count, at };
}

/** The same name to a zip reader that ignores case or reads "\" as "/". */
const nameKey = (name: string) => name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();

/** Each entry's compressed bytes by name, in the directory's order; throws a PackageError for anything unreadable. */
export function readRawEntries(zip: Uint8Array): Map<string, RawEntry> {
  const entries = new Map<string, RawEntry>();
  const end = findEnd(zip);
  if (end < 0) throw damaged("it has no end record");
  const { count, at: first } = directory(zip, end);
  const keys = new Map<string, string>();
  let at = first;
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || u32(zip, at) !== CENTRAL) throw damaged(`it lists ${count} entries but entry ${n + 1} is missing`);
    const flags = u16(zip, at + 8);
    const method = u16(zip, at + 10);
    const crc = u32(zip, at + 16);
    let compressedSize = u32(zip, at + 20);
    let size = u32(zip, at + 24);
    const nameLength = u16(zip, at + 28);
    const extraLength = u16(zip, at + 30);
    const commentLength = u16(zip, at + 32);
    let local = u32(zip, at + 42);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > zip.length) throw damaged(`entry ${n + 1} runs past the end of the file`);
    const name = strFromU8(zip.subarray(at + 46, at + 46 + nameLength));
    // Zip64: the sizes and offset that do not fit 32 bits are in the extra field 0x0001, in this order.
    if (size === 0xffffffff || compressedSize === 0xffffffff || local === 0xffffffff) {
      const zip64 = findExtra(zip, at + 46 + nameLength, extraLength, 0x0001);
      if (!zip64) throw damaged(`the part ${name} has zip64 sizes but no zip64 record`);
      let field = zip64.start;
      const take = () => {
        if (field + 8 > zip64.end) throw damaged(`the part ${name} has a short zip64 record`);
        const value = u64(zip, field);
        field += 8;
        return value;
      };
      if (size === 0xffffffff) size = take();
      if (compressedSize === 0xffffffff) compressedSize = take();
      if (local === 0xffffffff) local = take();
    }
    if (flags & 1) throw new PackageError("malformed", `The part ${name} is encrypted; remove the password in Excel (File > Info > Protect Workbook), save, and try again.`);
    if (method !== 0 && method !== 8) throw new PackageError("malformed", `The part ${name} is compressed in a way .xlsx files do not use (method ${method}).`);
    if (local + 30 > zip.length || u32(zip, local) !== LOCAL) throw damaged(`the part ${name} is not where the directory says`);
    // The local record must name the same part: readers that walk local records would otherwise see another zip.
    const localNameLength = u16(zip, local + 26);
    let sameName = localNameLength === nameLength && local + 30 + nameLength <= zip.length;
    for (let i = 0; sameName && i < nameLength; i++) sameName = zip[local + 30 + i] === zip[at + 46 + i];
    if (!sameName || u16(zip, local + 8) !== method) throw damaged(`the part ${name}'s local record does not match the directory`);
    const dataStart = local + 30 + localNameLength + u16(zip, local + 28);
    if (dataStart + compressedSize > zip.length) throw damaged(`the part ${name} runs past the end of the file`);
    if (method === 0 && compressedSize !== size) throw damaged(`the stored part ${name} has two sizes`);
    const key = nameKey(name);
    const clash = keys.get(key);
    if (clash !== undefined) {
      const same = clash === name ? `two parts named ${name}` : `the parts ${clash} and ${name}, which zip readers may take for one`;
      throw new PackageError("malformed", `This workbook's zip holds ${same}; programs disagree about which is real, so it is refused.`);
    }
    keys.set(key, name);
    entries.set(name, { method, crc, compressedSize, size, data: zip.subarray(dataStart, dataStart + compressedSize) });
    at = next;
  }
  return entries;
}

function findExtra(zip: Uint8Array, start: number, length: number, id: number): { start: number; end: number } | null {
  for (let at = start; at + 4 <= start + length; ) {
    const size = u16(zip, at + 2);
    if (u16(zip, at) === id) return { start: at + 4, end: Math.min(at + 4 + size, start + length) };
    at += 4 + size;
  }
  return null;
}
