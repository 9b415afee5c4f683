/**
 * The bundled sample workbook through the package reader, and helpers that stand for an analyst's edits between
 * refreshes (typed into the package the same way a plan is written) and for reading cells back.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { cellAddress, parseRange, MAX_COLUMNS, MAX_ROWS } from "../../src/engine/sheet/address";
import type { CellValue } from "../../src/engine/sheet/workbook";

export const SAMPLE = path.resolve(__dirname, "../../assets/samples/scorecard-q3-2021-22.xlsx");

/** The sample (or another file); `edit` changes it with ExcelJS first, as a workbook built elsewhere would be. */
export async function openSample(file = SAMPLE, edit?: (workbook: ExcelJS.Workbook) => void | Promise<void>): Promise<XlsxWorkbook> {
  if (!edit) return XlsxWorkbook.open(readFileSync(file));
  // ExcelJS is loaded only for tests that build a workbook with it: it costs half a second to load.
  const { default: excelJs } = await import("exceljs");
  const workbook = new excelJs.Workbook();
  await workbook.xlsx.readFile(file);
  await edit(workbook);
  return XlsxWorkbook.open(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** An ExcelJS workbook as the package reader opens it. */
export async function openExcelJs(workbook: ExcelJS.Workbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** Types values into cells ("Scorecard!K8" → 560), as an analyst does between refreshes. */
export async function typeInto(book: XlsxWorkbook, cells: Record<string, CellValue>): Promise<void> {
  const changes = Object.entries(cells).map(([address, value]) => {
    const range = parseRange(address, "");
    if (!range) throw new Error(`not a cell address: ${address}`);
    return { kind: "value" as const, sheet: range.sheet, row: range.top, column: range.left, value };
  });
  const sheets = [...new Set(changes.map((c) => c.sheet))];
  await book.apply({ changes, allowed: sheets.map((sheet) => ({ sheet, top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 })) });
}

/** A cell's value, formula ("=…" or null) and number format. */
export async function cellAt(book: XlsxWorkbook, address: string): Promise<{ value: CellValue; formula: string | null; numberFormat: string }> {
  const range = parseRange(address, "");
  if (!range) throw new Error(`not a cell address: ${address}`);
  const sheet = await book.readSheet(range.sheet);
  return {
    value: sheet.values[range.top]?.[range.left] ?? null,
    formula: sheet.formulas?.[range.top]?.[range.left] ?? null,
    numberFormat: sheet.numberFormats[range.top]?.[range.left] ?? "General",
  };
}

/** Every non-empty cell's value, formula and number format on every sheet, for before/after comparisons. */
export async function snapshotCells(book: XlsxWorkbook): Promise<Map<string, string>> {
  const cells = new Map<string, string>();
  const names = [...(await book.sheetNames()), ...(book.sheetState("ScorecardSettings") ? ["ScorecardSettings"] : [])];
  for (const name of names) {
    const sheet = await book.readSheet(name);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = sheet.formulas?.[r]?.[c] ?? null;
        if (value === null && formula === null) return;
        cells.set(`${name}!${cellAddress(r, c)}`, JSON.stringify({ value, formula, format: sheet.numberFormats[r]?.[c] }));
      }),
    );
  }
  return cells;
}

export function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
}
