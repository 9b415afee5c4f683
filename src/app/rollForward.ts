/**
 * "Start next quarter" and "Start next financial year", host-agnostic: read, plan (pure, shown as a preview),
 * then apply, with an undo. The pane's wizards and the CLI's `roll` call these, so they cannot disagree.
 */
import { fail, ok, type Result } from "../engine/core/result";
import { shortDateOf } from "../engine/dates/serial";
import { detectAll } from "../engine/scorecard/refresh";
import { comparePeriods, currentPeriod, nextQuarter, periodName, reportDateCell, threeMonthsOn, type ReportingPeriod } from "../engine/scorecard/reportingPeriod";
import { planYearRoll, type YearRoll, type YearRollChoices } from "../engine/scorecard/rollForward";
import { parseSettings, serialiseSettings, type StoredSettings, type TableSettings } from "../engine/scorecard/settings";
import { ratedFigureOf, type HistoryEntry } from "../engine/scorecard/history";
import { cellAddress } from "../engine/sheet/address";
import type { CellChange, Plan, SheetData, WorkbookAdapter } from "../engine/sheet/workbook";
import { readHistorySheet, planHistoryAppend, joinPlans } from "./scorecardHistory";
import { writePlan } from "./writePlan";

/**
 * The scorecard tables to roll: those of the sheet set up for the latest period (the active sheet among equals),
 * else the tables found on the active sheet.
 */
async function tablesToRoll(workbook: WorkbookAdapter): Promise<Result<{ sheet: SheetData; tables: TableSettings[]; stored: StoredSettings; storedText: string | null; sheetNames: readonly string[] }>> {
  const context = await workbook.readContext();
  const parsed = parseSettings(context.settings);
  if (!parsed.ok) return parsed;
  const stored = parsed.value;
  const names = stored.tables.length > 0 ? [...new Set(stored.tables.map((t) => t.sheet))] : [context.activeSheet];
  const sheets = await workbook.readSheets(names);
  let best: { sheet: SheetData; tables: TableSettings[]; period: ReportingPeriod | null } | null = null;
  for (const sheet of sheets) {
    const tables = stored.tables.length > 0 ? stored.tables.filter((t) => t.sheet === sheet.name) : detectAll([sheet]);
    if (tables.length === 0) continue;
    const read = currentPeriod(sheet, tables[0]);
    const period = read.ok ? read.value : null;
    const order = (p: ReportingPeriod | null) => (p ? comparePeriods(p, { year: 0, quarter: 1 }) : -1);
    const later = !best || order(period) > order(best.period) || (order(period) === order(best.period) && sheet.name === context.activeSheet);
    if (later) best = { sheet, tables, period };
  }
  if (!best) return fail("value", `No scorecard table was found on "${context.activeSheet}" to roll forward: set one up in the pane first.`);
  return ok({ sheet: best.sheet, tables: best.tables, stored, storedText: context.settings, sheetNames: context.sheetNames });
}

/** What puts a roll back: cells and settings as they were, and the sheet it added (if any) taken away. */
export interface RollUndo {
  readonly plan: Plan;
  readonly removeSheet?: string;
}

export interface PlannedYearRoll {
  readonly roll: YearRoll;
  readonly undo: RollUndo;
}

export async function planNextYear(workbook: WorkbookAdapter, choices: YearRollChoices): Promise<Result<PlannedYearRoll>> {
  const found = await tablesToRoll(workbook);
  if (!found.ok) return found;
  const { sheet, tables, stored, storedText, sheetNames } = found.value;
  const roll = planYearRoll(sheet, tables, stored, sheetNames, choices);
  if (!roll.ok) return roll;
  return ok({ roll: roll.value, undo: { plan: { changes: [], allowed: [], settings: storedText ?? "" }, removeSheet: roll.value.sheet } });
}

/** Copies the sheet, then writes the copy; a refused write takes the copy away again, so nothing is left half-done. */
export async function applyNextYear(workbook: WorkbookAdapter, planned: PlannedYearRoll): Promise<void> {
  await workbook.copySheet(planned.roll.source, planned.roll.sheet);
  try {
    await writePlan(workbook, planned.roll.plan);
  } catch (error) {
    await workbook.removeSheet(planned.roll.sheet);
    throw error;
  }
}

export interface QuarterRoll {
  readonly sheet: string;
  readonly from: ReportingPeriod;
  readonly to: ReportingPeriod;
  /** The report date moved on three months, where the sheet states one. */
  readonly reportDate: { readonly cell: string; readonly from: string; readonly to: string } | null;
  /** Ratings on the sheet, and how many of them the history did not have yet (kept as the closing quarter's). */
  readonly rated: number;
  readonly recorded: number;
  readonly plan: Plan;
  readonly notes: readonly string[];
}

