/**
 * "Keep these columns": stores the funding tracker's columns as the analyst confirmed them on the Columns card, in
 * the workbook's settings, through a plan (settings only) with its undo, so the tracker reads the same way next
 * time, in the pane, from `report --json` and in `check`.
 */
import type { Result } from "../engine/core/result";
import type { FundingTable } from "../engine/funding/fundingTable";
import { storedFundingColumns } from "../engine/funding/storedColumns";
import type { StoredSettings } from "../engine/scorecard/settings";
import type { Plan, WorkbookAdapter } from "../engine/sheet/workbook";
import { keepTrackerColumns, planStoreTracker } from "./keepColumns";

/** Stores a tracker's columns (each by its header) with the settings as they are now; no cell is written. */
export function planStoreFundingColumns(settings: StoredSettings, table: FundingTable): Plan {
  return planStoreTracker(settings, storedFundingColumns(table.sheet, table.headerRow, table.mapping));
}

/** Writes the columns into the stored settings (read again now, so nothing stored since is lost); returns the undo. */
export async function keepFundingColumns(workbook: WorkbookAdapter, table: FundingTable): Promise<Result<Plan>> {
  return keepTrackerColumns(workbook, storedFundingColumns(table.sheet, table.headerRow, table.mapping));
}
