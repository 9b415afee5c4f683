/**
 * An .xlsx (or .xlsm) as its zip parts. Parts are kept as the bytes they were read as; only parts the caller sets
 * are written anew, so everything else (charts, pivots, VBA, custom XML, properties) goes back byte for byte.
 * Size limits are checked from the zip's own directory before anything is inflated, so a "zip bomb" is refused
 * with a plain message instead of exhausting memory.
 */
import { strFromU8, strToU8, unzipSync } from "fflate";
import { readRawEntries, writeZip, type RawEntry } from "./zipWriter";

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

export class ZipPackage {
  private readonly parts: Map<string, Uint8Array>;
  private readonly order: string[];
  private readonly changedParts = new Set<string>();
  private readonly textCache = new Map<string, string>();

  private constructor(
    parts: Record<string, Uint8Array>,
    private readonly raw: ReadonlyMap<string, RawEntry>,
  ) {
    this.order = Object.keys(parts);
    this.parts = new Map(Object.entries(parts));
  }

  static open(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS): ZipPackage {
    if (bytes.length < 4 || bytes[0] !== ZIP_MAGIC[0] || bytes[1] !== ZIP_MAGIC[1]) {
      throw new PackageError("not-zip", "This file is not an .xlsx workbook (it is not a zip package).");
    }
    let total = 0;
    let parts: Record<string, Uint8Array>;
    try {
      parts = unzipSync(bytes, {
        filter(file) {
          total += file.originalSize;
          if (total > limits.maxTotalBytes) {
            throw new PackageError("too-large", `This workbook unpacks to more than ${Math.round(limits.maxTotalBytes / 1024 ** 2)} MB; it is refused as unsafe to open.`);
          }
          if (file.originalSize > 1024 * 1024 && file.originalSize > Math.max(1, file.size) * limits.maxRatio) {
            throw new PackageError("too-large", `The part ${file.name} is compressed more than ${limits.maxRatio} to 1, as a "zip bomb" is; it is refused as unsafe to open.`);
          }
          return true;
        },
      });
    } catch (error) {
      if (error instanceof PackageError) throw error;
      throw new PackageError("malformed", `This file could not be read as an .xlsx workbook (${error instanceof Error ? error.message : String(error)}).`);
    }
    for (const [name, data] of Object.entries(parts)) {
      if (data.length > limits.maxTotalBytes) throw new PackageError("too-large", `The part ${name} is larger than its zip directory says; it is refused.`);
    }
    return new ZipPackage(parts, readRawEntries(bytes));
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  names(): string[] {
    return [...this.order];
  }

  bytes(name: string): Uint8Array | undefined {
    return this.parts.get(name);
  }

  /** A part as text (UTF-8, as every Open XML part is), or undefined when there is no such part. */
  text(name: string): string | undefined {
    const cached = this.textCache.get(name);
    if (cached !== undefined) return cached;
    const data = this.parts.get(name);
    if (!data) return undefined;
    const text = strFromU8(data);
    this.textCache.set(name, text);
    return text;
  }

  setText(name: string, text: string): void {
    if (!this.parts.has(name)) this.order.push(name);
    this.parts.set(name, strToU8(text));
    this.textCache.set(name, text);
    this.changedParts.add(name);
  }

  remove(name: string): void {
    if (!this.parts.delete(name)) return;
    this.order.splice(this.order.indexOf(name), 1);
    this.textCache.delete(name);
    this.changedParts.add(name);
  }

  /** The parts written, added or removed since opening. */
  changed(): string[] {
    return [...this.changedParts];
  }

  /**
   * The package as a zip, parts in their original order ([Content_Types].xml first, as Office expects); parts
   * not changed are copied as their original compressed bytes.
   */
  save(): Uint8Array {
    return writeZip(
      this.order.map((name) => {
        const raw = this.changedParts.has(name) ? undefined : this.raw.get(name);
        return raw ? { name, raw } : { name, data: this.parts.get(name) };
      }),
    );
  }
}
