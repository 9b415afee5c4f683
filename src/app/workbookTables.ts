/**
 * Every table a workbook holds, read and worked out, host-agnostic: its scorecards (rated as a refresh would, writing
 * nothing), funding trackers and timelines. The command line's `report --json` and `check`, and the committee
 * report, are built on this one reading, so they cannot disagree with the pane.
 */
import { detectAll } from "../engine/scorecard/refresh";
import type { TablePlan } from "../engine/scorecard/planTable";
import type { Finding } from "../engine/core/findings";
import { sheetCellAddress } from "../engine/sheet/address";
import { statedReportDate } from "../engine/sheet/reportDate";
import type { SheetData, WorkbookAdapter } from "../engine/sheet/workbook";
import { todaySerial } from "../engine/dates/serial";
import { readFundingTableStored } from "../engine/funding/storedColumns";
import { readMilestoneTableStored } from "../engine/timeline/storedTimeline";
import { storedFundingFor, type StoredTrackers } from "../engine/sheet/storedTrackers";
import { analyseFunding, type FundingTable, type StreamAnalysis } from "../engine/funding/fundingTable";
import { fundingDeadlines, fundingTotals, leftOutNote, type Deadline, type FundingTotals } from "../engine/funding/fundingSummary";
import { analyseTimeline, BASELINES_SHEET, readVersions, type MilestoneTable, type TimelineAnalysis } from "../engine/timeline/timeline";
import { planFromInputs, readRefreshInputs } from "./refreshWorkbook";
import type { LastTime } from "../engine/scorecard/summary";
import type { LabelCheck } from "../engine/scorecard/planFindings";
import type { EngineError, Result } from "../engine/core/result";

export interface ScorecardTableResult {
  readonly kind: "scorecard";
  readonly sheet: string;
  readonly plan: TablePlan;
}

export interface FundingTableResult {
  readonly kind: "funding";
  readonly sheet: string;
  readonly table: FundingTable;
  readonly reportDate: number;
  /** Whether the sheet states the report date (else it is the date given, or today). */
  readonly reportDateStated: boolean;
  readonly streams: readonly StreamAnalysis[];
  readonly deadlines: readonly Deadline[];
  readonly totals: FundingTotals;
  /** Whether the columns are those kept in the workbook ("Keep these columns"), not found by meaning. */
  readonly stored: boolean;
}

export interface TimelineTableResult {
  readonly kind: "timeline";
  readonly sheet: string;
  readonly table: MilestoneTable;
  readonly reportDate: number | null;
  readonly analysis: TimelineAnalysis;
  /** Whether the columns are those kept in the workbook ("Keep these columns"), not found by meaning. */
  readonly stored: boolean;
}

export type WorkbookTable = ScorecardTableResult | FundingTableResult | TimelineTableResult;

/** A tracker found that cannot be read (a column it needs is missing): said, never read as 0. */
export interface TableProblem {
  readonly kind: "funding" | "timeline" | "scorecard";
  readonly sheet: string;
  readonly message: string;
  /** The analyst's kept columns could not be found again: a problem the report states rather than passes over. */
  readonly stored?: boolean;
}

export interface WorkbookTables {
  readonly tables: readonly WorkbookTable[];
  readonly problems: readonly TableProblem[];
  /** Each measure's last recorded rating of an earlier period, from the history sheet: "worse than last time". */
  readonly lastTime?: LastTime;
  /** The sheets as read (the baselines sheet too), for callers that print cells beside the results: one read. */
  readonly sheets?: ReadonlyMap<string, SheetData>;
}

export interface ReadTablesOptions {
  /** The report date for sheets that state none (default: today). */
  readonly reportDate?: number;
  /** Only these sheets (default: every sheet). */
  readonly sheets?: readonly string[];
  /** Deadlines due within this many days of the report date are listed, after the overdue ones (default 30). */
  readonly deadlineDays?: number;
  readonly now?: Date;
  /** The scorecards' label check (the ASCOF id printed in a label), as a refresh takes it. */
  readonly labelCheck?: LabelCheck;
}

export const DEFAULT_DEADLINE_DAYS = 30;

