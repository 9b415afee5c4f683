/**
 * The .xlsx host, over ExcelJS: used by the CLI, the browser preview and the tests. ExcelJS is imported by type
 * only, so the pane bundle stays small; callers load it lazily and pass the workbook in.
 */
import type { Cell, CellValue as ExcelJsValue, Workbook, Worksheet } from "exceljs";
import { checkPlan, looksLikeFormula } from "../../engine/plan";
import type { ApplySummary, CellValue, Plan, SheetData, WorkbookAdapter } from "../../engine/workbook";

/** Excel's 1900 date system: serial 25569 is 1 January 1970. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

export class XlsxWorkbook implements WorkbookAdapter {
  readonly host = "xlsx" as const;

  constructor(readonly workbook: Workbook) {}

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((sheet) => sheet.name);
  }

  private sheet(name: string): Worksheet {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new Error(`There is no sheet called "${name}".`);
    return sheet;
  }

  async readSheet(name: string): Promise<SheetData> {
    const sheet = this.sheet(name);
    const rowCount = sheet.rowCount;
    const columnCount = sheet.columnCount;
    if (rowCount === 0 || columnCount === 0) return { name, top: 0, left: 0, values: [], numberFormats: [] };
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    for (let r = 1; r <= rowCount; r++) {
      const row = sheet.getRow(r);
      const rowValues: CellValue[] = [];
      const rowFormats: string[] = [];
      for (let c = 1; c <= columnCount; c++) {
        const cell = row.getCell(c);
        rowValues.push(toCellValue(cell.value));
        rowFormats.push(cell.numFmt || "General");
      }
      values.push(rowValues);
      numberFormats.push(rowFormats);
    }
    return { name, top: 0, left: 0, values, numberFormats };
  }

  async apply(plan: Plan): Promise<ApplySummary> {
    const checked = checkPlan(plan, await this.sheetNames());
    if (!checked.ok) throw new Error(checked.error.message);
    for (const change of plan.changes) {
      const cell: Cell = this.sheet(change.sheet).getCell(change.row + 1, change.column + 1);
      // ExcelJS writes strings as strings, never formulas; the text format keeps Excel from re-reading them.
      const format = change.kind === "value" && looksLikeFormula(change.value) ? "@" : change.numberFormat;
      if (format) cell.numFmt = format;
      cell.value = change.kind === "formula" ? { formula: change.formula.slice(1) } : change.value;
    }
    return { cellsWritten: plan.changes.length };
  }
}

/** ExcelJS values to the engine's: dates to serials, formulas to their cached result, rich text to plain text. */
export function toCellValue(value: ExcelJsValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    const result = "result" in value ? value.result : undefined;
    return result === undefined ? null : toCellValue(result as ExcelJsValue);
  }
  if ("text" in value) return String(value.text);
  return null;
}
