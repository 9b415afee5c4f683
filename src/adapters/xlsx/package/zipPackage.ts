/**
 * An .xlsx (or .xlsm) as its zip parts. Parts are kept as the bytes they were read as; only parts the caller sets
 * are written anew, so everything else (charts, pivots, VBA, custom XML, properties) goes back byte for byte.
 * Size limits are checked from the zip's own directory before a part is inflated, so a "zip bomb" is refused
 * with a plain message instead of exhausting memory; a part never inflated (copied as its compressed bytes) is no
 * risk and is not refused.
 */
import { Inflate, strToU8 } from "fflate";
import { PackageError } from "./packageError";
import { decodePart, declareUtf8 } from "./partText";
import { crc32, PORTABLE_CODEC, readRawEntries, writeZip, zipPieces, type RawEntry, type ZipCodec } from "./zipWriter";

export { PackageError } from "./packageError";

export interface PackageLimits {
  /** Total uncompressed bytes of the parts inflated. */
  readonly maxTotalBytes: number;
  /** Uncompressed ÷ compressed, for any part over 1 MB uncompressed. */
  readonly maxRatio: number;
}

export const DEFAULT_LIMITS: PackageLimits = { maxTotalBytes: 2 * 1024 ** 3, maxRatio: 200 };

const ZIP_MAGIC = [0x50, 0x4b];

/**
 * Parts are inflated only when read, one at a time, so memory follows what the refresh looks at (a few sheets,
 * the styles), not the whole package.
 */
export class ZipPackage {
  private readonly order: string[];
  /** Parts set since opening; everything else is read from `raw`. */
  private readonly written = new Map<string, Uint8Array>();
  private readonly removed = new Set<string>();
  private readonly textCache = new Map<string, string>();
  /** Parts inflated so far, and their bytes in all: what the limits weigh. */
  private readonly inflated = new Set<string>();
  private inflatedBytes = 0;

  private constructor(
    private readonly raw: ReadonlyMap<string, RawEntry>,
    private readonly codec: ZipCodec,
    private readonly limits: PackageLimits,
  ) {
    this.order = [...raw.keys()];
  }

  static open(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS, codec: ZipCodec = PORTABLE_CODEC): ZipPackage {
    if (bytes.length < 4 || bytes[0] !== ZIP_MAGIC[0] || bytes[1] !== ZIP_MAGIC[1]) {
      throw new PackageError("not-zip", "This file is not an .xlsx workbook (it is not a zip package).");
    }
    const raw = readRawEntries(bytes);
    if (raw.size === 0) throw new PackageError("malformed", "This file could not be read as an .xlsx workbook (its zip directory is missing or damaged).");
    return new ZipPackage(raw, codec, limits);
  }

  /** Refuses a part before it is inflated if it would pass the limits. */
  private checkLimits(name: string, entry: RawEntry): void {
    if (this.inflated.has(name)) return;
    const { maxTotalBytes, maxRatio } = this.limits;
    if (entry.size > 1024 * 1024 && entry.size > Math.max(1, entry.compressedSize) * maxRatio) {
      throw new PackageError("too-large", `The part ${name} is compressed more than ${maxRatio} to 1, as a "zip bomb" is; it is refused as unsafe to open.`);
    }
    if (this.inflatedBytes + entry.size > maxTotalBytes) {
      throw new PackageError("too-large", `This workbook unpacks to more than ${Math.round(maxTotalBytes / 1024 ** 2)} MB; it is refused as unsafe to open.`);
    }
    this.inflated.add(name);
    this.inflatedBytes += entry.size;
  }

  has(name: string): boolean {
    return !this.removed.has(name) && (this.written.has(name) || this.raw.has(name));
  }

  names(): string[] {
    return this.order.filter((name) => this.has(name));
  }

