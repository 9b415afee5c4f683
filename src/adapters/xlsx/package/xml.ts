/**
 * XML scanning for surgical edits: htmlparser2's tokeniser in XML mode reports each element with its local name
 * (any namespace prefix, such as ClosedXML's "x:", removed), its attributes, and where its start and end tags
 * sit in the text, so an edit can replace exactly those characters and keep everything else as it was.
 */
import { Parser } from "htmlparser2";

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

/** Reads `xml` once, calling the handlers in document order. Malformed XML throws, naming where. */
export function scanXml(xml: string, handlers: ScanHandlers): void {
  let depth = -1;
  // The open elements' start tags, as parallel stacks indexed by depth: no object per element.
  const starts: number[] = [];
  const openEnds: number[] = [];
  const selfClosings: boolean[] = [];
  let failure: Error | null = null;
  const { open, close, text } = handlers;
  const parser = new Parser(
    {
      onopentag(qualified, attributes) {
        depth++;
        const start = parser.startIndex;
        const openEnd = parser.endIndex + 1;
        const selfClosing = xml.charCodeAt(openEnd - 2) === 47; // "/>"
        starts[depth] = start;
        openEnds[depth] = openEnd;
        selfClosings[depth] = selfClosing;
        if (open) {
          const { name, prefix } = splitName(qualified);
          open({ name, prefix, attributes, start, openEnd, selfClosing, depth });
        }
      },
      onclosetag(qualified) {
        if (depth < 0) {
          failure ??= new Error(`an unexpected </${qualified}> at character ${parser.startIndex}`);
          return;
        }
        if (close) {
          const name = splitName(qualified).name;
          close(
            selfClosings[depth]
              ? { name, start: starts[depth], end: openEnds[depth], depth }
              : { name, start: parser.startIndex, end: parser.endIndex + 1, depth },
          );
        }
        depth--;
      },
      ontext: text,
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.end(xml);
  if (failure) throw failure;
  if (depth >= 0) throw new Error(`the XML ends inside an element opened at character ${starts[depth]}`);
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
