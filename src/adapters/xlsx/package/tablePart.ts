/**
 * A worksheet's Excel tables (ListObjects, xl/tables/tableN.xml): read for their header and totals rows and their
 * columns' names, and extended, in place, when a refresh writes a new output column just beside one, so the table
 * takes in the column as Excel would (its ref, its autofilter's ref, and one more tableColumn).
 */
import { cellAddress, parseRange } from "../../../engine/sheet/address";
import type { SheetTable } from "../../../engine/sheet/table";
import type { CellChange, CellValue } from "../../../engine/sheet/workbook";
import { planRefused } from "../../../engine/sheet/workbookErrors";
import { readRelationships } from "./relationships";
import { escapeXml, qualify, scanXml, splice, type Edit } from "./xml";
import type { ZipPackage } from "./zipPackage";

/** A table as its part states it, with where its XML says so: what an extension edits. */
export interface TablePart extends SheetTable {
  readonly part: string;
  readonly xml: string;
  readonly prefix: string;
  /** The <table> start tag's ref attribute value's position, and the autoFilter's, when there is one. */
  readonly refAt: { readonly start: number; readonly end: number };
  readonly autoFilterRefAt: { readonly start: number; readonly end: number } | null;
  /** <tableColumns>' count attribute value's position, and where its end tag starts. */
  readonly countAt: { readonly start: number; readonly end: number } | null;
  readonly columnsClose: number;
  readonly maxColumnId: number;
}

/** Where an attribute's value sits inside a start tag (the text from `start` to `openEnd`). */
function attributeAt(xml: string, start: number, openEnd: number, name: string): { start: number; end: number } | null {
  const tag = xml.slice(start, openEnd);
  const match = new RegExp(`\\s${name}\\s*=\\s*(["'])([^"']*)\\1`).exec(tag);
  if (!match) return null;
  const valueStart = start + match.index + match[0].length - 1 - match[2].length;
  return { start: valueStart, end: valueStart + match[2].length };
}

/** Reads one table part; null when it is not one this reader understands (then it is left alone). */
export function readTablePart(part: string, xml: string, sheetName: string): TablePart | null {
  let table: { ref: string; headerRows: number; totalsRows: number; name: string; refAt: { start: number; end: number } | null; prefix: string } | null = null;
  let autoFilterRefAt: { start: number; end: number } | null = null;
  let countAt: { start: number; end: number } | null = null;
  let columnsClose = -1;
  let maxColumnId = 0;
  const columns: string[] = [];
  scanXml(xml, {
    open(tag) {
      if (tag.depth === 0 && tag.name === "table") {
        const a = tag.attributes;
        table = {
          ref: a.ref ?? "",
          // Excel's defaults: one header row, no totals row (totalsRowShown alone says a totals row was once shown).
          headerRows: a.headerRowCount === undefined ? 1 : Number(a.headerRowCount),
          totalsRows: a.totalsRowCount === undefined ? 0 : Number(a.totalsRowCount),
          name: a.displayName ?? a.name ?? "",
          refAt: attributeAt(xml, tag.start, tag.openEnd, "ref"),
          prefix: tag.prefix,
        };
      } else if (tag.depth === 1 && tag.name === "autoFilter") autoFilterRefAt = attributeAt(xml, tag.start, tag.openEnd, "ref");
      else if (tag.depth === 1 && tag.name === "tableColumns") countAt = attributeAt(xml, tag.start, tag.openEnd, "count");
      else if (tag.depth === 2 && tag.name === "tableColumn") {
        columns.push(tag.attributes.name ?? "");
        maxColumnId = Math.max(maxColumnId, Number(tag.attributes.id ?? 0) || 0);
      }
    },
    close(tag) {
      if (tag.depth === 1 && tag.name === "tableColumns") columnsClose = tag.start;
    },
  });
  const found = table as { ref: string; headerRows: number; totalsRows: number; name: string; refAt: { start: number; end: number } | null; prefix: string } | null;
  const range = found ? parseRange(found.ref, sheetName) : null;
  if (!found || !range || !found.refAt || !Number.isInteger(found.headerRows) || !Number.isInteger(found.totalsRows)) return null;
  return {
    name: found.name,
    top: range.top,
    left: range.left,
    bottom: range.bottom,
    right: range.right,
    headerRow: found.headerRows > 0 ? range.top : null,
    totalsRow: found.totalsRows > 0 ? range.bottom - found.totalsRows + 1 : null,
    columns,
    part,
    xml,
    prefix: found.prefix,
    refAt: found.refAt,
    autoFilterRefAt,
    countAt,
    columnsClose,
    maxColumnId,
  };
}