  bytes(name: string): Uint8Array | undefined {
    if (!this.has(name)) return undefined;
    const written = this.written.get(name);
    if (written) return written;
    const entry = this.raw.get(name);
    if (!entry) return undefined;
    if (entry.method !== 0) this.checkLimits(name, entry);
    try {
      const data = entry.method === 0 ? entry.data : this.codec.inflate(entry.data, entry.size);
      if (data.length !== entry.size) throw new Error(`${data.length} bytes where the zip directory says ${entry.size}`);
      if ((this.codec.crc32 ?? crc32)(data) !== entry.crc) throw new Error("its checksum does not match: the file is damaged");
      return data;
    } catch (error) {
      throw new PackageError("malformed", `The part ${name} could not be unpacked (${error instanceof Error ? error.message : String(error)}).`);
    }
  }

  /** A part as text, read in its declared encoding (UTF-8 or UTF-16), or undefined when there is no such part. */
  text(name: string): string | undefined {
    const cached = this.textCache.get(name);
    if (cached !== undefined) return cached;
    const data = this.bytes(name);
    if (!data) return undefined;
    const text = decodePart(name, data);
    this.textCache.set(name, text);
    return text;
  }

  /**
   * A part's text from its start, inflated only until `enough(text so far)` is true: the head of a large sheet without
   * the rest. `complete` says whether that is the whole part. A part in another encoding than UTF-8 is read whole.
   */
  textHead(name: string, enough: (text: string) => boolean): { text: string; complete: boolean } | undefined {
    const entry = this.raw.get(name);
    const cached = this.textCache.get(name);
    if (cached !== undefined || !entry || this.written.has(name) || entry.method !== 8 || !(typeof TextDecoder !== "undefined")) {
      const text = this.text(name);
      return text === undefined ? undefined : { text, complete: true };
    }
    // The limits weigh the whole part, as if it were read: a head is no way round the zip-bomb check.
    this.checkLimits(name, entry);
    if (this.codec.inflateHead) return this.headByPrefixes(name, entry, this.codec.inflateHead, enough);
    const decoder = new TextDecoder();
    let text = "";
    let stop = false;
    let first = true;
    let utf8 = true;
    const inflate = new Inflate((chunk, final) => {
      if (stop || !utf8) return;
      // A byte-order mark or a NUL beside "<" is UTF-16: read whole, by text(), in its own encoding.
      if (first && chunk.length >= 2 && (chunk[0] === 0xff || chunk[0] === 0xfe || chunk[0] === 0 || chunk[1] === 0)) utf8 = false;
      first = false;
      if (!utf8) return;
      text += decoder.decode(chunk, { stream: !final });
      if (enough(text)) stop = true;
    });
    const STEP = 64 * 1024;
    try {
      for (let at = 0; at < entry.data.length && !stop && utf8; at += STEP) inflate.push(entry.data.subarray(at, at + STEP), at + STEP >= entry.data.length);
    } catch (error) {
      throw new PackageError("malformed", `The part ${name} could not be unpacked (${error instanceof Error ? error.message : String(error)}).`);
    }
    if (!utf8) return { text: this.text(name) ?? "", complete: true };
    return { text, complete: !stop };
  }

  /** textHead where the codec inflates a prefix: prefixes doubling in length, so the work is at most twice the head's. */
  private headByPrefixes(name: string, entry: RawEntry, inflateHead: (data: Uint8Array, declaredSize: number) => Uint8Array, enough: (text: string) => boolean): { text: string; complete: boolean } {
    for (let length = 64 * 1024; length < entry.data.length; length *= 2) {
      let bytes: Uint8Array;
      try {
        bytes = inflateHead(entry.data.subarray(0, length), entry.size);
      } catch (error) {
        throw new PackageError("malformed", `The part ${name} could not be unpacked (${error instanceof Error ? error.message : String(error)}).`);
      }
      // A byte-order mark or a NUL beside "<" is UTF-16: read whole, by text(), in its own encoding.
      if (bytes.length >= 2 && (bytes[0] === 0xff || bytes[0] === 0xfe || bytes[0] === 0 || bytes[1] === 0)) break;
      // The last character may be cut short: the head ends well before it.
      const text = new TextDecoder().decode(bytes);
      if (enough(text)) return { text, complete: false };
    }
    return { text: this.text(name) ?? "", complete: true };
  }

