/**
 * An .xlsx (or .xlsm) as its zip parts. Parts are kept as the bytes they were read as; only parts the caller sets
 * are written anew, so everything else (charts, pivots, VBA, custom XML, properties) goes back byte for byte.
 * Size limits are checked from the zip's own directory before anything is inflated, so a "zip bomb" is refused
 * with a plain message instead of exhausting memory.
 */
import { strFromU8, strToU8 } from "fflate";
import { PORTABLE_CODEC, readRawEntries, writeZip, type RawEntry, type ZipCodec } from "./zipWriter";

export interface PackageLimits {
  /** Total uncompressed bytes of all parts. */
  readonly maxTotalBytes: number;
  /** Uncompressed ÷ compressed, for any part over 1 MB uncompressed. */
  readonly maxRatio: number;
}

export const DEFAULT_LIMITS: PackageLimits = { maxTotalBytes: 2 * 1024 ** 3, maxRatio: 200 };

/** A package that cannot be opened: the message says why, in words an analyst can act on. */
export class PackageError extends Error {
  constructor(
    readonly kind: "not-zip" | "too-large" | "malformed",
    message: string,
  ) {
    super(message);
  }
}

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

  private constructor(
    private readonly raw: ReadonlyMap<string, RawEntry>,
    private readonly codec: ZipCodec,
  ) {
    this.order = [...raw.keys()];
  }

  static open(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS, codec: ZipCodec = PORTABLE_CODEC): ZipPackage {
    if (bytes.length < 4 || bytes[0] !== ZIP_MAGIC[0] || bytes[1] !== ZIP_MAGIC[1]) {
      throw new PackageError("not-zip", "This file is not an .xlsx workbook (it is not a zip package).");
    }
    const raw = readRawEntries(bytes);
    if (raw.size === 0) throw new PackageError("malformed", "This file could not be read as an .xlsx workbook (its zip directory is missing or damaged).");
    let total = 0;
    for (const [name, entry] of raw) {
      if (entry.method !== 0 && entry.method !== 8) throw new PackageError("malformed", `The part ${name} is compressed in a way .xlsx files do not use (method ${entry.method}).`);
      total += entry.size;
      if (total > limits.maxTotalBytes) {
        throw new PackageError("too-large", `This workbook unpacks to more than ${Math.round(limits.maxTotalBytes / 1024 ** 2)} MB; it is refused as unsafe to open.`);
      }
      if (entry.size > 1024 * 1024 && entry.size > Math.max(1, entry.compressedSize) * limits.maxRatio) {
        throw new PackageError("too-large", `The part ${name} is compressed more than ${limits.maxRatio} to 1, as a "zip bomb" is; it is refused as unsafe to open.`);
      }
    }
    return new ZipPackage(raw, codec);
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
    if (entry.method === 0) return entry.data;
    try {
      const data = this.codec.inflate(entry.data, entry.size);
      if (data.length !== entry.size) throw new Error(`${data.length} bytes where the zip directory says ${entry.size}`);
      return data;
    } catch (error) {
      throw new PackageError("malformed", `The part ${name} could not be unpacked (${error instanceof Error ? error.message : String(error)}).`);
    }
  }

  /** A part as text (UTF-8, as every Open XML part is), or undefined when there is no such part. */
  text(name: string): string | undefined {
    const cached = this.textCache.get(name);
    if (cached !== undefined) return cached;
    const data = this.bytes(name);
    if (!data) return undefined;
    const text = decodeUtf8(data);
    this.textCache.set(name, text);
    return text;
  }

  setText(name: string, text: string): void {
    this.write(name, encodePieces([text]));
    this.textCache.set(name, text);
  }

  /**
   * A part's new text given in pieces (an edited sheet): encoded straight into the part's bytes, and not kept as
   * text, so a large sheet is not held twice more (joined, then cached) beside its bytes.
   */
  setTextInPieces(name: string, pieces: readonly string[]): void {
    this.write(name, encodePieces(pieces));
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
    return writeZip(
      this.names().map((name) => {
        const written = this.written.get(name);
        return written ? { name, data: written } : { name, raw: this.raw.get(name) };
      }),
      this.codec.deflate,
    );
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

/**
 * A decoder of the package's own. fflate's shared one has been used in streaming mode (its feature test), and in
 * Node such a decoder gives every later text as two bytes a character, outside the heap: 33 MB for a 16 MB sheet
 * of markup, where a fresh decoder gives 16 MB.
 */
const UTF8 = typeof TextDecoder === "undefined" ? null : new TextDecoder();
const decodeUtf8 = (data: Uint8Array): string => (UTF8 ? UTF8.decode(data) : strFromU8(data));
