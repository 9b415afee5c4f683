/**
 * One refresh of every configured scorecard table: plans each table, combines the plans, and works out the
 * settings and change log to store. Any table that cannot be planned stops the whole refresh: nothing is written.
 * A workbook with no stored settings is detected afresh with the default rules.
 */
import { sheetCellAddress } from "../sheet/address";
import { detectTables } from "./detect";
import { planTable, type TablePlan } from "./planTable";
import { refindColumns } from "./refind";
import type { EarlierFigure } from "./earlierFigure";
import type { LabelCheck } from "./planFindings";
import { fail, ok, type Result } from "../core/result";
import { LOG_CHANGES_KEPT, LOG_LENGTH, defaultTableSettings, serialiseSettings, type ChangeLogEntry, type StoredSettings, type TableSettings } from "./settings";
import type { CellChange, Plan, SheetData } from "../sheet/workbook";

export interface RefreshPlan {
  readonly tables: readonly TablePlan[];
  /** What to write: empty changes and no settings when nothing moved. */
  readonly plan: Plan;
  readonly settings: StoredSettings;
  readonly ratingChanges: RatingChanges;
  /** Columns found again somewhere other than where they were set up, one line each (see refindColumns). */
  readonly moved: readonly string[];
}

/** How many ratings a refresh changes, and the first of them as the change log keeps them. */
export interface RatingChanges {
  readonly count: number;
  /** The first LOG_CHANGES_KEPT, in table and row order. */
  readonly kept: ChangeLogEntry["changes"];
}

/** Default settings for every scorecard table found on these sheets. */
export function detectAll(sheets: readonly SheetData[]): TableSettings[] {
  return sheets.flatMap((sheet) => detectTables(sheet).map((table) => defaultTableSettings(sheet, table)));
}

/** What a refresh (and the report) says when no sheet holds a scorecard table. */
export function noScorecardMessage(sheetNames: readonly string[]): string {
  return `No scorecard table was found on ${sheetNames.map((s) => `"${s}"`).join(", ") || "any sheet"}: it needs a header row with a measure column and period, YTD or target columns.`;
}

/**
 * `justMapped`: ids of tables the analyst has just mapped in the pane (its preview): their columns are where the
 * analyst chose, so they are not looked for again. Every other stored table is (see refindColumns).
 * `earlier`: each measure's last recorded figure of an earlier period, for a direction the sheet cannot give.
 */
export function planRefresh(stored: StoredSettings, sheets: ReadonlyMap<string, SheetData>, now: Date, justMapped: ReadonlySet<string> = new Set(), earlier?: EarlierFigure, labelCheck?: LabelCheck): Result<RefreshPlan> {
  const tables = stored.tables.length > 0 ? stored.tables : detectAll([...sheets.values()]);
  if (tables.length === 0) {
    return fail("value", noScorecardMessage([...sheets.keys()]));
  }
  const plans: TablePlan[] = [];
  const moved: string[] = [];
  for (const setUp of tables) {
    const sheet = sheets.get(setUp.sheet);
    if (!sheet) return fail("value", `Nothing was written: the scorecard sheet "${setUp.sheet}" is missing from the workbook.`);
    // Columns are found by their headers, not trusted to be where they were at set-up.
    // Tables just detected (nothing stored) were found where they are: only stored ones are looked for again.
    const refound = stored.tables.length > 0 && !justMapped.has(setUp.id) ? refindColumns(sheet, setUp) : ok({ table: setUp, notes: [] });
    if (!refound.ok) return refound;
    const table = refound.value.table;
    for (const note of refound.value.notes) moved.push(tables.length > 1 ? `"${table.sheet}" row ${table.headerRow + 1}: ${note}` : note);
    const nextHeader = tables
      .filter((t) => t.sheet === setUp.sheet && t.headerRow > setUp.headerRow)
      .reduce((first, t) => Math.min(first, t.headerRow), sheet.top + sheet.values.length);
    const planned = planTable(sheet, table, nextHeader - 1, earlier, labelCheck);
    if (!planned.ok) return planned;
    plans.push(planned.value);
  }

  const ratingChanges = ratingChangesOf(plans);
  const changes = allChanges(plans);
  const fills = plans.flatMap((p) => p.fills);
  const log: ChangeLogEntry[] =
    changes.length > 0
      ? [logEntry(now, plans, ratingChanges), ...stored.log].slice(0, LOG_LENGTH)
      : [...stored.log];
  const settings: StoredSettings = {
    version: 1,
    tables: plans.map((p) => ({ ...p.table, fillsApplied: p.table.fillsApplied || p.fills.length > 0 })),
    log,
    // A funding tracker's stored columns are not the refresh's to change: kept as they were.
    ...(stored.trackers !== undefined ? { trackers: stored.trackers } : {}),
  };
  const json = serialiseSettings(settings);
  const changed = json !== serialiseSettings(stored);
  const plan: Plan = {
    changes,
    allowed: plans.flatMap((p) => p.allowed),
    fills,
    headers: plans.flatMap((p) => p.headers),
    ...(changed ? { settings: json } : {}),
  };
  return ok({ tables: plans, plan, settings, ratingChanges, moved });
}

