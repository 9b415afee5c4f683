import path from "node:path";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";

export const SAMPLE = path.resolve(__dirname, "../../assets/samples/scorecard-q3-2021-22.xlsx");

export async function openSample(file = SAMPLE): Promise<XlsxWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return new XlsxWorkbook(workbook);
}

/** Every cell's value, formula and style on every sheet, for before/after comparisons. */
export function snapshotCells(book: XlsxWorkbook): Map<string, string> {
  const cells = new Map<string, string>();
  book.workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(`${sheet.name}!${cell.address}`, JSON.stringify({ value: cell.value, formula: cell.formula, style: cell.style }));
      }),
    );
  });
  return cells;
}

export function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
}
