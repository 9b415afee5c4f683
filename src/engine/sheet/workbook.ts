/**
 * The small interface both hosts implement: Office.js inside Excel, the .xlsx package for files (CLI, preview, tests).
 * Data flows one way: read sheets → plan (pure engine) → apply the plan in one batch.
 */

import type { CellValue } from "../core/cellNumber";
import type { SheetTable } from "./table";

export type { CellValue };

export interface SheetData {
  readonly name: string;
  /** Zero-based row and column of values[0][0] in the sheet (the used range need not start at A1). */
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly CellValue[])[];
  /** Excel number formats, same shape as values ("General", "0.0%", "#,##0"). */
  readonly numberFormats: readonly (readonly string[])[];
  /** Formulas ("=SCORECARD.RAG(K6,E6,B6)") where cells hold them, else null; same shape as values. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Conditional fills that colour a cell by its text (for showing the sheet outside Excel). */
  readonly textFills?: readonly TextFillRule[];
  /** Merged ranges. Only a merge's top-left cell holds a value; plans never write inside a merge. */
  readonly merges?: readonly CellRange[];
  /** Excel tables (ListObjects) on the sheet: their totals rows are never measures. */
  readonly tables?: readonly SheetTable[];
}

/** Zero-based, inclusive. */
export interface CellRange {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A conditional format: cells in the range whose text begins with `text` get the fill, so colours follow edits.
 * "Begins with" is the one rule: Office.js writes it as a BeginsWith text comparison, the .xlsx editor as a
 * beginsWith cfRule, and the preview draws it with fillApplies.
 */
export interface TextFillRule {
  readonly range: CellRange;
  readonly text: string;
  /** "#C6EFCE" */
  readonly fill: string;
  readonly fontColor: string;
}

/** Whether two colours are one: "#C6EFCE", "c6efce" and the ARGB "FFC6EFCE" a package stores all are. */
export function sameColour(a: string | null | undefined, b: string): boolean {
  const rgb = (colour: string) => colour.replace(/^#/, "").toUpperCase().slice(-6);
  return rgb(a ?? "") === rgb(b);
}

/** Whether a fill rule colours the cell at (row, column) showing `text`. */
export function fillApplies(rule: TextFillRule, row: number, column: number, text: string): boolean {
  const { range } = rule;
  return row >= range.top && row <= range.bottom && column >= range.left && column <= range.right && text.startsWith(rule.text);
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
  /** The only cells this plan may touch; an adapter refuses a change or format outside them. */
  readonly allowed: readonly CellRange[];
  readonly fills?: readonly TextFillRule[];
  /** Fills to take away (an undo of the apply that added them): each matched by its range, text and colours. */
  readonly removeFills?: readonly TextFillRule[];
  /** The add-in's settings to store in the workbook (JSON), when they changed. */
  readonly settings?: string;
  /** New visible sheets to add before writing (e.g. "Timeline baselines"); an existing one is refused. */
  readonly createSheets?: readonly string[];
  /**
   * The header each output column must have when the plan is written (a scorecard's "RAG"): a plan that has them
   * writes only below a guard of its column, and only while that header is there (checkPlan).
   */
  readonly headers?: readonly HeaderGuard[];
  /** How sheets this plan creates print and wrap (a report sheet); only for sheets in createSheets. */
  readonly layouts?: readonly SheetLayout[];
  /** Sheets to remove, after writing: the undo of a plan that created them. */
  readonly deleteSheets?: readonly string[];
}

/** An output column's header cell and the text it must hold (or be blank and written with, by the same plan). */
export interface HeaderGuard {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly header: string;
}

/**
 * A new sheet laid out to print: A4, landscape or portrait, fitted to some pages wide (any number tall), rows
 * repeated at the top of each page, a header and footer of plain text, column widths and wrapped text.
 */
export interface SheetLayout {
  readonly sheet: string;
  readonly landscape: boolean;
  readonly fitToPagesWide: number;
  /** Zero-based, inclusive: the rows printed at the top of every page. */
  readonly printTitleRows: { readonly top: number; readonly bottom: number } | null;
  /** Plain text (no Excel header codes: an "&" is printed as "&"). */
  readonly header: string;
  readonly footer: string;
  /** Widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Every cell the plan writes on the sheet wraps its text, aligned to the top. */
  readonly wrapText: boolean;
}

/** Whether the host can do something (set page layout, save a download); when not, why, for the pane to say. */
export type HostSupport = { readonly supported: true } | { readonly supported: false; readonly reason: string };

/** Whether the host can set a sheet's page layout (Office: ExcelApi 1.9). */
export type PageLayoutSupport = HostSupport;

export interface ApplySummary {
  readonly cellsWritten: number;
}

/** The very hidden sheet that holds the add-in's settings, so a colleague can refresh next quarter. */
export const SETTINGS_SHEET = "ScorecardSettings";

/** The add-in's functions' namespace, as the manifest declares it: `SCORECARD.RAG(…)`. */
export const FUNCTION_NAMESPACE = "SCORECARD";

export interface WorkbookContext {
  readonly settings: string | null;
  readonly activeSheet: string;
  readonly sheetNames: readonly string[];
}

export interface SheetSize {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
}

export interface WorkbookAdapter {
  /** "excel" inside Office; "xlsx" for a file read with ExcelJS. */
  readonly host: "excel" | "xlsx";
  /** The sheets an analyst works on (the settings sheet is not among them). */
  sheetNames(): Promise<string[]>;
  activeSheet(): Promise<string>;
  readSheet(name: string): Promise<SheetData>;
  /** Several sheets in one round trip. */
  readSheets(names: readonly string[]): Promise<SheetData[]>;
  /**
   * Each sheet's first `rows` rows (from the top of its used range), to find tables without reading whole sheets;
   * where an adapter has no such read, the refresh reads the sheets whole.
   */
  readSheetHeads?(names: readonly string[], rows: number): Promise<SheetData[]>;
  /** How big each sheet's used range is, without reading its cells: one round trip for them all. */
  sheetSizes(): Promise<SheetSize[]>;
  /** The stored settings JSON (null when there are none), the active sheet and the sheet names, in one round trip. */
  readContext(): Promise<WorkbookContext>;
  /** Applies every change or none: adapters validate the whole plan before writing anything. */
  apply(plan: Plan): Promise<ApplySummary>;
  /** Selects a cell (zero-based), so the analyst lands on the row a finding is about. */
  select(sheet: string, row: number, column: number): Promise<void>;
  /** The cells the analyst has selected, for "use selection" in the pane. */
  readSelection(): Promise<CellRange | null>;
  /**
   * Copies a sheet whole (cells, formats, merges, colour rules) as a new visible sheet called `name`, placed after
   * every other sheet: "Start next financial year". Refused (a WorkbookError) when `name` is taken or invalid.
   */
  copySheet(source: string, name: string): Promise<void>;
  /** Deletes a sheet the add-in added in this session: the undo of "Start next financial year". */
  removeSheet(name: string): Promise<void>;
  /** Whether `layouts` in a plan are applied in full; without it the cells are written and the page setup is not. */
  pageLayoutSupport(): Promise<PageLayoutSupport>;
}
