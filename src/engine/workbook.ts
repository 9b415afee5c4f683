/**
 * The small interface both hosts implement: Office.js inside Excel, ExcelJS for .xlsx files (CLI, preview, tests).
 * Data flows one way: read sheets → plan (pure engine) → apply the plan in one batch.
 */

/** A cell as the engine sees it. Error cells arrive as their text ("#N/A"), as Office.js reports them. */
export type CellValue = string | number | boolean | null;

export interface SheetData {
  readonly name: string;
  /** Zero-based row and column of values[0][0] in the sheet (the used range need not start at A1). */
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly CellValue[])[];
  /** Excel number formats, same shape as values ("General", "0.0%", "#,##0"). */
  readonly numberFormats: readonly (readonly string[])[];
}

interface ChangeTarget {
  readonly sheet: string;
  /** Zero-based row and column in the sheet. */
  readonly row: number;
  readonly column: number;
}

/** Writes a value. Text is always written as text: "=HYPERLINK(…)" from a cell never becomes a formula. */
export interface ValueChange extends ChangeTarget {
  readonly kind: "value";
  readonly value: CellValue;
  readonly numberFormat?: string;
}

/** Writes a live formula the planner built itself (never text taken from a cell). */
export interface FormulaChange extends ChangeTarget {
  readonly kind: "formula";
  readonly formula: string;
  readonly numberFormat?: string;
}

export type CellChange = ValueChange | FormulaChange;

export interface Plan {
  readonly changes: readonly CellChange[];
}

export interface ApplySummary {
  readonly cellsWritten: number;
}

export interface WorkbookAdapter {
  /** "excel" inside Office; "xlsx" for a file read with ExcelJS. */
  readonly host: "excel" | "xlsx";
  sheetNames(): Promise<string[]>;
  readSheet(name: string): Promise<SheetData>;
  /** Applies every change or none: adapters validate the whole plan before writing anything. */
  apply(plan: Plan): Promise<ApplySummary>;
}
