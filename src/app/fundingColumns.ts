/**
 * "Keep these columns": stores the funding tracker's columns as the analyst confirmed them on the Columns card, in
 * the workbook's settings, through a plan (settings only) with its undo, so the tracker reads the same way next
 * time, in the pane, from `report --json` and in `check`.
 */
import { fail, ok, type Result } from "../engine/core/result";
import type { FundingTable } from "../engine/funding/fundingTable";
import { storedFundingColumns } from "../engine/funding/storedColumns";
import { parseSettings, serialiseSettings, type StoredSettings } from "../engine/scorecard/settings";
import { withStoredFunding } from "../engine/sheet/storedTrackers";
import { planUndo } from "../engine/sheet/undo";
import type { Plan, WorkbookAdapter } from "../engine/sheet/workbook";
import { writePlan } from "./writePlan";

/** Stores a tracker's columns (each by its header) with the settings as they are now; no cell is written. */
export function planStoreFundingColumns(settings: StoredSettings, table: FundingTable): Plan {
  const trackers = withStoredFunding(settings.trackers, storedFundingColumns(table.sheet, table.headerRow, table.mapping));
  return { changes: [], allowed: [], settings: serialiseSettings({ ...settings, trackers }) };
}

/** Writes the columns into the stored settings (read again now, so nothing stored since is lost); returns the undo. */
export async function keepFundingColumns(workbook: WorkbookAdapter, table: FundingTable): Promise<Result<Plan>> {
  const context = await workbook.readContext();
  const parsed = parseSettings(context.settings);
  // Unreadable settings are never overwritten from here: the scorecard tab offers to keep them first.
  if (!parsed.ok) return fail("value", `${parsed.error.message} The columns were not stored.`);
  const plan = planStoreFundingColumns(parsed.value, table);
  const undo = planUndo(plan, new Map(), context.settings);
  if (!undo) return fail("value", "The columns could not be stored: no undo could be planned.");
  await writePlan(workbook, plan);
  return ok(undo);
}
