/**
 * The Office.js host: the only module that calls Excel.run and context.sync. Reads cost one sync; a plan is
 * queued whole and written in one sync, however many cells it changes.
 */
import { checkPlan, looksLikeFormula } from "../../engine/plan";
import type { ApplySummary, CellValue, Plan, SheetData, WorkbookAdapter } from "../../engine/workbook";

type ExcelRun = typeof Excel.run;

export class OfficeWorkbook implements WorkbookAdapter {
  readonly host = "excel" as const;

  /** `run` is Excel.run; injected so tests can pass office-addin-mock's context. */
  constructor(private readonly run: ExcelRun = Excel.run) {}

  sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  readSheet(name: string): Promise<SheetData> {
    return this.run(async (context) => {
      const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load(["values", "numberFormat", "rowIndex", "columnIndex"]);
      await context.sync();
      if (used.isNullObject) return { name, top: 0, left: 0, values: [], numberFormats: [] };
      return {
        name,
        top: used.rowIndex,
        left: used.columnIndex,
        values: used.values.map((row) => row.map(toCellValue)),
        numberFormats: used.numberFormat.map((row) => row.map((format) => String(format))),
      };
    });
  }

  async apply(plan: Plan): Promise<ApplySummary> {
    const sheets = await this.sheetNames();
    const checked = checkPlan(plan, sheets);
    if (!checked.ok) throw new Error(checked.error.message);
    return this.run(async (context) => {
      for (const change of plan.changes) {
        const cell = context.workbook.worksheets.getItem(change.sheet).getCell(change.row, change.column);
        if (change.kind === "formula") {
          if (change.numberFormat) cell.numberFormat = [[change.numberFormat]];
          cell.formulas = [[change.formula]];
        } else {
          // Office.js reads "=…", "+…", "-…" in `values` as a formula; the text format keeps it text.
          const format = looksLikeFormula(change.value) ? "@" : change.numberFormat;
          if (format) cell.numberFormat = [[format]];
          cell.values = [[change.value === null ? "" : change.value]];
        }
      }
      await context.sync();
      return { cellsWritten: plan.changes.length };
    });
  }
}

function toCellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}
