/**
 * "Refresh scorecards", host-agnostic: read the stored settings and the sheets they name, plan (pure), then apply
 * in one batch. The ribbon command, the pane and the CLI all call this, so they cannot disagree.
 */
import { planRefresh, isNoChange, type RefreshPlan } from "../engine/scorecard/refresh";
import type { LabelCheck } from "../engine/scorecard/planFindings";
import type { EngineError } from "../engine/core/result";
import { parseSettings, type StoredSettings } from "../engine/scorecard/settings";
import type { Plan, SheetData, WorkbookAdapter } from "../engine/sheet/workbook";
import { planUndo } from "../engine/sheet/undo";
import { HEADER_SEARCH_ROWS } from "../engine/sheet/headerRow";
import { mayHoldTable } from "../engine/scorecard/detect";
import { writePlan } from "./writePlan";
import { WorkbookError, messageOf, planRefused, readFailed, type WorkbookFailure } from "../engine/sheet/workbookErrors";
import { HISTORY_SHEET, History, readHistory } from "../engine/scorecard/history";
import type { LastTime } from "../engine/scorecard/summary";
import { earlierFigureFrom, entriesOf, joinPlans, lastTimeFrom, planHistoryAppend } from "./scorecardHistory";

export interface RefreshOptions {
  /** Without stored settings: detect on the active sheet (the pane) or on every sheet (the CLI). */
  readonly scope: "active" | "all";
  readonly dryRun?: boolean;
  readonly now?: Date;
  /** Settings to use instead of the stored ones: the wizard's, before they are saved. */
  readonly settings?: StoredSettings;
  /** The id of the table the wizard has just mapped: its columns are taken where the analyst chose them. */
  readonly justMapped?: string;
  /**
   * A check of each measure's label from another domain: the ASCOF id printed in it (rates/ascofLabelCheck.ts). Given
   * by the caller, so the pane loads the ASCOF catalogue only when it plans, not with its first screen.
   */
  readonly labelCheck?: LabelCheck;
  /** Plan the undo too (the pane offers one; the CLI and the ribbon do not, and skip reading it). */
  readonly withUndo?: boolean;
  /**
   * Without stored settings, write nothing rather than find the tables with the default rules: the ribbon, which can
   * neither show the plan first nor undo it.
   */
  readonly setUpOnly?: boolean;
}

/** Why the ribbon's refresh of a workbook never set up writes nothing. */
export const NOT_SET_UP =
  "No scorecard is set up in this workbook yet, so nothing was written. Refresh scorecards in this pane finds the table on the active sheet and shows what it would write before writing anything.";

/** A refresh's result: on failure, what kind of failure, so the pane titles it without reading the message. */
export type RefreshResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EngineError; readonly failure: WorkbookFailure };

function succeeded<T>(value: T): RefreshResult<T> {
  return { ok: true, value };
}

function failed(failure: WorkbookFailure, message: string): RefreshResult<never> {
  return { ok: false, error: { kind: "value", message }, failure };
}

/** A refresh planned against the workbook as it is, with the plan that would put it back (null when none can). */
export interface PlannedRefresh extends RefreshPlan {
  readonly undo: Plan | null;
  /** "Worse than last time" from the "Scorecard history" sheet, for the summary. */
  readonly lastTime?: LastTime;
  /** Measures the plan appends to the history (0 when it changes nothing). */
  readonly historyRecorded?: number;
}

export interface RefreshOutcome {
  readonly refresh: PlannedRefresh;
  readonly applied: boolean;
  readonly noChange: boolean;
}

/** What a refresh reads: the stored settings (or the wizard's) and the sheets they name, or every sheet in scope. */
export interface RefreshInputs {
  readonly stored: StoredSettings;
  readonly sheets: readonly SheetData[];
  /** The settings text as stored, for an undo to put back (null when there is none). */
  readonly storedText: string | null;
  /** The "Scorecard history" sheet, when there is one. */
  readonly history?: SheetData | null;
}

export async function readRefreshInputs(workbook: WorkbookAdapter, options: RefreshOptions): Promise<RefreshResult<RefreshInputs>> {
  const context = await workbook.readContext();
  let stored: StoredSettings;
  if (options.settings) stored = options.settings;
  else {
    const parsed = parseSettings(context.settings);
    if (!parsed.ok) return failed("read", parsed.error.message);
    stored = parsed.value;
  }
  if (options.setUpOnly && stored.tables.length === 0) return failed("not-set-up", NOT_SET_UP);
  let names =
    stored.tables.length > 0
      ? [...new Set(stored.tables.map((t) => t.sheet))]
      : options.scope === "all"
        ? [...context.sheetNames]
        : [context.activeSheet];
  // The history sheet is read beside the tables, never searched for one (its Measure and Rating columns would match).
  const withHistory = context.sheetNames.includes(HISTORY_SHEET);
  names = names.filter((name) => name !== HISTORY_SHEET);
  try {
    const searching = stored.tables.length === 0 && names.length > 1;
    let sheets: SheetData[];
    let history: SheetData | null = null;
    if (searching) {
      sheets = [...(await readWhereTables(workbook, names))];
      if (withHistory) history = (await workbook.readSheets([HISTORY_SHEET]))[0] ?? null;
    } else {
      // The history sheet in the same read as the tables' sheets: no round trip of its own.
      sheets = await workbook.readSheets(withHistory ? [...names, HISTORY_SHEET] : names);
      if (withHistory) history = sheets.pop() ?? null;
    }
    return succeeded({ stored, sheets, storedText: context.settings, history });
  } catch (error) {
    // A failed read is said as one, not as a refused write.
    return error instanceof WorkbookError ? failed(error.failure, error.message) : failed("read", readFailed(messageOf(error)).message);
  }
}

