/**
 * Where a row's cells sit in a worksheet's XML, for the editor: found by searching back for their tags from a point
 * (the quick way, for plain rows), or by tokenising the row (any row, shared formulas included).
 */
import { parseCellRef } from "./cellRef";
import { scanXml } from "./xml";

/** A <c> element of a row: its column, where it starts and ends, and its style. */
export interface RowCell {
  readonly column: number;
  readonly start: number;
  readonly end: number;
  readonly style: number;
  /** The <f …/> of a shared-formula dependent, for promotion when its master is overwritten. */
  readonly sharedDependent: { readonly si: string; readonly start: number; readonly end: number } | null;
}

/**
 * The last <c> that ends at or before `before` and starts at or after `from`: null when there is none, undefined when
 * it cannot be read (no r attribute, so its column depends on the cells before it).
 */
export function previousCell(xml: string, from: number, before: number, open: string, close: string): RowCell | null | undefined {
  let searchFrom = before - 1;
  for (;;) {
    const start = searchFrom < from ? -1 : xml.lastIndexOf(open, searchFrom);
    if (start < from) return null;
    const after = xml.charCodeAt(start + open.length);
    // "<c" must be the whole name: followed by a space, ">" or "/" (not "<cm" or "<col").
    if (after !== 32 && after !== 9 && after !== 10 && after !== 13 && after !== 62 && after !== 47) {
      searchFrom = start - 1;
      continue;
    }
    const tagEnd = xml.indexOf(">", start);
    if (tagEnd < 0 || tagEnd >= before) return undefined;
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
    const end = selfClosing ? tagEnd + 1 : xml.indexOf(close, tagEnd) + close.length;
    // A cell must end where the next begins (or the row ends), with nothing but white space between.
    if (end < close.length || end > before || xml.slice(end, before).trim() !== "") return undefined;
    const ref = attributeIn(xml, start + open.length, tagEnd, "r");
    const at = ref ? parseCellRef(ref) : null;
    if (!at) return undefined;
    const style = attributeIn(xml, start + open.length, tagEnd, "s");
    return { column: at.column, start, end, style: style ? Number(style) : 0, sharedDependent: null };
  }
}

/** An attribute's value in the start tag between `from` and `to`, read character by character (no regex per cell). */
function attributeIn(xml: string, from: number, to: number, name: string): string | null {
  let at = from;
  while (at < to) {
    while (at < to && isSpace(xml.charCodeAt(at))) at++;
    const nameStart = at;
    while (at < to && xml.charCodeAt(at) !== 61 /* = */ && !isSpace(xml.charCodeAt(at))) at++;
    const nameEnd = at;
    while (at < to && isSpace(xml.charCodeAt(at))) at++;
    if (xml.charCodeAt(at) !== 61) return null;
    at++;
    while (at < to && isSpace(xml.charCodeAt(at))) at++;
    const quote = xml.charCodeAt(at);
    if (quote !== 34 && quote !== 39) return null;
    const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", at + 1);
    if (valueEnd < 0 || valueEnd > to) return null;
    if (nameEnd - nameStart === name.length && xml.startsWith(name, nameStart)) return xml.slice(at + 1, valueEnd);
    at = valueEnd + 1;
  }
  return null;
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** The <c> elements of one row's XML, with where they start and end. */
export function cellsOf(rowXml: string): RowCell[] {
  const cells: RowCell[] = [];
  let current: { column: number; start: number; style: number; shared: { si: string; start: number; end: number } | null; sharedOpen: { si: string; start: number } | null } | null = null;
  let nextColumn = 0;
  scanXml(rowXml, {
    open(tag) {
      if (tag.depth === 1 && tag.name === "c") {
        const column = tag.attributes.r ? (parseCellRef(tag.attributes.r)?.column ?? nextColumn) : nextColumn;
        nextColumn = column + 1;
        current = { column, start: tag.start, style: Number(tag.attributes.s ?? 0), shared: null, sharedOpen: null };
      } else if (current && tag.name === "f" && tag.attributes.t === "shared" && tag.attributes.si !== undefined) {
        current.sharedOpen = { si: tag.attributes.si, start: tag.start };
      }
    },
    close(tag) {
      if (current && tag.name === "f" && current.sharedOpen) {
        // Only a dependent (no formula text of its own) is promoted; a master keeps its text.
        const text = rowXml.slice(current.sharedOpen.start, tag.end);
        if (/\/>$/.test(text) || /><\/[\w:]*f>$/.test(text)) current.shared = { ...current.sharedOpen, end: tag.end };
        current.sharedOpen = null;
      }
      if (current && tag.depth === 1 && tag.name === "c") {
        cells.push({ column: current.column, start: current.start, end: tag.end, style: current.style, sharedDependent: current.shared });
        current = null;
      }
    },
  });
  return cells;
}
