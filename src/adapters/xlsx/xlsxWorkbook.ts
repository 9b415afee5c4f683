/**
 * The .xlsx host, over ExcelJS: used by the CLI, the browser preview and the tests. ExcelJS is imported by type
 * only, so the pane bundle stays small; callers load it lazily and pass the workbook in.
 */
import type { Cell, CellValue as ExcelJsValue, ConditionalFormattingOptions, Workbook, Worksheet } from "exceljs";
import { cellAddress, parseRange } from "../../engine/address";
import { serialOfDate } from "../../engine/serial";
import { checkPlan, looksLikeFormula, protectedSheetMessage, sheetsWritten } from "../../engine/plan";
import { SETTINGS_SHEET, type ApplySummary, type CellRange, type CellValue, type Plan, type SheetData, type TextFillRule, type WorkbookAdapter, type WorkbookContext } from "../../engine/workbook";
import { settingsChunks } from "../settingsChunks";


type WithConditionalFormats = Worksheet & { conditionalFormattings?: ConditionalFormattingOptions[] };

export class XlsxWorkbook implements WorkbookAdapter {
  readonly host = "xlsx" as const;
  private active: string | null = null;
  private selection: CellRange | null = null;
  private readonly selectionListeners = new Set<(sheet: string, row: number, column: number) => void>();

  /** Tells the listener when a cell is selected (the preview moves its highlight there); returns the unsubscribe. */
  onSelection(listener: (sheet: string, row: number, column: number) => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  constructor(readonly workbook: Workbook) {}

  private sheet(name: string): Worksheet {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new Error(`there is no sheet called "${name}".`);
    return sheet;
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.filter((s) => s.name !== SETTINGS_SHEET).map((s) => s.name);
  }

  async activeSheet(): Promise<string> {
    const names = await this.sheetNames();
    if (this.active && names.includes(this.active)) return this.active;
    const tab = this.workbook.views?.[0]?.activeTab ?? 0;
    const name = this.workbook.worksheets[tab]?.name;
    return name && names.includes(name) ? name : (names[0] ?? "");
  }

  /** The preview's sheet tabs set the active sheet, as clicking a tab in Excel does. */
  setActiveSheet(name: string): void {
    this.active = name;
  }

  async readSheets(names: readonly string[]): Promise<SheetData[]> {
    return Promise.all(names.map((name) => this.readSheet(name)));
  }

  async readSheet(name: string): Promise<SheetData> {
    const sheet = this.sheet(name);
    const rowCount = sheet.rowCount;
    const columnCount = sheet.columnCount;
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    const formulas: (string | null)[][] = [];
    for (let r = 1; r <= rowCount; r++) {
      const row = sheet.getRow(r);
      const rowValues: CellValue[] = [];
      const rowFormats: string[] = [];
      const rowFormulas: (string | null)[] = [];
      for (let c = 1; c <= columnCount; c++) {
        const cell = row.getCell(c);
        rowValues.push(toCellValue(cell.value));
        rowFormats.push(cell.numFmt || "General");
        rowFormulas.push(cell.formula ? `=${cell.formula}` : null);
      }
      values.push(rowValues);
      numberFormats.push(rowFormats);
      formulas.push(rowFormulas);
    }
    return { name, top: 0, left: 0, values, numberFormats, formulas, textFills: readTextFills(sheet as WithConditionalFormats) };
  }

  async readContext(): Promise<WorkbookContext> {
    return { settings: this.readSettings(), activeSheet: await this.activeSheet(), sheetNames: await this.sheetNames() };
  }

  private readSettings(): string | null {
    const sheet = this.workbook.getWorksheet(SETTINGS_SHEET);
    if (!sheet) return null;
    const parts: string[] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const value = sheet.getRow(r).getCell(1).value;
      if (typeof value === "string") parts.push(value);
    }
    return parts.join("") || null;
  }

