/**
 * Zips written entry by entry, as other tools write them and fflate will not: zip64 records (sizes and offsets in
 * the extra field, a zip64 end record), the same name twice, any order. For the package reader's tests and fuzz.
 */
import { deflateSync } from "fflate";
import { crc32 } from "../../src/adapters/xlsx/package/zipWriter";

export interface ZipEntrySpec {
  readonly name: string;
  readonly data: Uint8Array;
  /** Write this entry's sizes and offset as zip64 (0xFFFFFFFF in the plain fields, the values in extra 0x0001). */
  readonly zip64?: boolean;
  /** Stored (method 0) instead of deflated. */
  readonly stored?: boolean;
}

class Writer {
  private readonly chunks: Uint8Array[] = [];
  length = 0;
  bytes(data: Uint8Array): void {
    this.chunks.push(data);
    this.length += data.length;
  }
  u16(value: number): void {
    this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff]));
  }
  u32(value: number): void {
    this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff]));
  }
  u64(value: number): void {
    this.u32(value >>> 0);
    this.u32(Math.floor(value / 0x1_0000_0000));
  }
  join(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** A zip of the entries in the order given; a zip64 end record when any entry is zip64 or `zip64End` is set. */
export function buildZip(entries: readonly ZipEntrySpec[], zip64End = false): Uint8Array {
  const out = new Writer();
  const central = new Writer();
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const compressed = entry.stored ? entry.data : deflateSync(entry.data, { level: 6 });
    const crc = crc32(entry.data);
    const offset = out.length;
    const extra = new Writer();
    if (entry.zip64) {
      extra.u16(0x0001);
      extra.u16(24);
      extra.u64(entry.data.length);
      extra.u64(compressed.length);
      extra.u64(offset);
    }
    const extraBytes = extra.join();
    const big = entry.zip64 ? 0xffffffff : -1;
    out.u32(0x04034b50);
    out.u16(entry.zip64 ? 45 : 20);
    out.u16(0x0800);
    out.u16(entry.stored ? 0 : 8);
    out.u32(0); // time and date
    out.u32(crc);
    out.u32(big >= 0 ? big : compressed.length);
    out.u32(big >= 0 ? big : entry.data.length);
    out.u16(name.length);
    out.u16(entry.zip64 ? 20 : 0);
    out.bytes(name);
    if (entry.zip64) {
      // The local record holds the two sizes only.
      out.u16(0x0001);
      out.u16(16);
      out.u64(entry.data.length);
      out.u64(compressed.length);
    }
    out.bytes(compressed);
    central.u32(0x02014b50);
    central.u16(entry.zip64 ? 45 : 20);
    central.u16(entry.zip64 ? 45 : 20);
    central.u16(0x0800);
    central.u16(entry.stored ? 0 : 8);
    central.u32(0);
    central.u32(crc);
    central.u32(big >= 0 ? big : compressed.length);
    central.u32(big >= 0 ? big : entry.data.length);
    central.u16(name.length);
    central.u16(extraBytes.length);
    central.u16(0); // comment
    central.u16(0); // disk
    central.u16(0); // internal attributes
    central.u32(0); // external attributes
    central.u32(big >= 0 ? big : offset);
    central.bytes(name);
    central.bytes(extraBytes);
  }
  const centralStart = out.length;
  const centralBytes = central.join();
  out.bytes(centralBytes);
  const needs64 = zip64End || entries.some((entry) => entry.zip64);
  if (needs64) {
    const end64 = out.length;
    out.u32(0x06064b50);
    out.u64(44);
    out.u16(45);
    out.u16(45);
    out.u32(0);
    out.u32(0);
    out.u64(entries.length);
    out.u64(entries.length);
    out.u64(centralBytes.length);
    out.u64(centralStart);
    out.u32(0x07064b50);
    out.u32(0);
    out.u64(end64);
    out.u32(1);
  }
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(needs64 ? 0xffff : entries.length);
  out.u16(needs64 ? 0xffff : entries.length);
  out.u32(centralBytes.length);
  out.u32(needs64 ? 0xffffffff : centralStart);
  out.u16(0);
  return out.join();
}

/** The generator's parts as entries, in their order, with `options` for those named. */
export function entriesOf(parts: Readonly<Record<string, Uint8Array>>, options: Readonly<Record<string, Partial<ZipEntrySpec>>> = {}): ZipEntrySpec[] {
  return Object.entries(parts).map(([name, data]) => ({ name, data, ...options[name] }));
}
