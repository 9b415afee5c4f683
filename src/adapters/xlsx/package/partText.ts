/**
 * A part's bytes as text, in the encoding its XML declaration (or byte-order mark) gives: UTF-8 or UTF-16, as XML
 * allows. Anything else, or bytes that are not valid in it, is refused naming the part, never read as garbled text.
 */
import { strFromU8 } from "fflate";
import { PackageError } from "./packageError";

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

/**
 * Decoders of the package's own. fflate's shared one has been used in streaming mode (its feature test), and in
 * Node such a decoder gives every later text as two bytes a character, outside the heap: 33 MB for a 16 MB sheet
 * of markup, where a fresh decoder gives 16 MB.
 */
const DECODERS = new Map<Encoding, TextDecoder>();
function decode(encoding: Encoding, data: Uint8Array): string {
  if (typeof TextDecoder === "undefined") return decodeWithout(encoding, data);
  let found = DECODERS.get(encoding);
  if (!found) DECODERS.set(encoding, (found = new TextDecoder(encoding, { fatal: true })));
  return found.decode(data);
}

/** Where there is no TextDecoder (jsdom): fflate's UTF-8, or UTF-16 code unit by code unit; no byte-order mark. */
function decodeWithout(encoding: Encoding, data: Uint8Array): string {
  if (encoding === "utf-8") {
    const text = strFromU8(data);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  const big = encoding === "utf-16be";
  const units: string[] = [];
  const chunk: number[] = [];
  for (let i = 0; i + 1 < data.length; i += 2) {
    chunk.push(big ? (data[i] << 8) | data[i + 1] : data[i] | (data[i + 1] << 8));
    if (chunk.length === 8192) units.push(String.fromCharCode.apply(null, chunk.splice(0)));
  }
  units.push(String.fromCharCode.apply(null, chunk));
  const text = units.join("");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The encoding the first bytes show (a byte-order mark, or "<" as one or two bytes); UTF-8 otherwise. */
function sniff(data: Uint8Array): Encoding {
  if (data[0] === 0xff && data[1] === 0xfe) return "utf-16le";
  if (data[0] === 0xfe && data[1] === 0xff) return "utf-16be";
  if (data[0] === 0x3c && data[1] === 0x00) return "utf-16le";
  if (data[0] === 0x00 && data[1] === 0x3c) return "utf-16be";
  return "utf-8";
}

const DECLARATION = /^\uFEFF?<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']/;

export function decodePart(name: string, data: Uint8Array): string {
  const encoding = sniff(data);
  let text: string;
  try {
    text = decode(encoding, data);
  } catch {
    throw new PackageError("malformed", `The part ${name} is not valid ${encoding === "utf-8" ? "UTF-8" : "UTF-16"} text; it may be damaged.`);
  }
  const declared = DECLARATION.exec(text.slice(0, 200))?.[1].toLowerCase();
  if (declared !== undefined) {
    const family = declared === "utf-8" || declared === "utf8" ? "utf-8" : /^utf-?16(le|be)?$/.test(declared) ? "utf-16" : null;
    if (family === null) throw new PackageError("malformed", `The part ${name} is declared in the encoding "${declared}"; Open XML parts are UTF-8 or UTF-16. Open the workbook in Excel and save it again.`);
    if ((family === "utf-8") !== (encoding === "utf-8")) throw new PackageError("malformed", `The part ${name} says it is ${family.toUpperCase()} but its bytes are ${encoding === "utf-8" ? "not UTF-16" : "UTF-16"}.`);
  }
  return text;
}

/** The text with its XML declaration saying UTF-8 (as it is written), and no byte-order mark. */
export function declareUtf8(text: string): string {
  const head = text.slice(0, 200);
  const match = DECLARATION.exec(head);
  const stripped = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!match || match[1].toLowerCase() === "utf-8") return stripped;
  const offset = stripped === text ? 0 : 1;
  const at = match.index + match[0].length - match[1].length - 1 - offset;
  return `${stripped.slice(0, at)}UTF-8${stripped.slice(at + match[1].length)}`;
}