/** The tables on a worksheet part, through its relationships. */
export function readSheetTables(pkg: ZipPackage, sheetPart: string, sheetName: string): TablePart[] {
  const tables: TablePart[] = [];
  for (const rel of readRelationships(pkg, sheetPart)) {
    if (rel.type !== "table" || rel.external) continue;
    const xml = pkg.text(rel.target);
    const table = xml === undefined ? null : readTablePart(rel.target, xml, sheetName);
    if (table) tables.push(table);
  }
  return tables;
}

/**
 * The sheet's values with each table's header cells filled from its columns' names where the cell is blank, as
 * Excel shows them. The grid is copied only where a header cell is filled (the rows themselves are shared).
 */
export function withTableHeaders(values: CellValue[][], tables: readonly SheetTable[]): CellValue[][] {
  let filled: CellValue[][] | null = null;
  for (const table of tables) {
    if (table.headerRow === null) continue;
    const row = table.headerRow;
    for (let i = 0; i < table.columns.length && table.left + i <= table.right; i++) {
      const column = table.left + i;
      const current = (filled ?? values)[row]?.[column];
      if ((current !== null && current !== undefined && current !== "") || table.columns[i] === "") continue;
      filled ??= values.slice();
      const copy = [...(filled[row] ?? [])];
      for (let c = 0; c < copy.length; c++) if (copy[c] === undefined) copy[c] = null;
      while (copy.length < column) copy.push(null);
      copy[column] = table.columns[i];
      filled[row] = copy;
    }
  }
  return filled ?? values;
}

const rangeText = (top: number, left: number, bottom: number, right: number) => `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;

/**
 * Extends each table that a plan writes a new column just beside (its header row to its last row, the column after
 * its last): the table's ref and autofilter take the column in, and a tableColumn named as its header cell is
 * added. Returns the parts' new text by name; throws a refusal saying why when a table cannot take the column in.
 * `header` is the header cell's text once the plan is written.
 */
export function extendTables(tables: readonly TablePart[], changes: readonly CellChange[], header: (row: number, column: number) => string): Map<string, string> {
  const edited = new Map<string, string>();
  for (const table of tables) {
    if (table.headerRow === null) continue;
    const names = new Set(table.columns.map((name) => name.toLowerCase()));
    const added: string[] = [];
    let right = table.right;
    for (;;) {
      const column = right + 1;
      if (!changes.some((c) => c.column === column && c.row >= table.top && c.row <= table.bottom)) break;
      const at = `${cellAddress(table.headerRow, column)}`;
      const other = tables.find((t) => t !== table && column >= t.left && column <= t.right && t.top <= table.bottom && t.bottom >= table.top);
      if (other) throw planRefused(`the new column ${at.replace(/\d+$/, "")} is beside the table "${table.name}" and inside the table "${other.name}"; move one of the tables, or choose another output column in the pane.`);
      const name = header(table.headerRow, column).trim();
      if (name === "") throw planRefused(`the new column beside the table "${table.name}" has no header at ${at}, which a table column needs; type one there and refresh.`);
      if (names.has(name.toLowerCase())) throw planRefused(`the table "${table.name}" already has a column called "${name}", so the new column at ${at} cannot join it; rename one of them and refresh.`);
      names.add(name.toLowerCase());
      added.push(name);
      right = column;
    }
    if (added.length === 0) continue;
    edited.set(table.part, extendedXml(table, right, added));
  }
  return edited;
}

function extendedXml(table: TablePart, right: number, added: readonly string[]): string {
  const edits: Edit[] = [{ ...table.refAt, insert: rangeText(table.top, table.left, table.bottom, right) }];
  // The autofilter covers the header and the data, not the totals row.
  const filterBottom = table.totalsRow === null ? table.bottom : table.totalsRow - 1;
  if (table.autoFilterRefAt) edits.push({ ...table.autoFilterRefAt, insert: rangeText(table.top, table.left, filterBottom, right) });
  if (table.countAt) edits.push({ ...table.countAt, insert: String(table.columns.length + added.length) });
  const element = qualify(table.prefix, "tableColumn");
  const columns = added.map((name, i) => `<${element} id="${table.maxColumnId + i + 1}" name="${escapeXml(name)}"/>`).join("");
  if (table.columnsClose < 0) throw planRefused(`the table "${table.name}" lists its columns in a way this refresh cannot extend; choose an output column away from it in the pane.`);
  edits.push({ start: table.columnsClose, end: table.columnsClose, insert: columns });
  return splice(table.xml, edits);
}
