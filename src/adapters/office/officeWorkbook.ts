/**
 * The Office.js host: the only module that calls Excel.run and context.sync. Reads and writes are batched: a
 * refresh of up to about 5,000 measures is five round trips (settings, sheet sizes, cells, check, write); beyond
 * that, one more for each 4 MB of cells read or written, so no request or response passes Office's 5 MB limit.
 */
import { parseRange } from "../../engine/sheet/address";
import { checkPlan, protectedSheetMessage, sheetsWritten, STRUCTURE_PROTECTED_MESSAGE } from "../../engine/sheet/checkPlan";
import { SETTINGS_SHEET, type ApplySummary, type CellRange, type CellValue, type PageLayoutSupport, type Plan, type SheetData, type SheetSize, type WorkbookAdapter, type WorkbookContext } from "../../engine/sheet/workbook";
import { settingsChunks } from "../../engine/sheet/settingsChunks";
import type { SheetTable } from "../../engine/sheet/table";
import { WorkbookError, messageOf, readFailed } from "../../engine/sheet/workbookErrors";
import { readPlan, type SheetExtent } from "./readPlan";
import { REQUEST_BUDGET_BYTES, batchBytes, chunkGroups, writeBatches } from "./writeRuns";
import { fillsToRemove } from "./removeFills";
import { datesToEngine, datesToWorkbook, dateSystemOf, type DateSystem } from "../../engine/dates/dateSystem";
import { pageLayoutSupportOf, queueLayout, supportsPageLayout } from "./pageLayout";

type ExcelRun = typeof Excel.run;

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
function supportsMergedAreas(): boolean {
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
    return this.run(async (context) => {
      const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
      const used = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load(["rowIndex", "columnIndex", "rowCount", "columnCount"]));
      // Excel tables travel with the used ranges, and their ranges with the first block of cells (tablesOf).
      const tableLists = sheets.map((sheet) => sheet.tables.load("items/name,items/showHeaders,items/showTotals"));
      const dateSystem = this.askDateSystem(context);
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
    });
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

  async apply(plan: Plan): Promise<ApplySummary> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
      // The output columns' header cells, read in the same request, so checkPlan sees them as they are now.
      const guards = (plan.headers ?? []).map((guard) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(guard.sheet);
        return { guard, sheet, cell: sheet.getRangeByIndexes(guard.row, guard.column, 1, 1).load("values") };
      });
      const structure = context.workbook.protection.load("protected");
      const dateSystem = this.askDateSystem(context);
      await context.sync();
      const changes = datesToWorkbook(plan.changes, dateSystem());
      const names = sheets.items.map((s) => s.name);
      const headerAt = (sheet: string, row: number, column: number) => {
        const found = guards.find((g) => g.guard.sheet === sheet && g.guard.row === row && g.guard.column === column);
        return found && !found.sheet.isNullObject ? (found.cell.values[0][0] as CellValue) : null;
      };
      const checked = checkPlan(plan, names.filter((n) => n !== SETTINGS_SHEET), headerAt);
      if (!checked.ok) throw new WorkbookError("refused", checked.error.message);
      // Excel adds no sheet to a workbook whose structure is protected: refused before anything is written.
      const addsSheet = (plan.createSheets ?? []).length > 0 || (plan.settings !== undefined && !names.includes(SETTINGS_SHEET));
      if (addsSheet && structure.protected) throw new WorkbookError("refused", STRUCTURE_PROTECTED_MESSAGE);
      const written = new Set(sheetsWritten(plan));
      const locked = sheets.items.find((s) => written.has(s.name) && s.protection.protected);
      if (locked) throw new WorkbookError("refused", protectedSheetMessage(locked.name));
      const removals = await fillsToRemove(context, plan.removeFills ?? []);

      // Once one request has gone, a failure leaves the plan part-written: said as such, never as "nothing".
      let requestsSent = 0;
      try {
        for (const name of plan.createSheets ?? []) context.workbook.worksheets.add(name);
        // Big plans go in several requests, each under Office's 5 MB limit; the checks above ran before any of them.
        const batches = writeBatches(changes, REQUEST_BUDGET_BYTES);
        let pendingBytes = batches.length > 0 ? batchBytes(batches[batches.length - 1]) : 0;
        // One worksheet object per sheet per request: each object is an action in the request, as each range is.
        let worksheets = new Map<string, Excel.Worksheet>();
        const worksheet = (name: string) => {
          let found = worksheets.get(name);
          if (!found) worksheets.set(name, (found = context.workbook.worksheets.getItem(name)));
          return found;
        };
        for (let b = 0; b < batches.length; b++) {
          for (const run of batches[b]) {
            const range = worksheet(run.sheet).getRangeByIndexes(run.top, run.column, run.values.length, 1);
            if (run.formats.some((f) => f !== null)) {
              // Cells without a format of their own keep "General" rather than inheriting a neighbour's.
              range.numberFormat = run.formats.map((f) => [f ?? "General"]);
            }
            if (run.kind === "formula") range.formulas = run.values.map((v) => [v === null ? "" : v]);
            else range.values = run.values.map((v) => [v === null ? "" : v]);
          }
          if (b < batches.length - 1) {
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB request: Office refuses more
            await context.sync();
            requestsSent++;
            worksheets = new Map();
          }
        }
        for (const layout of plan.layouts ?? []) queueLayout(context.workbook.worksheets.getItem(layout.sheet), layout, plan.changes, this.pageLayout);
        for (const name of plan.deleteSheets ?? []) context.workbook.worksheets.getItem(name).delete();
        for (const format of removals) format.delete();
        for (const fill of plan.fills ?? []) {
          const { range: r } = fill;
          const target = context.workbook.worksheets.getItem(r.sheet).getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
          const format = target.conditionalFormats.add("ContainsText");
          format.textComparison.format.fill.color = fill.fill;
          format.textComparison.format.font.color = fill.fontColor;
          format.textComparison.rule = { operator: "BeginsWith", text: fill.text };
        }
        if (plan.settings !== undefined) {
          const settingsSheet = names.includes(SETTINGS_SHEET) ? context.workbook.worksheets.getItem(SETTINGS_SHEET) : context.workbook.worksheets.add(SETTINGS_SHEET);
          settingsSheet.visibility = "VeryHidden";
          settingsSheet.getRange("A:A").clear();
          // A long change log is written in requests of its own when it would take the last one past the budget.
          const chunks = settingsChunks(plan.settings);
          for (const group of chunkGroups(chunks, REQUEST_BUDGET_BYTES)) {
            if (pendingBytes + group.bytes > REQUEST_BUDGET_BYTES) {
              // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB request: Office refuses more
              await context.sync();
              requestsSent++;
              pendingBytes = 0;
            }
            const cells = settingsSheet.getRangeByIndexes(group.first, 0, group.chunks.length, 1);
            cells.numberFormat = group.chunks.map(() => ["@"]);
            cells.values = group.chunks.map((chunk) => [chunk]);
            pendingBytes += group.bytes;
          }
        }
        await context.sync();
      } catch (error) {
        if (requestsSent === 0) throw error;
        throw new WorkbookError("write", `Writing stopped part-way, after ${requestsSent} of its requests: ${messageOf(error)} Refresh again to finish: a refresh writes only what still differs.`);
      }
      return { cellsWritten: plan.changes.length };
    });
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
