/**
 * Reading sheets through Office.js, inside one Excel.run: the used ranges' positions and sizes (one sync), then
 * their cells in blocks of rows sized so each response stays inside Office's 5 MB limit (readPlan.ts), with merged
 * areas and Excel tables carried by the first block.
 */
import { parseRange } from "../../engine/sheet/address";
import type { CellRange, CellValue, SheetData } from "../../engine/sheet/workbook";
import type { SheetTable } from "../../engine/sheet/table";
import { readFailed } from "../../engine/sheet/workbookErrors";
import { datesToEngine, type DateSystem } from "../../engine/dates/dateSystem";
import { readPlan, type SheetExtent } from "./readPlan";

/** Queues the workbook's date-system question on a request; the answer is called for after its sync. */
export type AskDateSystem = (context: Excel.RequestContext) => () => DateSystem;

/** Office on the web refuses a request or response over 5 MB; plan to 4 MB, leaving room for JSON overhead. */
const RESPONSE_BUDGET_BYTES = 4 * 1024 * 1024;

type MutableSheet = { name: string; top: number; left: number; values: CellValue[][]; numberFormats: string[][]; formulas: (string | null)[][]; merges: CellRange[]; tables?: SheetTable[] };

/** An Excel table as the engine sees it: its totals row is never a measure. Its header cells show its columns' names. */
function sheetTable(sheet: MutableSheet, table: Excel.Table, range: Excel.Range): SheetTable {
  const top = range.rowIndex;
  const left = range.columnIndex;
  const bottom = top + range.rowCount - 1;
  const right = left + range.columnCount - 1;
  const headerRow = table.showHeaders ? top : null;
  const header = headerRow === null ? [] : (sheet.values[headerRow - sheet.top] ?? []);
  const columns: string[] = [];
  for (let c = left; c <= right; c++) columns.push(String(header[c - sheet.left] ?? ""));
  return { name: table.name, top, left, bottom, right, headerRow, totalsRow: table.showTotals ? bottom : null, columns };
}

/** Whether this Excel can report merged areas (ExcelApi 1.13); outside Office, no. */
export function supportsMergedAreas(): boolean {
  return typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported("ExcelApi", "1.13"));
}

function appendBlock(sheet: MutableSheet, range: Excel.Range): void {
  const { values, numberFormat, formulas } = range;
  for (let r = 0; r < values.length; r++) {
    sheet.values.push(values[r].map(toCellValue));
    sheet.numberFormats.push(numberFormat[r].map((format) => String(format)));
    sheet.formulas.push(formulas[r].map((f) => (typeof f === "string" && f.startsWith("=") ? f : null)));
  }
}

function toCellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** The sheets' used ranges (at most `maxRows` rows each), with their tables and, `withMerges`, their merged areas. */
export async function readSheetsIn(context: Excel.RequestContext, names: readonly string[], withMerges: boolean, maxRows: number, askDateSystem: AskDateSystem): Promise<SheetData[]> {
  const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  const used = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load(["rowIndex", "columnIndex", "rowCount", "columnCount"]));
  // Excel tables travel with the used ranges, and their ranges with the first block of cells.
  const tableLists = sheets.map((sheet) => sheet.tables.load("items/name,items/showHeaders,items/showTotals"));
  const dateSystem = askDateSystem(context);
  await context.sync();
  const system = dateSystem();
  const missing = sheets.findIndex((sheet) => sheet.isNullObject);
  if (missing >= 0) throw readFailed(`there is no sheet called "${names[missing]}".`);
  const extents: SheetExtent[] = used.map((range, i) =>
    range.isNullObject
      ? { name: names[i], top: 0, left: 0, rows: 0, columns: 0 }
      : { name: names[i], top: range.rowIndex, left: range.columnIndex, rows: Math.min(range.rowCount, maxRows), columns: range.columnCount },
  );
  const data = extents.map((extent): MutableSheet => ({ name: extent.name, top: extent.top, left: extent.left, values: [], numberFormats: [], formulas: [], merges: [] }));
  // Merged areas travel with the first block of cells: no round trip of their own.
  const merged = withMerges ? sheets.map((sheet) => sheet.getRange().getMergedAreasOrNullObject().load("address")) : [];
  const tableRanges = sheets.map((sheet, i) => tableLists[i].items.map((table) => ({ table, range: sheet.tables.getItem(table.name).getRange().load(["rowIndex", "columnIndex", "rowCount", "columnCount"]) })));
  if ((merged.length > 0 || tableRanges.some((list) => list.length > 0)) && extents.every((extent) => extent.rows === 0)) await context.sync();
  for (const batch of readPlan(extents, RESPONSE_BUDGET_BYTES)) {
    const loaded = batch.map((block) => {
      const extent = extents[block.sheet];
      const range = sheets[block.sheet].getRangeByIndexes(extent.top + block.firstRow, extent.left, block.rows, extent.columns);
      return { block, range: range.load(["values", "numberFormat", "formulas"]) };
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB block: Office refuses more
    await context.sync();
    for (const { block, range } of loaded) appendBlock(data[block.sheet], range);
  }
  tableRanges.forEach((list, i) => {
    if (list.length > 0) data[i].tables = list.map(({ table, range }) => sheetTable(data[i], table, range));
  });
  merged.forEach((areas, i) => {
    if (areas.isNullObject) return;
    for (const part of areas.address.split(",")) {
      const range = parseRange(part.trim(), names[i]);
      if (range) data[i].merges.push(range);
    }
  });
  // Dates arrive as the workbook counts them; the engine counts from 1900.
  return data.map((sheet) => ({ ...sheet, values: datesToEngine(sheet.values, sheet.numberFormats, system) }));
}
