/**
 * The committee report from a workbook, host-agnostic: every sheet read in one round trip, the scorecard tables
 * planned as a refresh would plan them (nothing written), the funding tracker and milestone table analysed at the
 * report date, then the one report model both outputs print.
 */
import { fail, ok, type Result } from "../engine/core/result";
import { todaySerial } from "../engine/dates/serial";
import { buildReport, type FundingInput, type PlannedTable, type TimelineInput } from "../engine/report/buildReport";
import type { CommitteeReport } from "../engine/report/model";
import type { StatedTotalCell } from "../engine/report/fundingSection";
import { SUMMARY_SHEET, summarySheetUndo } from "../engine/report/summarySheet";
import { writePlan } from "./writePlan";
import { analyseFunding } from "../engine/funding/fundingTable";
import { readFundingTableStored } from "../engine/funding/storedColumns";
import { storedFundingFor, type StoredTrackers } from "../engine/sheet/storedTrackers";
import { planRefresh } from "../engine/scorecard/refresh";
import { parseSettings } from "../engine/scorecard/settings";
import { statedReportDate } from "../engine/sheet/reportDate";
import type { Plan, SheetData, WorkbookAdapter } from "../engine/sheet/workbook";
import { analyseTimeline, BASELINES_SHEET, detectMilestoneTable, readVersions } from "../engine/timeline/timeline";

export interface LoadedReport {
  readonly report: CommitteeReport;
  readonly sheetNames: readonly string[];
}

/** The totals a tracker states below its rows ("Totals stated in the report" | "Stated (£)"), label and amount. */
function statedTotals(sheet: SheetData, below: number): StatedTotalCell[] {
  const totals: StatedTotalCell[] = [];
  let inBlock = false;
  for (let r = below - sheet.top + 1; r < sheet.values.length; r++) {
    const [label, stated] = sheet.values[r] ?? [];
    if (typeof label === "string" && /totals? stated/i.test(label)) inBlock = true;
    else if (inBlock && typeof label === "string" && label.trim() !== "") totals.push({ label, stated: stated ?? null });
    else if (inBlock) break;
  }
  return totals;
}

/** The first tracker with rows, read with its kept columns where the workbook has them (a kept header gone stops it). */
function fundingInput(sheets: readonly SheetData[], fallbackDate: number, trackers: StoredTrackers | undefined): Result<FundingInput | null> {
  for (const sheet of sheets) {
    const read = readFundingTableStored(sheet, trackers);
    // A tracker found by meaning that cannot be read is left out, as before; one whose kept columns are gone is said.
    if (read && !read.ok && storedFundingFor(trackers, sheet.name)) return read;
    const table = read?.ok ? read.value.table : null;
    if (!table || table.rows.length === 0) continue;
    const asOf = statedReportDate(sheet, table.headerRow) ?? fallbackDate;
    const last = table.rows[table.rows.length - 1];
    return ok({ sheet: sheet.name, asOf, streams: analyseFunding(sheet, table, asOf), statedTotals: statedTotals(sheet, last) });
  }
  return ok(null);
}

function timelineInput(sheets: readonly SheetData[]): TimelineInput | null {
  const versions = readVersions(sheets.find((s) => s.name === BASELINES_SHEET) ?? null);
  for (const sheet of sheets) {
    if (sheet.name === BASELINES_SHEET) continue;
    const table = detectMilestoneTable(sheet);
    if (!table || table.rows.length === 0) continue;
    const analysis = analyseTimeline(sheet, table, versions);
    return { sheet: sheet.name, milestones: analysis.milestones, versions, findings: analysis.findings };
  }
  return null;
}

/** Reads the workbook and builds its report; nothing is written. `now` stands for today where no sheet states a date. */
export async function loadCommitteeReport(workbook: WorkbookAdapter, now = new Date()): Promise<Result<LoadedReport>> {
  const context = await workbook.readContext();
  const settings = parseSettings(context.settings);
  if (!settings.ok) return settings;
  const names = context.sheetNames.filter((name) => !name.startsWith(SUMMARY_SHEET));
  const sheets = await workbook.readSheets(names);
  const bySheet = new Map(sheets.map((s) => [s.name, s]));
  const planned = planRefresh(settings.value, bySheet, now);
  if (!planned.ok) return fail("value", planned.error.message);
  const scorecards: PlannedTable[] = [];
  for (const plan of planned.value.tables) {
    const sheet = bySheet.get(plan.table.sheet);
    if (sheet) scorecards.push({ plan, sheet });
  }
  const found = fundingInput(sheets, todaySerial(now), settings.value.trackers);
  if (!found.ok) return found;
  const funding = found.value;
  const report = buildReport({ scorecards, funding, timeline: timelineInput(sheets), statedDate: funding?.asOf ?? null });
  return ok({ report, sheetNames: context.sheetNames });
}

/** Writes the "Committee summary" sheet the preview showed; returns the plan that takes it away again (Undo). */
export async function addSummarySheet(workbook: WorkbookAdapter, plan: Plan): Promise<Plan> {
  await writePlan(workbook, plan);
  return summarySheetUndo(plan);
}
