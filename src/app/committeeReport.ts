/**
 * The committee report from a workbook, host-agnostic: its tables read and worked out once, as `report --json` and
 * `check` read them (the scorecards planned as a refresh would, nothing written; the first funding tracker and
 * milestone table analysed at the report date), then the one report model both outputs print.
 */
import { fail, ok, type Result } from "../engine/core/result";
import { todaySerial } from "../engine/dates/serial";
import { buildReport, type FundingInput, type PlannedTable, type TimelineInput } from "../engine/report/buildReport";
import type { CommitteeReport } from "../engine/report/model";
import type { StatedTotalCell } from "../engine/report/fundingSection";
import { SUMMARY_SHEET, summarySheetUndo } from "../engine/report/summarySheet";
import { noScorecardMessage } from "../engine/scorecard/refresh";
import type { Plan, SheetData, WorkbookAdapter } from "../engine/sheet/workbook";
import { BASELINES_SHEET, readVersions } from "../engine/timeline/timeline";
import { readWorkbookTables, type WorkbookTable } from "./workbookTables";
import { writePlan } from "./writePlan";

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

function fundingInput(found: readonly WorkbookTable[], sheets: ReadonlyMap<string, SheetData>): FundingInput | null {
  for (const table of found) {
    const sheet = sheets.get(table.sheet);
    if (table.kind !== "funding" || table.table.rows.length === 0 || !sheet) continue;
    const last = table.table.rows[table.table.rows.length - 1];
    return { sheet: table.sheet, asOf: table.reportDate, streams: table.streams, statedTotals: statedTotals(sheet, last) };
  }
  return null;
}

function timelineInput(found: readonly WorkbookTable[], sheets: ReadonlyMap<string, SheetData>): TimelineInput | null {
  const versions = readVersions(sheets.get(BASELINES_SHEET) ?? null);
  for (const table of found) {
    if (table.kind !== "timeline" || table.table.rows.length === 0) continue;
    return { sheet: table.sheet, milestones: table.analysis.milestones, versions, findings: table.analysis.findings };
  }
  return null;
}

/**
 * Reads the workbook and builds its report; nothing is written. `now` stands for today where no sheet states a date.
 * The tables are read as `report --json` and `check` read them (readWorkbookTables), so the paper cannot disagree.
 */
export async function loadCommitteeReport(workbook: WorkbookAdapter, now = new Date()): Promise<Result<LoadedReport>> {
  const sheetNames = await workbook.sheetNames();
  // A summary sheet added before is output, never input: its Measure and Rating columns would read as a scorecard.
  const names = sheetNames.filter((name) => !name.startsWith(SUMMARY_SHEET));
  const read = await readWorkbookTables(workbook, { sheets: names, now, reportDate: todaySerial(now) });
  if (!read.ok) return fail("value", read.error.message);
  const refused = read.value.problems.find((p) => p.kind === "scorecard");
  if (refused) return fail("value", refused.message);
  const sheets = read.value.sheets ?? new Map<string, SheetData>();
  const scorecards: PlannedTable[] = [];
  for (const table of read.value.tables) {
    const sheet = sheets.get(table.sheet);
    if (table.kind === "scorecard" && sheet) scorecards.push({ plan: table.plan, sheet });
  }
  if (scorecards.length === 0) return fail("value", noScorecardMessage(names));
  // A tracker whose kept columns are gone stops the paper, naming the column, as it stops the Funding and Timeline views.
  const keptGone = read.value.problems.find((p) => p.kind !== "scorecard" && p.stored);
  if (keptGone) return fail("value", keptGone.message);
  const funding = fundingInput(read.value.tables, sheets);
  const report = buildReport({ scorecards, funding, timeline: timelineInput(read.value.tables, sheets), statedDate: funding?.asOf ?? null });
  return ok({ report, sheetNames });
}

/** Writes the "Committee summary" sheet the preview showed; returns the plan that takes it away again (Undo). */
export async function addSummarySheet(workbook: WorkbookAdapter, plan: Plan): Promise<Plan> {
  await writePlan(workbook, plan);
  return summarySheetUndo(plan);
}