/** One table's changes are the plan's as they are (plans are not changed once made); several are joined in a loop. */
function allChanges(plans: readonly TablePlan[]): readonly CellChange[] {
  if (plans.length === 1) return plans[0].changes;
  const changes: CellChange[] = [];
  for (const p of plans) for (let i = 0; i < p.changes.length; i++) changes.push(p.changes[i]);
  return changes;
}

/** Only the kept changes are spelled out (cell, measure): a refresh of 50,000 measures counts the rest. */
function ratingChangesOf(plans: readonly TablePlan[]): RatingChanges {
  const kept: ChangeLogEntry["changes"][number][] = [];
  let count = 0;
  for (const p of plans) {
    const ragColumn = p.table.rules.outputs.rag;
    count += p.ratingsChanged.length;
    for (let i = 0; i < p.ratingsChanged.length && kept.length < LOG_CHANGES_KEPT; i++) {
      const o = p.ratingsChanged[i];
      kept.push({ cell: sheetCellAddress(p.table.sheet, o.row, ragColumn), measure: o.measure, from: o.previousRating, to: o.rating });
    }
  }
  return { count, kept };
}

function logEntry(now: Date, plans: readonly TablePlan[], ratingChanges: RatingChanges): ChangeLogEntry {
  const entry = { at: now.toISOString(), table: plans.map((p) => p.table.id).join(", "), changes: ratingChanges.kept };
  return ratingChanges.count > ratingChanges.kept.length ? { ...entry, total: ratingChanges.count } : entry;
}

/** The workbook's own formulas a refresh writes over, across its tables; the first is named with its sheet. */
export interface OverwrittenFormulas {
  readonly count: number;
  readonly first: { readonly sheet: string; readonly cell: string; readonly formula: string } | null;
}

export function formulasOverwritten(tables: readonly TablePlan[]): OverwrittenFormulas {
  let count = 0;
  let first: OverwrittenFormulas["first"] = null;
  for (const t of tables) {
    const own = t.formulasOverwritten;
    count += own.count;
    if (!first && own.first) first = { sheet: t.table.sheet, ...own.first };
  }
  return { count, first };
}

/**
 * The pane's and the CLI's one wording: "2 of these cells hold formulas of the workbook's own (first L6: =IF(…))",
 * then `after` says what becomes of "it" or "them". The first cell is named with its sheet where `withSheet`. Null
 * when no formula of the workbook's own is written over.
 */
export function overwrittenFormulasNote({ count, first }: OverwrittenFormulas, withSheet: boolean, after: (them: "it" | "them") => string): string | null {
  if (!first) return null;
  const cells = count === 1 ? "1 of these cells holds a formula" : `${count.toLocaleString("en-GB")} of these cells hold formulas`;
  const cell = withSheet ? `${first.sheet}!${first.cell}` : first.cell;
  return `${cells} of the workbook's own (first ${cell}: ${first.formula})${after(count === 1 ? "it" : "them")}`;
}

/** True when a refresh would write nothing at all. */
export function isNoChange(plan: Plan): boolean {
  return plan.changes.length === 0 && (plan.fills ?? []).length === 0 && plan.settings === undefined;
}
