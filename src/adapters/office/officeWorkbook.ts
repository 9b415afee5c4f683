/**
 * The Office.js host: the only module that calls Excel.run (sheets are read in officeRead.ts and plans written in
 * officeApply.ts, inside its requests; context.sync is called in this folder only). Reads and writes are batched: a
 * refresh of up to about 5,000 measures is five round trips (settings, sheet sizes, cells, check, write); beyond
 * that, one more for each 4 MB of cells read or written, so no request or response passes Office's 5 MB limit.
 */
import { checkPlan } from "../../engine/sheet/checkPlan";
import { SETTINGS_SHEET, type ApplySummary, type CellRange, type PageLayoutSupport, type Plan, type SheetData, type SheetSize, type WorkbookAdapter, type WorkbookContext } from "../../engine/sheet/workbook";
import { WorkbookError, readFailed } from "../../engine/sheet/workbookErrors";
import { dateSystemOf, type DateSystem } from "../../engine/dates/dateSystem";
import { pageLayoutSupportOf, supportsPageLayout } from "./pageLayout";
import { readSheetsIn, supportsMergedAreas } from "./officeRead";
import { applyPlanIn } from "./officeApply";

type ExcelRun = typeof Excel.run;

export class OfficeWorkbook implements WorkbookAdapter {
  readonly host = "excel" as const;
  /**
   * The workbook's date system, asked once with the first read or write: Workbook.use1904DateSystem is a preview
   * API only, so Excel's DATE(1904, 1, 1) tells instead (ExcelApi 1.2), in the same request, no round trip more.
   */
  private dateSystem: DateSystem | null = null;

  /** Queues the date-system question on `context` when it is not yet known; call the result after the sync. */
  private askDateSystem(context: Excel.RequestContext): () => DateSystem {
    if (this.dateSystem !== null) {
      const known = this.dateSystem;
      return () => known;
    }
    const answer = context.workbook.functions.date(1904, 1, 1).load("value");
    return () => (this.dateSystem = dateSystemOf(answer.value));
  }

  /**
   * `run` is Excel.run, injected so tests can pass a fake. `mergedAreas`: read merged ranges too (ExcelApi 1.13),
   * so plans never write inside one; where the set is missing, Excel's own rule still holds (only a merge's
   * top-left cell has a value) but the plan cannot see the merges.
   */
  constructor(
    private readonly run: ExcelRun = Excel.run,
    private readonly mergedAreas: boolean = supportsMergedAreas(),
    private readonly pageLayout: boolean = supportsPageLayout(),
  ) {}

  async pageLayoutSupport(): Promise<PageLayoutSupport> {
    return pageLayoutSupportOf(this.pageLayout);
  }

  sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name).filter((name) => name !== SETTINGS_SHEET);
    });
  }

  activeSheet(): Promise<string> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return sheet.name;
    });
  }

  async readSheet(name: string): Promise<SheetData> {
    const [sheet] = await this.readSheets([name]);
    return sheet;
  }

  /**
   * Sheets in two steps: the used ranges' positions and sizes (one sync), then their cells in blocks of rows sized
   * so each response stays inside Office's 5 MB limit (readPlan). Up to about 5,000 scorecard rows that is one
   * more sync; beyond, one per block.
   */
  async readSheets(names: readonly string[]): Promise<SheetData[]> {
    if (!this.mergedAreas) return this.readSheetsOnce(names, false);
    try {
      return await this.readSheetsOnce(names, true);
    } catch (withMerges) {
      // Excel refuses getMergedAreas over 512 merged areas. Read again without them: if the failure was anything
      // else, it happens again and is what the caller sees.
      const again = await this.readSheetsOnce(names, false);
      console.warn(`Merged cells could not be read (${withMerges instanceof Error ? withMerges.message : String(withMerges)}); read without them.`);
      return again;
    }
  }

  /** Each sheet's first `rows` rows of its used range, without merges: enough to find tables, in one read. */
  readSheetHeads(names: readonly string[], rows: number): Promise<SheetData[]> {
    return this.readSheetsOnce(names, false, rows);
  }

  sheetSizes(): Promise<SheetSize[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const names = sheets.items.map((sheet) => sheet.name).filter((name) => name !== SETTINGS_SHEET);
      const used = names.map((name) => context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load(["rowCount", "columnCount"]));
      await context.sync();
      return names.map((name, i) => ({ name, rows: used[i].isNullObject ? 0 : used[i].rowCount, columns: used[i].isNullObject ? 0 : used[i].columnCount }));
    });
  }

  private readSheetsOnce(names: readonly string[], withMerges: boolean, maxRows = Number.POSITIVE_INFINITY): Promise<SheetData[]> {
    return this.run((context) => readSheetsIn(context, names, withMerges, maxRows, (c) => this.askDateSystem(c)));
  }

  readContext(): Promise<WorkbookContext> {
    return this.run(async (context) => {
      const used = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).getUsedRangeOrNullObject(true);
      used.load("values");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const settings = used.isNullObject ? null : used.values.map((row) => (typeof row[0] === "string" ? row[0] : "")).join("") || null;
      return { settings, activeSheet: active.name, sheetNames: sheets.items.map((s) => s.name).filter((name) => name !== SETTINGS_SHEET) };
    });
  }

  /** Checks the plan against the workbook as it is now, then writes it: officeApply.ts. */
  async apply(plan: Plan): Promise<ApplySummary> {
    return this.run((context) => applyPlanIn(context, plan, (c) => this.askDateSystem(c), this.pageLayout));
  }

  /**
   * worksheet.copy (ExcelApi 1.7, which the manifest requires) copies the sheet whole; it is renamed in the same
   * request, so the workbook never holds a "Scorecard (2)". The name is checked first, as a plan's new sheets are.
   */
  copySheet(source: string, name: string): Promise<void> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const names = sheets.items.map((s) => s.name);
      if (!names.includes(source)) throw readFailed(`there is no sheet called "${source}".`);
      const checked = checkPlan({ changes: [], allowed: [], createSheets: [name] }, names);
      if (!checked.ok) throw new WorkbookError("refused", checked.error.message);
      const copy = context.workbook.worksheets.getItem(source).copy("End");
      copy.name = name;
      copy.visibility = "Visible";
      await context.sync();
    });
  }

  removeSheet(name: string): Promise<void> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (sheet.isNullObject) throw readFailed(`there is no sheet called "${name}".`);
      sheet.delete();
      await context.sync();
    });
  }

  readSelection(): Promise<CellRange | null> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange().load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      const sheet = range.worksheet.load("name");
      await context.sync();
      return { sheet: sheet.name, top: range.rowIndex, left: range.columnIndex, bottom: range.rowIndex + range.rowCount - 1, right: range.columnIndex + range.columnCount - 1 };
    });
  }

  select(sheet: string, row: number, column: number): Promise<void> {
    return this.run(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRangeByIndexes(row, column, 1, 1).select();
      await context.sync();
    });
  }
}
