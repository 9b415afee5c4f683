/**
 * The funding tracker, host-agnostic: read the funding table on the active sheet with the report date it states,
 * and create a tracker sheet to start from.
 */
import { fail, ok, type Result } from "../engine/core/result";
import { detectFundingTable, planNewFundingSheet, type FundingTable } from "../engine/funding/fundingTable";
import { statedReportDate } from "../engine/sheet/reportDate";
import type { SheetData, WorkbookAdapter } from "../engine/sheet/workbook";
import { createSheet } from "./writePlan";

export interface LoadedFunding {
  readonly sheet: SheetData;
  readonly table: FundingTable;
  /** The report date the sheet states, if it states one. */
  readonly reportDate: number | null;
}

export async function loadFunding(workbook: WorkbookAdapter): Promise<Result<LoadedFunding>> {
  const context = await workbook.readContext();
  const sheet = await workbook.readSheet(context.activeSheet);
  const table = detectFundingTable(sheet);
  if (!table) return fail("value", `No funding table was found on "${sheet.name}": it needs Fund, Allocation and period start and end columns.`);
  return ok({ sheet, table, reportDate: statedReportDate(sheet, table.headerRow) });
}

/** Adds a tracker sheet laid out as the funding tab reads it, and selects its first stream; returns its name. */
export async function createFundingTracker(workbook: WorkbookAdapter): Promise<string> {
  return createSheet(workbook, planNewFundingSheet(await workbook.sheetNames()), { row: 3, column: 0 });
}
