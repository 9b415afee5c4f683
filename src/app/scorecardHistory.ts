/**
 * The history a refresh records and reads, over any adapter: each Apply that changes something appends every
 * measure whose figure or rating differs from its last record in that period; "worse than last time" reads the
 * last rating of an earlier period, and a direction of travel the sheet cannot give its last figure.
 */
import { History, HISTORY_SHEET, newEntries, planHistoryRows, planHistoryUndo, ratedFigureOf, readHistory, type HistoryEntry } from "../engine/scorecard/history";
import type { TablePlan } from "../engine/scorecard/planTable";
import { currentPeriod, periodName, type ReportingPeriod } from "../engine/scorecard/reportingPeriod";
import type { LastTime } from "../engine/scorecard/summary";
import type { EarlierFigure } from "../engine/scorecard/earlierFigure";
import type { TableSettings } from "../engine/scorecard/settings";
import { todaySerial } from "../engine/dates/serial";
import { isBlankLike } from "../engine/core/cellNumber";
import type { Plan, SheetData, WorkbookAdapter } from "../engine/sheet/workbook";

/** Each table's period, where it can be told (a table whose year no header names records no history). */
function periodsOf(tables: readonly TableSettings[], sheets: ReadonlyMap<string, SheetData>): Map<TableSettings, ReportingPeriod> {
  const periods = new Map<TableSettings, ReportingPeriod>();
  for (const table of tables) {
    const sheet = sheets.get(table.sheet);
    const period = sheet ? currentPeriod(sheet, table) : null;
    if (period?.ok) periods.set(table, period.value);
  }
  return periods;
}

/** The entries a refresh's plans would record: each measure's figure and its new rating, in its table's period. */
export function entriesOf(tables: readonly TablePlan[], sheets: ReadonlyMap<string, SheetData>): HistoryEntry[] {
  const periods = periodsOf(tables.map((t) => t.table), sheets);
  const entries: HistoryEntry[] = [];
  for (const plan of tables) {
    const period = periods.get(plan.table);
    const sheet = sheets.get(plan.table.sheet);
    if (!period || !sheet) continue;
    const name = periodName(period);
    const { outcomes } = plan;
    for (let i = 0; i < outcomes.length; i++) {
      const o = outcomes[i];
      entries.push({ sheet: sheet.name, measure: o.measure, period: name, figure: ratedFigureOf(sheet, plan.table, o.row), rating: o.rating });
    }
  }
  return entries;
}

/** "Worse than last time" from the history: the last rating of the latest earlier period, for each table's period. */
export function lastTimeFrom(history: History, tables: readonly TableSettings[], sheets: ReadonlyMap<string, SheetData>): LastTime {
  const periods = periodsOf(tables, sheets);
  const bySheet = new Map<string, ReportingPeriod>();
  for (const [table, period] of periods) bySheet.set(table.sheet, period);
  return (sheet, measure) => {
    const period = bySheet.get(sheet);
    const entry = period ? history.lastTime(measure, period) : undefined;
    return entry ? { rating: entry.rating, period: entry.period } : undefined;
  };
}

/**
 * The direction of travel's figure from the history, where the sheet has none before its latest period: the
 * measure's last figure recorded in the latest period before its table's (as "worse than last time" finds a rating).
 * A table whose period cannot be told has none. Each table's period is worked out once.
 */
export function earlierFigureFrom(history: History, sheets: ReadonlyMap<string, SheetData>): EarlierFigure | undefined {
  if (history.entries.length === 0) return undefined;
  const periods = new Map<TableSettings, ReportingPeriod | null>();
  return (table, measure) => {
    let period = periods.get(table);
    if (period === undefined) {
      const sheet = sheets.get(table.sheet);
      const found = sheet ? currentPeriod(sheet, table) : null;
      period = found?.ok ? found.value : null;
      periods.set(table, period);
    }
    const entry = period ? history.lastTime(measure, period) : undefined;
    return entry && !isBlankLike(entry.figure) ? { figure: entry.figure, period: entry.period } : undefined;
  };
}

export interface HistoryAppend {
  readonly plan: Plan;
  readonly undo: Plan;
  readonly recorded: number;
}

/** The rows a changing Apply appends (none when every measure is as last recorded). */
export function planHistoryAppend(entries: readonly HistoryEntry[], historySheet: SheetData | null, now: Date): HistoryAppend | null {
  const fresh = newEntries(entries, new History(readHistory(historySheet)));
  if (fresh.length === 0) return null;
  const plan = planHistoryRows(fresh, historySheet, todaySerial(now));
  return { plan, undo: planHistoryUndo(plan), recorded: fresh.length };
}

/** Two plans as one batch (a refresh and its history rows). */
export function joinPlans(a: Plan, b: Plan): Plan {
  const changes = a.changes.slice();
  for (let i = 0; i < b.changes.length; i++) changes.push(b.changes[i]);
  const createSheets = [...(a.createSheets ?? []), ...(b.createSheets ?? [])];
  return {
    ...a,
    changes,
    allowed: [...a.allowed, ...b.allowed],
    ...(createSheets.length > 0 ? { createSheets } : {}),
    ...(b.settings !== undefined ? { settings: b.settings } : {}),
  };
}

/** The history sheet as it is, or null when there is none yet. */
export async function readHistorySheet(workbook: WorkbookAdapter): Promise<SheetData | null> {
  const names = await workbook.sheetNames();
  return names.includes(HISTORY_SHEET) ? workbook.readSheet(HISTORY_SHEET) : null;
}