/** Reads every sheet once and works out every table on it. Only unreadable stored settings stop it. */
export async function readWorkbookTables(workbook: WorkbookAdapter, options: ReadTablesOptions = {}): Promise<Result<WorkbookTables>> {
  const read = await readRefreshInputs(workbook, { scope: "all" });
  if (!read.ok) return { ok: false, error: read.error };
  const all = await workbook.sheetNames();
  const names = options.sheets ?? all;
  // The refresh read some sheets already (every one, without stored settings): each sheet is read once.
  const have = new Map(read.value.sheets.map((s) => [s.name, s]));
  const missing = names.filter((n) => n !== BASELINES_SHEET && !have.has(n));
  if (all.includes(BASELINES_SHEET) && !have.has(BASELINES_SHEET)) missing.push(BASELINES_SHEET);
  for (const sheet of missing.length > 0 ? await workbook.readSheets(missing) : []) have.set(sheet.name, sheet);
  const sheets = names.filter((n) => n !== BASELINES_SHEET).flatMap((n) => have.get(n) ?? []);
  const versionsSheet = have.get(BASELINES_SHEET) ?? null;
  const tables: WorkbookTable[] = [];
  const problems: TableProblem[] = [];
  const wanted = new Set(names);
  // Scorecards: the stored settings' tables, or those found afresh, planned as a dry-run refresh.
  let lastTime: LastTime | undefined;
  const scorecardSet = read.value.stored.tables.length > 0 || detectAll(read.value.sheets).length > 0;
  if (scorecardSet) {
    const planned = planFromInputs(read.value, { now: options.now, labelCheck: options.labelCheck });
    if (!planned.ok) problems.push({ kind: "scorecard", sheet: "", message: planned.error.message });
    else {
      for (const plan of planned.value.tables) if (wanted.has(plan.table.sheet)) tables.push({ kind: "scorecard", sheet: plan.table.sheet, plan });
      lastTime = planned.value.lastTime;
    }
  }
  for (const sheet of sheets) {
    const funding = fundingOn(sheet, options, read.value.stored.trackers);
    if (funding && "message" in funding) problems.push(funding);
    else if (funding) tables.push(funding);
    // The timeline's kept columns where there are some, as for funding: a kept header gone is a problem naming it.
    const timeline = readMilestoneTableStored(sheet, read.value.stored.trackers);
    if (timeline && !timeline.ok) problems.push({ kind: "timeline", sheet: sheet.name, message: timeline.error.message, stored: true });
    else if (timeline) {
      const { table, stored } = timeline.value;
      tables.push({ kind: "timeline", sheet: sheet.name, table, reportDate: statedReportDate(sheet, table.headerRow), analysis: analyseTimeline(sheet, table, readVersions(versionsSheet)), stored });
    }
  }
  return { ok: true, value: { tables, problems, ...(lastTime ? { lastTime } : {}), sheets: have } };
}

function fundingOn(sheet: SheetData, options: ReadTablesOptions, trackers: StoredTrackers | undefined): FundingTableResult | TableProblem | null {
  // The columns stored in the workbook where there are some (a stored header gone is a problem naming it).
  const read = readFundingTableStored(sheet, trackers);
  if (!read) return null;
  if (!read.ok) return { kind: "funding", sheet: sheet.name, message: read.error.message, ...(storedFundingFor(trackers, sheet.name) ? { stored: true } : {}) };
  const table = read.value.table;
  const stated = statedReportDate(sheet, table.headerRow);
  const reportDate = stated ?? options.reportDate ?? todaySerial(options.now);
  const streams = analyseFunding(sheet, table, reportDate);
  return {
    kind: "funding",
    sheet: sheet.name,
    table,
    reportDate,
    reportDateStated: stated !== null,
    streams,
    deadlines: fundingDeadlines(streams, reportDate, options.deadlineDays ?? DEFAULT_DEADLINE_DAYS),
    totals: fundingTotals(streams),
    stored: read.value.stored,
  };
}

/** The data checks of every table: the scorecards', each unreadable tracker row, overdue deadlines, timeline dates. */
export function tableFindings(result: WorkbookTables): Finding[] {
  const findings: Finding[] = [];
  for (const table of result.tables) {
    if (table.kind === "scorecard") for (const f of table.plan.findings) findings.push(f);
    else if (table.kind === "timeline") for (const f of table.analysis.findings) findings.push(f);
    else {
      for (const s of table.streams) {
        if (s.problem) findings.push({ cell: `${quoteSheet(table.sheet)}!${s.problemCell ?? ""}`, severity: "error", message: `${s.problem} The row is left out of the totals.` });
      }
      for (const d of table.deadlines) {
        if (d.overdue) findings.push({ cell: sheetCellAddress(table.sheet, d.row, table.table.columns.fund ?? 0), severity: "warning", message: `${d.fund}: the ${d.kind === "Spend" ? "spend" : "passport"} deadline passed with £${Math.round(d.unspent).toLocaleString("en-GB")} unspent.` });
      }
      const note = leftOutNote(table.totals.leftOut);
      if (note) findings.push({ cell: sheetCellAddress(table.sheet, table.table.headerRow, table.table.columns.fund ?? 0), severity: "info", message: `Totals: ${note}` });
    }
  }
  for (const p of result.problems) findings.push({ cell: p.sheet, severity: "error", message: p.message });
  return findings;
}

const quoteSheet = (name: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

export type { EngineError };
