/**
 * Writes a plan's cells and colour rules into a worksheet part by replacing only the XML of the rows that hold a
 * planned cell (and, in those rows, only the planned cells), plus one <conditionalFormatting> per rule. Merges,
 * validations, hyperlinks, panes, columns and extLst are never touched. Text is written as an inline string, so
 * the shared-strings part stays as it was.
 */
import { sameColour, type CellChange, type TextFillRule } from "../../../engine/sheet/workbook";
import { cellAddress, parseRange } from "../../../engine/sheet/address";
import { looksLikeFormula } from "../../../engine/sheet/checkPlan";
import { shiftFormula } from "./cellRef";
import type { FillElement, ParsedSheet, RowSpan } from "./sheetReader";
import type { Styles } from "./styles";
import { cellsOf, previousCell, type RowCell } from "./rowCells";
import { formulaForFile } from "./customFunctionNames";
import { escapeXml, qualify, spliceInPieces, type Edit } from "./xml";

/** CT_Worksheet's children that come after <conditionalFormatting> (ECMA-376 §18.3.1.99), in order. */
const AFTER_CONDITIONAL_FORMATTING = [
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
  "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

/** The worksheet part's new text, in pieces (ZipPackage.setTextInPieces encodes them without joining them first). */
export function editSheetXml(sheet: ParsedSheet, changes: readonly CellChange[], fills: readonly TextFillRule[], styles: Styles, removeFills: readonly TextFillRule[] = []): string[] {
  const q = (name: string) => qualify(sheet.prefix, name);
  const byRow = new Map<number, CellChange[]>();
  for (const change of changes) {
    const list = byRow.get(change.row);
    if (list) list.push(change);
    else byRow.set(change.row, [change]);
  }
  // Overwriting a shared formula's master would orphan its dependents: they get the formula written out.
  const promoted = new Set<string>();
  for (const [si, master] of sheet.sharedFormulas) {
    if (byRow.get(master.row)?.some((change) => change.column === master.column)) {
      promoted.add(si);
      const span = parseRange(master.ref, "");
      for (let r = span ? span.top : master.row; r <= (span ? span.bottom : master.row); r++) if (!byRow.has(r)) byRow.set(r, []);
    }
  }

  const edits: Edit[] = [];
  const newRows: { row: number; xml: string }[] = [];
  for (const [row, rowChanges] of byRow) {
    rowChanges.sort((a, b) => a.column - b.column);
    const span = sheet.rows.get(row);
    if (!span) {
      if (rowChanges.length > 0) newRows.push({ row, xml: `<${q("row")} r="${row + 1}">${rowChanges.map((change) => cellXml(q, change, 0, styles)).join("")}</${q("row")}>` });
      continue;
    }
    // A plain row gets an edit per planned cell, and its other cells are never copied; any other is rebuilt.
    const cellEdits = span.selfClosing ? null : plainRowEdits(sheet.xml, span, rowChanges, styles, q);
    if (cellEdits) {
      for (const edit of cellEdits) edits.push(edit);
      continue;
    }
    const rowXml = sheet.xml.slice(span.start, span.end);
    edits.push({ start: span.start, end: span.end, insert: editRow(rowXml, span.openEnd - span.start, span.selfClosing, row, rowChanges, promoted, sheet, styles, q) });
  }
  if (newRows.length > 0) insertRows(sheet, newRows, edits, q);
  if (fills.length > 0) {
    let priority = sheet.maxPriority;
    const rules = fills.map((fill) => conditionalFormattingXml(q, fill, styles.dxfFor(fill.fill, fill.fontColor), ++priority)).join("");
    const next = sheet.children.find((child) => AFTER_CONDITIONAL_FORMATTING.includes(child.name));
    const at = next ? next.start : sheet.rootClose;
    edits.push({ start: at, end: at, insert: rules });
  }
  const removed = new Set<FillElement>();
  for (const fill of removeFills) {
    const element = sheet.fillElements.find((candidate) => !removed.has(candidate) && sameFill(candidate.fill, fill));
    if (!element) continue;
    removed.add(element);
    edits.push({ start: element.start, end: element.end, insert: "" });
  }
  return spliceInPieces(sheet.xml, edits);
}

function sameFill(a: TextFillRule, b: TextFillRule): boolean {
  const [p, q] = [a.range, b.range];
  return p.top === q.top && p.bottom === q.bottom && p.left === q.left && p.right === q.right && a.text === b.text && sameColour(a.fill, b.fill) && sameColour(a.fontColor, b.fontColor);
}

function editRow(rowXml: string, openLength: number, selfClosing: boolean, row: number, changes: readonly CellChange[], promoted: ReadonlySet<string>, sheet: ParsedSheet, styles: Styles, q: (name: string) => string): string {
  const cells = selfClosing ? [] : cellsOf(rowXml);
  const inner: string[] = [];
  let at = openLength;
  let next = 0;
  const write = (change: CellChange, style: number) => inner.push(cellXml(q, change, style, styles));
  for (const cell of cells) {
    while (next < changes.length && changes[next].column < cell.column) write(changes[next++], 0);
    inner.push(rowXml.slice(at, cell.start));
    if (next < changes.length && changes[next].column === cell.column) {
      write(changes[next++], cell.style);
    } else if (cell.sharedDependent && promoted.has(cell.sharedDependent.si)) {
      const master = sheet.sharedFormulas.get(cell.sharedDependent.si);
      const text = master ? shiftFormula(master.text, row - master.row, cell.column - master.column) : "";
      inner.push(rowXml.slice(cell.start, cell.sharedDependent.start), `<${q("f")}>${escapeXml(text)}</${q("f")}>`, rowXml.slice(cell.sharedDependent.end, cell.end));
    } else {
      inner.push(rowXml.slice(cell.start, cell.end));
    }
    at = cell.end;
  }
  while (next < changes.length) write(changes[next++], 0);
  let open = rowXml.slice(0, openLength);
  const last = changes.length > 0 ? changes[changes.length - 1].column + 1 : 0;
  open = widenSpans(open, changes.length > 0 ? changes[0].column + 1 : 0, last);
  if (selfClosing) return `${open.replace(/\s*\/>$/, ">")}${inner.join("")}</${q("row")}>`;
  return `${open}${inner.join("")}${rowXml.slice(at)}`;
}

/**
 * The edits that write `changes` (sorted by column) into a plain row: each planned cell replaced, or inserted before
 * the first cell to its right, and the row's spans widened. The cells are found by searching back from the row's
 * end for their tags, not by tokenising, and only back to the first planned column: output columns sit at the right
 * of a table, so most of a row is never looked at. A row this cannot read so (cells without r, shared formulas,
 * comments, CDATA or instructions among those cells) returns null, for editRow.
 */
function plainRowEdits(xml: string, span: RowSpan, changes: readonly CellChange[], styles: Styles, q: (name: string) => string): Edit[] | null {
  const closeTag = `</${q("row")}>`;
  const rowClose = span.end - closeTag.length;
  if (changes.length === 0 || !xml.startsWith(closeTag, rowClose)) return null;
  const open = `<${q("c")}`;
  const close = `</${q("c")}>`;
  // The row's cells from its end back to the first at or left of the first planned column, last first.
  const cells: RowCell[] = [];
  let before = rowClose;
  while (cells.length === 0 || cells[cells.length - 1].column > changes[0].column) {
    const found = previousCell(xml, span.openEnd, before, open, close);
    if (found === undefined) return null;
    if (found === null) break;
    cells.push(found);
    before = found.start;
  }
  const scannedFrom = cells.length > 0 ? cells[cells.length - 1].start : rowClose;
  const scanned = xml.slice(scannedFrom, rowClose);
  if (scanned.includes("shared") || scanned.includes("<!") || scanned.includes("<?")) return null;
  const edits: Edit[] = [];
  let next = 0;
  for (let i = cells.length - 1; i >= 0; i--) {
    const cell = cells[i];
    // Planned cells left of this one go in before it; a planned cell at its column replaces it.
    while (next < changes.length && changes[next].column < cell.column) edits.push({ start: cell.start, end: cell.start, insert: cellXml(q, changes[next++], 0, styles) });
    if (next < changes.length && changes[next].column === cell.column) edits.push({ start: cell.start, end: cell.end, insert: cellXml(q, changes[next++], cell.style, styles) });
  }
  while (next < changes.length) edits.push({ start: rowClose, end: rowClose, insert: cellXml(q, changes[next++], 0, styles) });
  const rowOpen = xml.slice(span.start, span.openEnd);
  const widened = widenSpans(rowOpen, changes[0].column + 1, changes[changes.length - 1].column + 1);
  if (widened !== rowOpen) edits.push({ start: span.start, end: span.openEnd, insert: widened });
  return edits;
}

function cellXml(q: (name: string) => string, change: CellChange, baseStyle: number, styles: Styles): string {
  const ref = cellAddress(change.row, change.column);
  // Text that looks like a formula also gets the text format, so Excel never re-reads it as one when edited.
  const format = change.kind === "value" && looksLikeFormula(change.value) ? "@" : change.numberFormat;
  const style = format ? styles.styleWithNumberFormat(baseStyle, format) : baseStyle;
  const s = style ? ` s="${style}"` : "";
  if (change.kind === "formula") return `<${q("c")} r="${ref}"${s}><${q("f")}>${escapeXml(formulaForFile(change.formula.replace(/^=/, "")))}</${q("f")}></${q("c")}>`;
  const value = change.value;
  if (value === null || value === "") return `<${q("c")} r="${ref}"${s}/>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<${q("c")} r="${ref}"${s}><${q("v")}>${value}</${q("v")}></${q("c")}>` : `<${q("c")} r="${ref}"${s} t="e"><${q("v")}>#NUM!</${q("v")}></${q("c")}>`;
  if (typeof value === "boolean") return `<${q("c")} r="${ref}"${s} t="b"><${q("v")}>${value ? 1 : 0}</${q("v")}></${q("c")}>`;
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : "";
  return `<${q("c")} r="${ref}"${s} t="inlineStr"><${q("is")}><${q("t")}${space}>${escapeXml(value)}</${q("t")}></${q("is")}></${q("c")}>`;
}

function insertRows(sheet: ParsedSheet, newRows: { row: number; xml: string }[], edits: Edit[], q: (name: string) => string): void {
  newRows.sort((a, b) => a.row - b.row);
  const existing = [...sheet.rows.keys()].sort((a, b) => a - b);
  const grouped = new Map<number, string[]>();
  let e = 0;
  for (const added of newRows) {
    while (e < existing.length && existing[e] < added.row) e++;
    const at = (e < existing.length ? sheet.rows.get(existing[e])?.start : undefined) ?? sheet.sheetData.closeAt;
    const list = grouped.get(at);
    if (list) list.push(added.xml);
    else grouped.set(at, [added.xml]);
  }
  if (sheet.sheetData.selfClosing) {
    const all = [...grouped.values()].flat().join("");
    edits.push({ start: sheet.sheetData.start, end: sheet.sheetData.openEnd, insert: `<${q("sheetData")}>${all}</${q("sheetData")}>` });
    return;
  }
  if (sheet.sheetData.start < 0) throw new Error("the sheet has no <sheetData> to write into");
  for (const [at, rows] of grouped) edits.push({ start: at, end: at, insert: rows.join("") });
}

function conditionalFormattingXml(q: (name: string) => string, fill: TextFillRule, dxf: number, priority: number): string {
  const { range } = fill;
  const topLeft = cellAddress(range.top, range.left);
  const sqref = range.top === range.bottom && range.left === range.right ? topLeft : `${topLeft}:${cellAddress(range.bottom, range.right)}`;
  const quoted = fill.text.replace(/"/g, '""');
  const formula = `LEFT(${topLeft},LEN("${quoted}"))="${quoted}"`;
  return `<${q("conditionalFormatting")} sqref="${sqref}"><${q("cfRule")} type="beginsWith" dxfId="${dxf}" priority="${priority}" operator="beginsWith" text="${escapeXml(fill.text)}"><${q("formula")}>${escapeXml(formula)}</${q("formula")}></${q("cfRule")}></${q("conditionalFormatting")}>`;
}

/** A row's spans="1:13" hint, widened to take new cells (Excel ignores it when absent). */
function widenSpans(open: string, first: number, last: number): string {
  const match = /\sspans="(\d+):(\d+)"/.exec(open);
  if (!match || first === 0) return open;
  const low = Math.min(Number(match[1]), first);
  const high = Math.max(Number(match[2]), last);
  return open.replace(match[0], ` spans="${low}:${high}"`);
}