export interface PlannedQuarterRoll {
  readonly roll: QuarterRoll;
  readonly undo: RollUndo;
}

/** The ratings as they stand on the sheet, as the closing quarter's history. */
function closingEntries(sheet: SheetData, tables: readonly TableSettings[], period: ReportingPeriod): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const table of tables) {
    const measureColumn = table.mapping.measure.column - sheet.left;
    const ragColumn = table.rules.outputs.rag - sheet.left;
    for (let r = table.headerRow + 1 - sheet.top; r < sheet.values.length; r++) {
      const cells = sheet.values[r];
      const rating = cells[ragColumn];
      const measure = cells[measureColumn];
      if (typeof measure !== "string" || (rating !== "Green" && rating !== "Amber" && rating !== "Red")) continue;
      entries.push({ sheet: sheet.name, measure, period: periodName(period), figure: ratedFigureOf(sheet, table, r + sheet.top), rating });
    }
  }
  return entries;
}

export async function planNextQuarter(workbook: WorkbookAdapter, now: Date = new Date()): Promise<Result<PlannedQuarterRoll>> {
  const found = await tablesToRoll(workbook);
  if (!found.ok) return found;
  const { sheet, tables, stored, storedText } = found.value;
  const period = currentPeriod(sheet, tables[0]);
  if (!period.ok) return period;
  const from = period.value;
  if (from.quarter === 4) return fail("value", `Nothing was written: ${periodName(from)} is the year's last quarter. Start the next financial year instead: it makes the new year's sheet.`);
  const to = nextQuarter(from);
  const notes: string[] = [];
  const changes: CellChange[] = [];
  const undoChanges: CellChange[] = [];
  const allowed: Plan["allowed"][number][] = [];
  const stated = reportDateCell(sheet, tables.reduce((first, t) => Math.min(first, t.headerRow), Infinity));
  let reportDate: QuarterRoll["reportDate"] = null;
  if (stated) {
    const moved = threeMonthsOn(stated.serial);
    const at = { sheet: sheet.name, row: stated.row, column: stated.column };
    const before = sheet.values[stated.row - sheet.top]?.[stated.column - sheet.left] ?? null;
    changes.push({ kind: "value", ...at, value: stated.asText ? shortDateOf(moved) : moved });
    undoChanges.push({ kind: "value", ...at, value: before });
    allowed.push({ sheet: sheet.name, top: stated.row, bottom: stated.row, left: stated.column, right: stated.column });
    reportDate = { cell: cellAddress(stated.row, stated.column), from: shortDateOf(stated.serial), to: shortDateOf(moved) };
  } else {
    notes.push(`"${sheet.name}" states no report date above the table (a "Report date" cell with the date beside it), so none was moved.`);
  }
  const moved = new Set(tables);
  const carried = (stored.tables.length > 0 ? stored.tables : tables).map((t) => (moved.has(t) || stored.tables.length === 0 ? { ...t, period: to } : t));
  const settings: StoredSettings = { ...stored, tables: carried };
  let plan: Plan = { changes, allowed, settings: serialiseSettings(settings) };
  let undo: Plan = { changes: undoChanges, allowed, settings: storedText ?? "" };
  const closing = closingEntries(sheet, tables, from);
  const append = planHistoryAppend(closing, await readHistorySheet(workbook), now);
  if (append) {
    plan = joinPlans(plan, append.plan);
    undo = joinPlans(undo, append.undo);
  }
  const roll: QuarterRoll = { sheet: sheet.name, from, to, reportDate, rated: closing.length, recorded: append?.recorded ?? 0, plan, notes };
  return ok({ roll, undo: { plan: undo } });
}

export async function applyNextQuarter(workbook: WorkbookAdapter, planned: PlannedQuarterRoll): Promise<void> {
  await writePlan(workbook, planned.roll.plan);
}

/**
 * Puts back what a roll changed: the new year's sheet taken away, then the settings and cells as they were. The
 * sheet goes first: its removal is the step that may be refused (a name the analyst set on it), and a refusal then
 * leaves the settings as they are, still naming the sheet, rather than half undone.
 */
export async function undoRoll(workbook: WorkbookAdapter, undo: RollUndo): Promise<void> {
  if (undo.removeSheet) await workbook.removeSheet(undo.removeSheet);
  await writePlan(workbook, undo.plan);
}
