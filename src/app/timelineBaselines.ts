/**
 * The programme timeline, host-agnostic: read the milestone table on the active sheet with its recorded versions,
 * record a new baseline, and create a milestone sheet to start from.
 */
import { fail, ok, type Result } from "../engine/core/result";
import { parseSettings } from "../engine/scorecard/settings";
import { statedReportDate } from "../engine/sheet/reportDate";
import { incompleteTimeline } from "../engine/timeline/milestoneTable";
import { readMilestoneTableStored } from "../engine/timeline/storedTimeline";
import type { SheetData, WorkbookAdapter } from "../engine/sheet/workbook";
import { analyseTimeline, BASELINES_SHEET, planNewMilestoneSheet, planRecordBaseline, readVersions, unchangedSinceLastRecord, type MilestoneTable, type TimelineAnalysis } from "../engine/timeline/timeline";
import { createSheet, writePlan } from "./writePlan";

export interface LoadedTimeline {
  readonly sheet: SheetData;
  readonly table: MilestoneTable;
  readonly versionsSheet: SheetData | null;
  readonly analysis: TimelineAnalysis;
  /** The report date the sheet states, if it states one. */
  readonly reportDate: number | null;
  /** Whether the columns are those stored in the workbook ("Keep these columns"), not found by meaning. */
  readonly stored?: boolean;
}

/**
 * The milestone table on the active sheet, with the columns kept in the workbook where there are some, analysed
 * against the baselines sheet when there is one; both in one read.
 */
export async function loadTimeline(workbook: WorkbookAdapter): Promise<Result<LoadedTimeline>> {
  const context = await workbook.readContext();
  const settings = parseSettings(context.settings);
  if (!settings.ok) return settings;
  const names = context.sheetNames.includes(BASELINES_SHEET) && context.activeSheet !== BASELINES_SHEET ? [context.activeSheet, BASELINES_SHEET] : [context.activeSheet];
  const [sheet, versionsSheet = null] = await workbook.readSheets(names);
  // Columns the analyst kept are used in place of finding them; a kept header gone from the sheet stops here.
  const read = readMilestoneTableStored(sheet, settings.value.trackers);
  const incomplete = read ? null : incompleteTimeline(sheet);
  if (incomplete) return fail("value", `The milestone table on "${sheet.name}" (header row ${incomplete.headerRow + 1}) has no ${incomplete.missing.map((m) => `"${m}"`).join(", ")} column. Nothing is read without it: add the column, headed as the Timeline view reads it ("Forecast", "Revised (Sep 2025)", "Forecast at 23 Jun 2025").`);
  if (!read) return fail("value", `No milestone table was found on "${sheet.name}": it needs Milestone, Baseline and Forecast columns, several Forecast or Revised columns, or Milestone, Committee report and Date columns.`);
  if (!read.ok) return read;
  const { table, stored } = read.value;
  const analysis = analyseTimeline(sheet, table, readVersions(versionsSheet));
  return ok({ sheet, table, versionsSheet, analysis, reportDate: statedReportDate(sheet, table.headerRow), stored });
}

/** The timeline analysed again with columns chosen on the Columns card (nothing is read from the workbook). */
export function withColumns(loaded: LoadedTimeline, table: MilestoneTable): LoadedTimeline {
  return { ...loaded, table, analysis: analyseTimeline(loaded.sheet, table, readVersions(loaded.versionsSheet)) };
}

/** Records every stage's forecast as at the report date; nothing when none has changed since the last record. */
export async function recordBaseline(workbook: WorkbookAdapter, loaded: LoadedTimeline, reportDate: number): Promise<{ readonly recorded: number }> {
  if (unchangedSinceLastRecord(loaded.analysis)) return { recorded: 0 };
  await writePlan(workbook, planRecordBaseline(loaded.analysis, loaded.versionsSheet, reportDate));
  return { recorded: loaded.analysis.milestones.filter((m) => m.forecast).length };
}

/** Adds a milestone sheet laid out as the timeline reads it, and selects its first cell; returns its name. */
export async function createMilestoneSheet(workbook: WorkbookAdapter): Promise<string> {
  return createSheet(workbook, planNewMilestoneSheet(await workbook.sheetNames()), { row: 1, column: 0 });
}