/**
 * The sheets to find tables on: each read only as far as a header could be, and whole only where one may be, so a
 * first refresh costs what the scorecard costs, not what a large data sheet beside it would.
 */
async function readWhereTables(workbook: WorkbookAdapter, names: readonly string[]): Promise<SheetData[]> {
  if (!workbook.readSheetHeads) return workbook.readSheets(names);
  const heads = await workbook.readSheetHeads(names, HEADER_SEARCH_ROWS);
  const wanted = names.filter((_, i) => mayHoldTable(heads[i]));
  const whole = new Map((await workbook.readSheets(wanted)).map((sheet) => [sheet.name, sheet]));
  return heads.map((head) => whole.get(head.name) ?? head);
}

/** Plans a refresh of what was read (pure): the CLI times reading and planning apart with this. */
export function planFromInputs(inputs: RefreshInputs, options: Pick<RefreshOptions, "now" | "withUndo" | "justMapped" | "labelCheck">): RefreshResult<PlannedRefresh> {
  const { stored, sheets, storedText } = inputs;
  const bySheet = new Map(sheets.map((s) => [s.name, s]));
  const history = inputs.history ?? null;
  const recorded = new History(readHistory(history));
  // A table that cannot be planned stops the refresh before anything is written.
  const planned = planRefresh(stored, bySheet, options.now ?? new Date(), new Set(options.justMapped === undefined ? [] : [options.justMapped]), earlierFigureFrom(recorded, bySheet), options.labelCheck);
  if (!planned.ok) return failed("refused", planned.error.message);
  const undo = options.withUndo && !isNoChange(planned.value.plan) ? planUndo(planned.value.plan, bySheet, storedText) : null;
  const lastTime = lastTimeFrom(recorded, planned.value.settings.tables, bySheet);
  // A refresh that changes something records the measures whose figure or rating moved; an unchanged one, nothing.
  const append = isNoChange(planned.value.plan) ? null : planHistoryAppend(entriesOf(planned.value.tables, bySheet), history, options.now ?? new Date());
  if (!append) return succeeded({ ...planned.value, undo, lastTime, historyRecorded: 0 });
  return succeeded({ ...planned.value, plan: joinPlans(planned.value.plan, append.plan), undo: undo && joinPlans(undo, append.undo), lastTime, historyRecorded: append.recorded });
}

export async function planWorkbookRefresh(workbook: WorkbookAdapter, options: RefreshOptions): Promise<RefreshResult<PlannedRefresh>> {
  const read = await readRefreshInputs(workbook, options);
  return read.ok ? planFromInputs(read.value, options) : read;
}

/** Writes a plan in one batch; a failure (always a WorkbookError, from writePlan) says whether anything was written. */
async function applyPlan(workbook: WorkbookAdapter, plan: Plan): Promise<RefreshResult<Plan>> {
  try {
    await writePlan(workbook, plan);
  } catch (error) {
    const failure = error instanceof WorkbookError ? error : planRefused(messageOf(error));
    return failed(failure.failure, failure.message);
  }
  return succeeded(plan);
}

/** Writes a planned refresh (the wizard's, after its preview). */
export async function applyRefresh(workbook: WorkbookAdapter, planned: PlannedRefresh): Promise<RefreshResult<PlannedRefresh>> {
  const applied = await applyPlan(workbook, planned.plan);
  return applied.ok ? succeeded(planned) : applied;
}

/**
 * "Undo last apply": puts back the cells, colour rules and settings the last apply or refresh changed, in one
 * batch. The cells are put back as they were when it was planned; what was typed in them since is overwritten.
 */
export function undoApply(workbook: WorkbookAdapter, undo: Plan): Promise<RefreshResult<Plan>> {
  return applyPlan(workbook, undo);
}

/** Plans a refresh of what was read and, unless it is a dry run or changes nothing, writes it in one batch. */
export async function refreshFromInputs(workbook: WorkbookAdapter, inputs: RefreshInputs, options: Pick<RefreshOptions, "now" | "withUndo" | "dryRun" | "labelCheck">): Promise<RefreshResult<RefreshOutcome>> {
  const planned = planFromInputs(inputs, options);
  if (!planned.ok) return planned;
  const noChange = isNoChange(planned.value.plan);
  if (options.dryRun || noChange) return succeeded({ refresh: planned.value, applied: false, noChange });
  const applied = await applyRefresh(workbook, planned.value);
  return applied.ok ? succeeded({ refresh: planned.value, applied: true, noChange }) : applied;
}

export async function refreshWorkbook(workbook: WorkbookAdapter, options: RefreshOptions): Promise<RefreshResult<RefreshOutcome>> {
  const read = await readRefreshInputs(workbook, options);
  return read.ok ? refreshFromInputs(workbook, read.value, options) : read;
}
