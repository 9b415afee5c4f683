/**
 * "Refresh scorecards", host-agnostic: read the stored settings and the sheets they name, plan (pure), then apply
 * in one batch. The ribbon command, the pane and the CLI all call this, so they cannot disagree.
 */
import { planRefresh, isNoChange, type RefreshPlan } from "../engine/scorecard/refresh";
import type { EngineError } from "../engine/core/result";
import { parseSettings, type StoredSettings } from "../engine/scorecard/settings";
import type { SheetData, WorkbookAdapter } from "../engine/sheet/workbook";
import { WorkbookError, messageOf, planRefused, readFailed, type WorkbookFailure } from "../engine/sheet/workbookErrors";

export interface RefreshOptions {
  /** Without stored settings: detect on the active sheet (the pane) or on every sheet (the CLI). */
  readonly scope: "active" | "all";
  readonly dryRun?: boolean;
  readonly now?: Date;
  /** Settings to use instead of the stored ones: the wizard's, before they are saved. */
  readonly settings?: StoredSettings;
}

/** A refresh's result: on failure, what kind of failure, so the pane titles it without reading the message. */
export type RefreshResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EngineError; readonly failure: WorkbookFailure };

function succeeded<T>(value: T): RefreshResult<T> {
  return { ok: true, value };
}

function failed(failure: WorkbookFailure, message: string): RefreshResult<never> {
  return { ok: false, error: { kind: "value", message }, failure };
}

export interface RefreshOutcome {
  readonly refresh: RefreshPlan;
  readonly applied: boolean;
  readonly noChange: boolean;
}

/** What a refresh reads: the stored settings (or the wizard's) and the sheets they name, or every sheet in scope. */
export interface RefreshInputs {
  readonly stored: StoredSettings;
  readonly sheets: readonly SheetData[];
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
  const names =
    stored.tables.length > 0
      ? [...new Set(stored.tables.map((t) => t.sheet))]
      : options.scope === "all"
        ? [...context.sheetNames]
        : [context.activeSheet];
  try {
    return succeeded({ stored, sheets: await workbook.readSheets(names) });
  } catch (error) {
    // A failed read is said as one, not as a refused write.
    return error instanceof WorkbookError ? failed(error.failure, error.message) : failed("read", readFailed(messageOf(error)).message);
  }
}

export async function planWorkbookRefresh(workbook: WorkbookAdapter, options: RefreshOptions): Promise<RefreshResult<RefreshPlan>> {
  const read = await readRefreshInputs(workbook, options);
  if (!read.ok) return read;
  const { stored, sheets } = read.value;
  // A table that cannot be planned stops the refresh before anything is written.
  const planned = planRefresh(stored, new Map(sheets.map((s) => [s.name, s])), options.now ?? new Date());
  return planned.ok ? planned : failed("refused", planned.error.message);
}

export async function refreshWorkbook(workbook: WorkbookAdapter, options: RefreshOptions): Promise<RefreshResult<RefreshOutcome>> {
  const planned = await planWorkbookRefresh(workbook, options);
  if (!planned.ok) return planned;
  const noChange = isNoChange(planned.value.plan);
  if (options.dryRun || noChange) return succeeded({ refresh: planned.value, applied: false, noChange });
  try {
    await workbook.apply(planned.value.plan);
  } catch (error) {
    // Adapters check the whole plan before writing and throw a refusal, or a write failure once part is written;
    // anything else came before the first request went (a batch Excel rejects is discarded whole).
    return error instanceof WorkbookError ? failed(error.failure, error.message) : failed("refused", planRefused(messageOf(error)).message);
  }
  return succeeded({ refresh: planned.value, applied: true, noChange });
}
