/**
 * XML scanning for surgical edits: the strict scanner (xmlScanner.ts) reports each element with its local name
 * (any namespace prefix, such as ClosedXML's "x:", removed), its attributes, and where its start and end tags
 * sit in the text, so an edit can replace exactly those characters and keep everything else as it was.
 */
import { readingPart } from "./packageError";
import { scanXmlStrict } from "./xmlScanner";

export { XmlError } from "./xmlScanner";

export interface OpenTag {
  /** Name without its namespace prefix: "c" for both <c> and <x:c>. */
  readonly name: string;
  /** The prefix as written ("x"), or "" for none: new elements are written with the same one. */
  readonly prefix: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Index of "<" of the start tag. */
  readonly start: number;
  /** Index just past ">" of the start tag. */
  readonly openEnd: number;
  readonly selfClosing: boolean;
  /** Depth of the element: the root is 0. */
  readonly depth: number;
}

export interface CloseTag {
  readonly name: string;
  /** Index of "<" of the end tag (for a self-closing element, of the start tag). */
  readonly start: number;
  /** Index just past the element's last ">". */
  readonly end: number;
  readonly depth: number;
}

export interface ScanHandlers {
  open?(tag: OpenTag): void;
  close?(tag: CloseTag): void;
  /** Decoded text inside the innermost open element. */
  text?(text: string): void;
}

export function localName(qualified: string): { name: string; prefix: string } {
  const colon = qualified.indexOf(":");
  return colon < 0 ? { name: qualified, prefix: "" } : { name: qualified.slice(colon + 1), prefix: qualified.slice(0, colon) };
}

// Element names repeat (a sheet is mostly <c>, <v> and <row>): each qualified name is split once.
const NAMES = new Map<string, { name: string; prefix: string }>();
function splitName(qualified: string): { name: string; prefix: string } {
  let split = NAMES.get(qualified);
  if (!split) {
    split = localName(qualified);
    if (NAMES.size < 10_000) NAMES.set(qualified, split);
  }
  return split;
}

/** Reads `xml` once, calling the handlers in document order. XML that is not well-formed throws an XmlError. */
export function scanXml(xml: string, handlers: ScanHandlers): void {
  const { open, close, text } = handlers;
  scanXmlStrict(xml, {
    open(qualified, attributes, start, openEnd, selfClosing, depth) {
      if (!open) return;
      const { name, prefix } = splitName(qualified);
      open({ name, prefix, attributes, start, openEnd, selfClosing, depth });
    },
    close(qualified, start, end, depth) {
      if (close) close({ name: splitName(qualified).name, start, end, depth });
    },
    text,
  });
}

/** scanXml over a package part: what is not well-formed is refused naming the part. */
export function scanPart(part: string, xml: string, handlers: ScanHandlers): void {
  readingPart(part, () => scanXml(xml, handlers));
}

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text or an attribute value as XML; characters XML 1.0 cannot hold are dropped rather than written broken. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[&<>"]/g, (ch) => ESCAPES[ch]).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

/** `prefix:name`, or `name` with no prefix. */
export function qualify(prefix: string, name: string): string {
  return prefix ? `${prefix}:${name}` : name;
}

/** The namespace prefix an element declares for `uri` (xmlns:r="…relationships" → "r"), or null. */
export function prefixFor(attributes: Readonly<Record<string, string>>, uri: string): string | null {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === uri && name.startsWith("xmlns:")) return name.slice(6);
  }
  return null;
}

/** The value of an attribute by its local name, whatever its prefix (r:id, ns2:id). */
export function attributeByLocalName(attributes: Readonly<Record<string, string>>, local: string): string | undefined {
  for (const [name, value] of Object.entries(attributes)) {
    if (name === local || name.endsWith(`:${local}`)) return value;
  }
  return undefined;
}

/** Characters [start, end) of a text replaced by `insert` (an insertion when start = end). */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

/** Replaces [start, end) ranges of `text`, given in any order and not overlapping. */
export function splice(text: string, edits: readonly Edit[]): string {
  return spliceInPieces(text, edits).join("");
}

/**
 * The edited text as its pieces in order, not joined: a 16 MB sheet is encoded from these straight into its bytes,
 * without a second copy of the whole text.
 */
export function spliceInPieces(text: string, edits: readonly Edit[]): string[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error("overlapping XML edits");
    pieces.push(text.slice(at, edit.start), edit.insert);
    at = edit.end;
  }
  pieces.push(text.slice(at));
  return pieces;
}