  async apply(plan: Plan): Promise<ApplySummary> {
    const checked = checkPlan(plan, await this.sheetNames());
    if (!checked.ok) throw new Error(checked.error.message);
    // Excel refuses writes to a protected sheet; ExcelJS would not, so refuse here too, before anything changes.
    const locked = sheetsWritten(plan).find((name) => (this.workbook.getWorksheet(name) as (Worksheet & { sheetProtection?: { sheet?: boolean } | null }) | undefined)?.sheetProtection?.sheet);
    if (locked) throw new Error(protectedSheetMessage(locked));
    for (const name of plan.createSheets ?? []) this.workbook.addWorksheet(name);
    for (const change of plan.changes) {
      const cell: Cell = this.sheet(change.sheet).getCell(change.row + 1, change.column + 1);
      // ExcelJS writes strings as strings, never formulas; the text format keeps Excel from re-reading them.
      const format = change.kind === "value" && looksLikeFormula(change.value) ? "@" : change.numberFormat;
      if (format) cell.numFmt = format;
      cell.value = change.kind === "formula" ? { formula: change.formula.slice(1) } : change.value;
    }
    for (const fill of plan.fills ?? []) addTextFill(this.sheet(fill.range.sheet), fill);
    if (plan.settings !== undefined) this.writeSettings(plan.settings);
    return { cellsWritten: plan.changes.length };
  }

  async select(sheet: string, row: number, column: number): Promise<void> {
    this.active = sheet;
    this.selection = { sheet, top: row, left: column, bottom: row, right: column };
    this.selectionListeners.forEach((listener) => listener(sheet, row, column));
  }

  /** The preview grid's selection (a click, or a shift-click to extend it), as Excel's would be. */
  selectRange(range: CellRange): void {
    this.active = range.sheet;
    this.selection = range;
  }

  async readSelection(): Promise<CellRange | null> {
    return this.selection;
  }

  private writeSettings(json: string): void {
    const sheet = this.workbook.getWorksheet(SETTINGS_SHEET) ?? this.workbook.addWorksheet(SETTINGS_SHEET);
    sheet.state = "veryHidden";
    for (let r = sheet.rowCount; r >= 1; r--) sheet.getRow(r).getCell(1).value = null;
    settingsChunks(json).forEach((chunk, i) => {
      const cell = sheet.getRow(i + 1).getCell(1);
      cell.numFmt = "@";
      cell.value = chunk;
    });
  }
}

function rangeRef(fill: TextFillRule): string {
  return `${cellAddress(fill.range.top, fill.range.left)}:${cellAddress(fill.range.bottom, fill.range.right)}`;
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const hex = (color: string | undefined) => (color && color.length === 8 ? `#${color.slice(2)}` : null);

function addTextFill(sheet: Worksheet, fill: TextFillRule): void {
  sheet.addConditionalFormatting({
    ref: rangeRef(fill),
    rules: [
      {
        type: "containsText",
        operator: "containsText",
        text: fill.text,
        priority: 1,
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(fill.fill) } },
          font: { color: { argb: argb(fill.fontColor) } },
        },
      },
    ],
  });
}

/** Text-based conditional fills, so the preview can colour cells as Excel would. */
function readTextFills(sheet: WithConditionalFormats): TextFillRule[] {
  const rules: TextFillRule[] = [];
  for (const cf of sheet.conditionalFormattings ?? []) {
    const range = parseRange(cf.ref, sheet.name);
    if (!range) continue;
    for (const rule of cf.rules) {
      if (rule.type !== "containsText" || !rule.text) continue;
      const fill = rule.style?.fill;
      const background = fill && "bgColor" in fill ? hex(fill.bgColor?.argb) : null;
      if (!background) continue;
      rules.push({
        range,
        text: rule.text,
        fill: background,
        fontColor: hex(rule.style?.font?.color?.argb) ?? "#000000",
      });
    }
  }
  return rules;
}

/** ExcelJS values to the engine's: dates to serials, formulas to their cached result, rich text to plain text. */
export function toCellValue(value: ExcelJsValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialOfDate(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    const result = "result" in value ? value.result : undefined;
    return result === undefined ? null : toCellValue(result as ExcelJsValue);
  }
  if ("text" in value) return String(value.text);
  return null;
}
