/**
 * A plan written through Office.js, inside one Excel.run: checked against the workbook as it is now (headers,
 * protection) in the first request, then written in requests of at most 4 MB each (writeRuns.ts), so no request
 * passes Office's 5 MB limit. Once one request has gone, a failure says the plan is part-written.
 */
import { checkPlan, protectedSheetMessage, sheetsWritten, STRUCTURE_PROTECTED_MESSAGE } from "../../engine/sheet/checkPlan";
import { SETTINGS_SHEET, type ApplySummary, type CellValue, type Plan } from "../../engine/sheet/workbook";
import { settingsChunks } from "../../engine/sheet/settingsChunks";
import { WorkbookError, messageOf } from "../../engine/sheet/workbookErrors";
import { datesToWorkbook } from "../../engine/dates/dateSystem";
import type { AskDateSystem } from "./officeRead";
import { REQUEST_BUDGET_BYTES, batchBytes, chunkGroups, writeBatches } from "./writeRuns";
import { fillsToRemove } from "./removeFills";
import { queueLayout } from "./pageLayout";

/** `pageLayout`: whether this Excel sets page layout (ExcelApi 1.9); without it the cells are written alone. */
export async function applyPlanIn(context: Excel.RequestContext, plan: Plan, askDateSystem: AskDateSystem, pageLayout: boolean): Promise<ApplySummary> {
  const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
  // The output columns' header cells, read in the same request, so checkPlan sees them as they are now.
  const guards = (plan.headers ?? []).map((guard) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(guard.sheet);
    return { guard, sheet, cell: sheet.getRangeByIndexes(guard.row, guard.column, 1, 1).load("values") };
  });
  const structure = context.workbook.protection.load("protected");
  const dateSystem = askDateSystem(context);
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
    for (const layout of plan.layouts ?? []) queueLayout(context.workbook.worksheets.getItem(layout.sheet), layout, plan.changes, pageLayout);
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
}
