/**
 * The funding tracker, host-agnostic: read the funding table on the active sheet with the report date it states,
 * and create a tracker sheet to start from.
 */
import { fail, ok, type Result } from "../engine/core/result";
import { planNewFundingSheet, type FundingTable } from "../engine/funding/fundingTable";
import { readFundingTableStored } from "../engine/funding/storedColumns";
import { parseSettings } from "../engine/scorecard/settings";
import { statedReportDate } from "../engine/sheet/reportDate";
import type { SheetData, WorkbookAdapter } from "../engine/sheet/workbook";
import { createSheet } from "./writePlan";

export interface LoadedFunding {
  readonly sheet: SheetData;
  readonly table: FundingTable;
  /** The report date the sheet states, if it states one. */
  readonly reportDate: number | null;
  /** Whether the columns are those stored in the workbook ("Keep these columns"), not found by meaning. */
  readonly stored?: boolean;
}

export async function loadFunding(workbook: WorkbookAdapter): Promise<Result<LoadedFunding>> {
  const context = await workbook.readContext();
  const settings = parseSettings(context.settings);
  if (!settings.ok) return settings;
  const sheet = await workbook.readSheet(context.activeSheet);
  // Columns the analyst stored are used in place of finding them; a stored header gone from the sheet stops here.
  const read = readFundingTableStored(sheet, settings.value.trackers);
  const table = read && (read.ok ? ok(read.value.table) : read);
  if (!table) return fail("value", `No funding table was found on "${sheet.name}": it needs a fund name (Fund, Grant, Scheme, Name of fund…) and an allocation column.`);
  // A tracker lacking a column it needs (spend, say) stops here with the column's name: never read as 0.
  if (!table.ok) return table;
  return ok({ sheet, table: table.value, reportDate: statedReportDate(sheet, table.value.headerRow), stored: read?.ok === true && read.value.stored });
}

/** Adds a tracker sheet laid out as the funding tab reads it, and selects its first stream; returns its name. */
export async function createFundingTracker(workbook: WorkbookAdapter): Promise<string> {
  return createSheet(workbook, planNewFundingSheet(await workbook.sheetNames()), { row: 3, column: 0 });
}
