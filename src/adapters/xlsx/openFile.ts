/**
 * Opening a workbook file the analyst chose, for the command line and the browser page alike: what is not an
 * .xlsx (an old .xls, an encrypted workbook, a zip bomb) is refused before it is read, in the same plain words.
 */
import { DEFAULT_LIMITS, PackageError } from "./package/zipPackage";
import type { ZipCodec } from "./package/zipWriter";
import { XlsxWorkbook } from "./xlsxWorkbook";

/** An OLE compound file: an Excel 97-2003 .xls, or an .xlsx Excel has encrypted (it wraps the package in one). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The stream an encrypted package keeps its key data in, named in UTF-16LE in the compound file's directory. */
const ENCRYPTION_INFO = utf16le("EncryptionInfo");

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i);
  return bytes;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Why `file` cannot be opened as an .xlsx from its first bytes, or null when it starts like one. */
export function refusalOf(file: string, bytes: Uint8Array): string | null {
  if (startsWith(bytes, OLE_MAGIC)) {
    return contains(bytes, ENCRYPTION_INFO)
      ? `${file} is encrypted (password-protected). Open it in Excel, remove the password (File > Info > Protect Workbook), save, and try again.`
      : `${file} is an Excel 97-2003 .xls workbook. Open it in Excel and save it as .xlsx.`;
  }
  if (!startsWith(bytes, ZIP_MAGIC)) return `${file} is not an .xlsx workbook (it does not start like one).`;
  return null;
}

export type Opened = { readonly ok: true; readonly book: XlsxWorkbook } | { readonly ok: false; readonly message: string };

/** The workbook in `bytes`, or the plain reason it cannot be opened, naming `file`. */
export function openWorkbookFile(file: string, bytes: Uint8Array, codec?: ZipCodec): Opened {
  const refused = refusalOf(file, bytes);
  if (refused) return { ok: false, message: refused };
  try {
    return { ok: true, book: XlsxWorkbook.open(bytes, DEFAULT_LIMITS, codec) };
  } catch (error) {
    if (error instanceof PackageError) return { ok: false, message: `${file}: ${error.message}` };
    return { ok: false, message: `${file} could not be read as an .xlsx workbook: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** "Q3.xlsx" → "Q3.refreshed.xlsx"; a macro-enabled "Q3.xlsm" stays .xlsm, with its VBA. */
export function refreshedName(input: string): string {
  const extension = /\.xls[xm]$/i.exec(input)?.[0];
  return extension ? `${input.slice(0, -extension.length)}.refreshed${extension.toLowerCase()}` : `${input}.refreshed.xlsx`;
}
