/**
 * "Keep these columns", for any tracker: stores its columns as the analyst confirmed them on a Columns card, in the
 * workbook's settings (the `trackers` section), through a plan (settings only) with its undo, so the tracker reads
 * the same way next time, in the pane, from `report --json` and in `check`.
 */
import { fail, ok, type Result } from "../engine/core/result";
import { columnLetters } from "../engine/sheet/address";
import { parseSettings, serialiseSettings, type StoredSettings } from "../engine/scorecard/settings";
import { withStoredTracker, type StoredTracker } from "../engine/sheet/storedTrackers";
import { planUndo } from "../engine/sheet/undo";
import type { Plan, SheetData, WorkbookAdapter } from "../engine/sheet/workbook";
import { storedTimelineColumns } from "../engine/timeline/storedTimeline";
import type { MilestoneTable } from "../engine/timeline/timeline";
import { writePlan } from "./writePlan";

/** Stores a tracker's entry with the settings as they are now; no cell is written. */
export function planStoreTracker(settings: StoredSettings, entry: StoredTracker): Plan {
  return { changes: [], allowed: [], settings: serialiseSettings({ ...settings, trackers: withStoredTracker(settings.trackers, entry) }) };
}

/** Writes the entry into the stored settings (read again now, so nothing stored since is lost); returns the undo. */
export async function keepTrackerColumns(workbook: WorkbookAdapter, entry: StoredTracker): Promise<Result<Plan>> {
  const context = await workbook.readContext();
  const parsed = parseSettings(context.settings);
  // Unreadable settings are never overwritten from here: the scorecard tab offers to keep them first.
  if (!parsed.ok) return fail("value", `${parsed.error.message} The columns were not stored.`);
  const plan = planStoreTracker(parsed.value, entry);
  const undo = planUndo(plan, new Map(), context.settings);
  if (!undo) return fail("value", "The columns could not be stored: no undo could be planned.");
  await writePlan(workbook, plan);
  return ok(undo);
}

const normal = (value: unknown) => (typeof value === "string" ? value.toLowerCase().replace(/\s+/g, " ").trim() : "");

/**
 * Keeps a timeline's columns. Each is kept by its header, so a column with no header, or headed the same as
 * another, could not be found again: it is refused now, naming it, rather than kept and refused next time.
 */
export async function keepTimelineColumns(workbook: WorkbookAdapter, sheet: SheetData, table: MilestoneTable): Promise<Result<Plan>> {
  const headers = sheet.values[table.headerRow - sheet.top] ?? [];
  const columns = [...Object.values(table.mapping.roles), ...table.mapping.versions];
  for (const match of columns) {
    if (!match) continue;
    if (match.header === "") return fail("value", `The column chosen in column ${columnLetters(match.column)} has no header, so it could not be found again. Give it a header, then keep the columns.`);
    if (headers.filter((h) => normal(h) === normal(match.header)).length > 1) return fail("value", `More than one column on header row ${table.headerRow + 1} is headed "${match.header}", so the one chosen could not be found again. Rename one, then keep the columns.`);
  }
  return keepTrackerColumns(workbook, storedTimelineColumns(sheet, table));
}