  /** Parts are written in UTF-8, whatever they were read in: the declaration is changed to match. */
  setText(name: string, text: string): void {
    const utf8 = declareUtf8(text);
    this.write(name, encodePieces([utf8]));
    this.textCache.set(name, utf8);
  }

  /**
   * A part's new text given in pieces (an edited sheet): encoded straight into the part's bytes, and not kept as
   * text, so a large sheet is not held twice more (joined, then cached) beside its bytes.
   */
  setTextInPieces(name: string, pieces: readonly string[]): void {
    const first = pieces.findIndex((piece) => piece.length > 0);
    const declared = first < 0 ? pieces : pieces.map((piece, i) => (i === first ? declareUtf8(piece) : piece));
    this.write(name, encodePieces(declared));
    this.textCache.delete(name);
  }

  /** A binary part (a copied sheet's printer settings). */
  setBytes(name: string, bytes: Uint8Array): void {
    this.write(name, bytes);
    this.textCache.delete(name);
  }

  private write(name: string, bytes: Uint8Array): void {
    if (!this.order.includes(name)) this.order.push(name);
    this.removed.delete(name);
    this.written.set(name, bytes);
  }

  /**
   * A restore point: a plan writes several parts, and one that fails part-way (a part found damaged only when it
   * is read) must leave none of them written. Calling the returned function puts the package back.
   */
  restorePoint(): () => void {
    const written = new Map(this.written);
    const removed = new Set(this.removed);
    const order = this.order.slice();
    const cache = new Map(this.textCache);
    return () => {
      const restore = <K, V>(target: Map<K, V>, from: Map<K, V>) => {
        target.clear();
        from.forEach((value, key) => target.set(key, value));
      };
      restore(this.written, written);
      restore(this.textCache, cache);
      this.removed.clear();
      removed.forEach((name) => this.removed.add(name));
      this.order.length = 0;
      for (const name of order) this.order.push(name);
    };
  }

  remove(name: string): void {
    if (!this.has(name)) return;
    this.removed.add(name);
    this.written.delete(name);
    this.textCache.delete(name);
  }

  /** The parts written, added or removed since opening. */
  changed(): string[] {
    return [...this.written.keys(), ...this.removed];
  }

  /**
   * The package as a zip, parts in their original order ([Content_Types].xml first, as Office expects); parts
   * not changed are copied as their original compressed bytes.
   */
  save(): Uint8Array {
    return writeZip(this.partsToSave(), this.codec.deflate);
  }

  /** save() as its pieces, not joined: for writing a large package to a file without copying it whole. */
  savePieces(): Uint8Array[] {
    return zipPieces(this.partsToSave(), this.codec.deflate);
  }

  private partsToSave(): { name: string; raw?: RawEntry; data?: Uint8Array }[] {
    return this.names().map((name) => {
      const written = this.written.get(name);
      return written ? { name, data: written } : { name, raw: this.raw.get(name) };
    });
  }
}

/** UTF-8 of the pieces joined, without joining them: into one buffer, grown only when a piece does not fit. */
function encodePieces(pieces: readonly string[]): Uint8Array {
  if (typeof TextEncoder === "undefined") return strToU8(pieces.join(""));
  const encoder = new TextEncoder();
  let length = 0;
  for (let i = 0; i < pieces.length; i++) length += pieces[i].length;
  // Markup is ASCII, one byte a character; text in other scripts takes more, and grows the buffer.
  let bytes = new Uint8Array(length + 1024);
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    let rest = pieces[i];
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, bytes.subarray(at));
      at += written;
      if (read === rest.length) break;
      rest = rest.slice(read);
      const grown = new Uint8Array(Math.max(bytes.length * 2, at + rest.length * 3));
      grown.set(bytes.subarray(0, at));
      bytes = grown;
    }
  }
  return bytes.subarray(0, at);
}

