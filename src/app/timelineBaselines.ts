/**
 * The programme timeline, host-agnostic: read the milestone table on the active sheet with its recorded versions,
 * record a new baseline, and create a milestone sheet to start from.
 */
import { fail, ok, type Result } from "../engine/core/result";
import { statedReportDate } from "../engine/sheet/reportDate";
import type { SheetData, WorkbookAdapter } from "../engine/sheet/workbook";
import { analyseTimeline, BASELINES_SHEET, detectMilestoneTable, planNewMilestoneSheet, planRecordBaseline, readVersions, unchangedSinceLastRecord, type MilestoneTable, type TimelineAnalysis } from "../engine/timeline/timeline";
import { createSheet, writePlan } from "./writePlan";

export interface LoadedTimeline {
  readonly sheet: SheetData;
  readonly table: MilestoneTable;
  readonly versionsSheet: SheetData | null;
  readonly analysis: TimelineAnalysis;
  /** The report date the sheet states, if it states one. */
  readonly reportDate: number | null;
}

/** The milestone table on the active sheet, analysed against the baselines sheet when there is one; both in one read. */
export async function loadTimeline(workbook: WorkbookAdapter): Promise<Result<LoadedTimeline>> {
  const context = await workbook.readContext();
  const names = context.sheetNames.includes(BASELINES_SHEET) && context.activeSheet !== BASELINES_SHEET ? [context.activeSheet, BASELINES_SHEET] : [context.activeSheet];
  const [sheet, versionsSheet = null] = await workbook.readSheets(names);
  const table = detectMilestoneTable(sheet);
  if (!table) return fail("value", `No milestone table was found on "${sheet.name}": it needs Milestone, Baseline and Forecast columns, several Forecast or Revised columns, or Milestone, Committee report and Date columns.`);
  const analysis = analyseTimeline(sheet, table, readVersions(versionsSheet));
  return ok({ sheet, table, versionsSheet, analysis, reportDate: statedReportDate(sheet, table.headerRow) });
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
